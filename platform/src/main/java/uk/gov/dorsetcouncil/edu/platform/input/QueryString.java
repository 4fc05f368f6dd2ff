package uk.gov.dorsetcouncil.edu.platform.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * A URI's query as a caller sent it, read strictly: {@code name=value} pairs separated by
 * {@code &}, {@code +} for a space, and percent-encoded bytes that must be two hex digits
 * each and, together, UTF-8 (RFC 3986 section 2.1; WHATWG URL's
 * application/x-www-form-urlencoded). Servers decode queries leniently (a bad byte
 * becomes U+FFFD, or the parameter is dropped, or the request fails deep inside): read
 * here first, a malformed query is a 400 problem naming the parameter, and every name and
 * value is one line of kept text ({@link KeptText}).
 *
 * @param parameters the parameters in the order sent
 */
public record QueryString(List<Parameter> parameters) {

	/** One parameter as sent, decoded. */
	public record Parameter(String name, String value) {
	}

	public QueryString {
		parameters = List.copyOf(parameters);
	}

	/**
	 * Reads a raw (still encoded) query, or refuses it naming each parameter at fault.
	 * @param raw the query after {@code ?}, or null when there is none
	 * @throws ProblemException (invalid input) naming each parameter that cannot be read
	 */
	public static QueryString parse(String raw) {
		List<Parameter> parameters = new ArrayList<>();
		if (raw == null || raw.isEmpty()) {
			return new QueryString(parameters);
		}
		List<Violation> violations = new ArrayList<>();
		for (String pair : raw.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String rawName = (equals < 0) ? pair : pair.substring(0, equals);
			String rawValue = (equals < 0) ? "" : pair.substring(equals + 1);
			Decoded name = decode(rawName);
			if (name.problem() != null) {
				violations.add(new Violation("query", "a parameter name " + name.problem()));
				continue;
			}
			Optional<String> unkeptName = KeptText.problemWith(name.text(), KeptText.Form.LINE);
			if (unkeptName.isPresent()) {
				violations.add(new Violation("query", "a parameter name " + unkeptName.get()));
				continue;
			}
			Decoded value = decode(rawValue);
			if (value.problem() != null) {
				violations.add(new Violation(name.text(), "the value " + value.problem()));
				continue;
			}
			Optional<String> unkeptValue = KeptText.problemWith(value.text(), KeptText.Form.LINE);
			if (unkeptValue.isPresent()) {
				violations.add(new Violation(name.text(), "the value " + unkeptValue.get()));
				continue;
			}
			parameters.add(new Parameter(name.text(), value.text()));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new QueryString(parameters);
	}

	/** The distinct names sent, in the order first sent. */
	public Set<String> names() {
		Set<String> names = new LinkedHashSet<>();
		this.parameters.forEach(parameter -> names.add(parameter.name()));
		return names;
	}

	/**
	 * Refuses every parameter not in {@code allowed}, naming each and what the path
	 * takes.
	 * @throws ProblemException (invalid input) naming each unknown parameter
	 */
	public void requireOnly(Set<String> allowed) {
		List<Violation> unknown = new ArrayList<>();
		for (String name : names()) {
			if (!allowed.contains(name)) {
				unknown
					.add(new Violation(name,
							"unknown query parameter " + KeptText.quoted(name) + "; " + (allowed.isEmpty()
									? "this path takes none"
									: "this path takes " + String.join(", ", allowed.stream().sorted().toList()))));
			}
		}
		if (!unknown.isEmpty()) {
			throw ProblemException.invalid(unknown);
		}
	}

	private record Decoded(String text, String problem) {
	}

	private static Decoded decode(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			if (raw.charAt(i) <= ' ' || raw.charAt(i) >= 0x7f) {
				return new Decoded(null, "holds a character at " + i + " that is sent percent-encoded");
			}
		}
		if (raw.indexOf('%') < 0) {
			return new Decoded(raw.replace('+', ' '), null);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				int high = (i + 1 < raw.length()) ? Character.digit(raw.charAt(i + 1), 16) : -1;
				int low = (i + 2 < raw.length()) ? Character.digit(raw.charAt(i + 2), 16) : -1;
				if (high < 0 || low < 0) {
					return new Decoded(null, "has a '%' at " + i + " not followed by two hex digits");
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				bytes.write(c);
			}
		}
		try {
			return new Decoded(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString(), null);
		}
		catch (CharacterCodingException ex) {
			return new Decoded(null, "is not UTF-8 once its percent-encoding is decoded");
		}
	}

}
