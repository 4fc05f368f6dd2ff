package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the caller context travels: the same names as REST headers and as gRPC metadata
 * keys (lower case). Only the gateway sets them from outside; it removes any a client
 * sends.
 */
public final class CallerHeaders {

	public static final String SUBJECT = "x-dorset-subject";

	public static final String CLIENT = "x-dorset-client";

	public static final String ORGANISATION = "x-dorset-organisation";

	public static final String ROLES = "x-dorset-roles";

	public static final String SCOPES = "x-dorset-scopes";

	public static final Set<String> ALL = Set.of(SUBJECT, CLIENT, ORGANISATION, ROLES, SCOPES);

	/**
	 * On a service's answer, not a request: the UPNs of the children a list released,
	 * space-separated. The gateway records them in the answer's one audit record and
	 * removes the header before the answer is sent on; pages hold at most 100 items, so
	 * it stays small.
	 */
	public static final String RELEASED_CHILDREN = "x-dorset-released-children";

	/**
	 * On a service's answer: the URNs of the schools whose pupils a list released,
	 * space-separated, so that each school's access log shows the read.
	 */
	public static final String RELEASED_SCHOOLS = "x-dorset-released-schools";

	/**
	 * What the gateway accepts in a token (TokenCaller) and so ever sends: printable
	 * ASCII for who and for whom, words for roles and scopes. Anything else did not come
	 * from the gateway.
	 */
	private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]+");

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.:\\-]+");

	private CallerHeaders() {
	}

	public static Map<String, String> toHeaders(Caller caller) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(SUBJECT, caller.subject());
		headers.put(CLIENT, caller.clientId());
		headers.put(ORGANISATION, caller.organisation().asHeader());
		headers.put(ROLES, String.join(" ", caller.roles()));
		headers.put(SCOPES, String.join(" ", caller.scopes()));
		return headers;
	}

	/**
	 * Reads a caller from headers (or metadata).
	 * @param header looks a header up by its name, answering null when absent
	 * @throws MissingCallerException when the subject or organisation is absent or
	 * malformed
	 */
	public static Caller fromHeaders(Function<String, String> header) {
		String subject = header.apply(SUBJECT);
		String organisation = header.apply(ORGANISATION);
		if (subject == null || organisation == null) {
			throw new MissingCallerException("no caller context: calls must come through the gateway, which sets "
					+ SUBJECT + " and " + ORGANISATION);
		}
		String client = header.apply(CLIENT);
		printable(SUBJECT, subject);
		printable(ORGANISATION, organisation);
		if (client != null && !client.isEmpty()) {
			printable(CLIENT, client);
		}
		return new Caller(subject, client, Organisation.parseHeader(organisation), words(ROLES, header.apply(ROLES)),
				words(SCOPES, header.apply(SCOPES)));
	}

	private static void printable(String name, String value) {
		if (!PRINTABLE.matcher(value).matches()) {
			throw new MissingCallerException(name + " holds characters the gateway never sends");
		}
	}

	private static Set<String> words(String name, String value) {
		if (value == null || value.isBlank()) {
			return Set.of();
		}
		Set<String> words = Arrays.stream(value.strip().split("[\\s,]+")).collect(Collectors.toUnmodifiableSet());
		if (!words.stream().allMatch(word -> WORD.matcher(word).matches())) {
			throw new MissingCallerException(name + " holds a value that is not a word");
		}
		return words;
	}

}
