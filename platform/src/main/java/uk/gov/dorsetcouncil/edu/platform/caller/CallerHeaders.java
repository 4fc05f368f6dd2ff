package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
		return new Caller(subject, header.apply(CLIENT), Organisation.parseHeader(organisation),
				words(header.apply(ROLES)), words(header.apply(SCOPES)));
	}

	private static Set<String> words(String value) {
		if (value == null || value.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(value.trim().split("[\\s,]+")).collect(Collectors.toUnmodifiableSet());
	}

}
