package uk.gov.dorsetcouncil.edu.platform.correlation;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The correlation id of a request: one id for everything a request causes, in every
 * problem answer, every log line (the MDC key {@value #MDC_KEY}) and every call it makes
 * to a service, over REST ({@value #HEADER}) and gRPC (metadata of the same name). A
 * caller's own {@value #HEADER} is kept when it is a plain token, a W3C Trace Context
 * {@value #TRACEPARENT} gives its trace id, and otherwise the edge makes one.
 */
public final class RequestIds {

	/** The header that carries the id in and out, and the gRPC metadata key. */
	public static final String HEADER = "X-Request-Id";

	/** W3C Trace Context (Recommendation, 2021) section 3.2. */
	public static final String TRACEPARENT = "traceparent";

	/** Where log lines find the id. */
	public static final String MDC_KEY = "requestId";

	/**
	 * An id a caller chose: letters, digits and {@code . _ : -}, up to 64 (a UUID, a
	 * trace id, a load balancer's id); anything else could forge or break a log line.
	 */
	private static final Pattern CALLERS_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

	/** version 00, a 32-hex trace id, a 16-hex parent id, 2-hex flags. */
	private static final Pattern TRACE = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private RequestIds() {
	}

	/**
	 * The id for a request that came with these headers (either may be null): the
	 * caller's {@value #HEADER} when it is a plain token, else the trace id of a valid
	 * {@value #TRACEPARENT}, else a new one.
	 */
	public static String from(String requestId, String traceparent) {
		return accepted(requestId, traceparent).orElseGet(RequestIds::create);
	}

	/** The id the headers carry, if they carry one that is accepted. */
	public static Optional<String> accepted(String requestId, String traceparent) {
		if (requestId != null && CALLERS_ID.matcher(requestId).matches()) {
			return Optional.of(requestId);
		}
		if (traceparent != null) {
			Matcher trace = TRACE.matcher(traceparent.strip());
			// An all-zero trace id is invalid (W3C Trace Context section 3.2.2.3).
			if (trace.matches() && !trace.group(1).equals("0".repeat(32))) {
				return Optional.of(trace.group(1));
			}
		}
		return Optional.empty();
	}

	/** A new id: 128 random bits in hex, the form of a W3C trace id. */
	public static String create() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** The id of the request being handled on this thread, if one is. */
	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(MDC_KEY));
	}

	/** Runs {@code work} with {@code id} as this thread's request id (null: none). */
	public static void run(String id, Runnable work) {
		with(id, () -> {
			work.run();
			return null;
		});
	}

	/** Calls {@code work} with {@code id} as this thread's request id (null: none). */
	public static <T> T with(String id, Supplier<T> work) {
		String previous = MDC.get(MDC_KEY);
		if (id == null) {
			MDC.remove(MDC_KEY);
		}
		else {
			MDC.put(MDC_KEY, id);
		}
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, previous);
			}
		}
	}

}
