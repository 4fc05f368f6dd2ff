package uk.gov.dorsetcouncil.edu.platform.versions;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * A conditional write's precondition (RFC 9110 section 13.1.1, {@code If-Match}): the
 * versions of a document the writer read, as the strong entity tags a read gave
 * ({@link #entityTag}), or any version at all ({@code *}). A write without the header
 * goes ahead as before (ADR 0027). Plain Java: the edges read the header, the domain
 * checks it against the version it holds, in the same place it writes.
 *
 * @param header the header as sent, or null when it was not
 * @param any {@code *}: any current version
 * @param versions the versions named by strong tags; weak tags and tags that are not a
 * version never match (If-Match compares strongly)
 */
public record IfMatch(String header, boolean any, Set<Long> versions) {

	/** No {@code If-Match}: the write does not depend on what the writer read. */
	public static final IfMatch ABSENT = new IfMatch(null, false, Set.of());

	/** An entity tag (RFC 9110 section 8.8.3): optional {@code W/}, then quoted text. */
	private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"\\s*(,|$)");

	public IfMatch {
		versions = Set.copyOf(versions);
	}

	/** The strong entity tag of a document's version, as a read answers it. */
	public static String entityTag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The precondition a header states; null or absent is {@link #ABSENT}.
	 * @throws ProblemException (invalid input, naming {@code If-Match}) when the header
	 * is not {@code *} or a list of entity tags
	 */
	public static IfMatch parse(String header) {
		if (header == null) {
			return ABSENT;
		}
		if (header.strip().equals("*")) {
			return new IfMatch(header, true, Set.of());
		}
		Set<Long> versions = new LinkedHashSet<>();
		Matcher tag = TAG.matcher(header);
		int at = 0;
		while (at < header.length()) {
			if (!tag.find(at) || tag.start() != at || tag.end() == at) {
				throw ProblemException.invalid("If-Match",
						"'*' or a list of entity tags as a read's ETag gave them, such as \"3\"");
			}
			if (tag.group(1) == null) {
				version(tag.group(2)).ifPresent(versions::add);
			}
			at = tag.end();
		}
		if (at == 0) {
			throw ProblemException.invalid("If-Match",
					"'*' or a list of entity tags as a read's ETag gave them, such as \"3\"");
		}
		return new IfMatch(header, false, versions);
	}

	/** Whether a precondition was stated at all. */
	public boolean stated() {
		return this.header != null;
	}

	/**
	 * Whether a write may go ahead on the document as held: always without a
	 * precondition; with {@code *} when a document is held; otherwise when the held
	 * version is one of those named.
	 * @param held the version held, 0 when nothing is held
	 */
	public boolean holdsFor(long held) {
		if (!stated()) {
			return true;
		}
		if (held == 0) {
			return false;
		}
		return this.any || this.versions.contains(held);
	}

	/**
	 * Refuses a write whose precondition does not hold: 412 with the version held, so
	 * that the writer reads again and decides.
	 * @param held the version held, 0 when nothing is held
	 * @param what the document, as the problem names it
	 */
	public void require(long held, String what) {
		if (!holdsFor(held)) {
			throw new ProblemException(Problem.PRECONDITION_FAILED,
					(held == 0) ? what + " is not held, so If-Match " + this.header + " does not match it"
							: what + " is at version " + held + " (ETag " + entityTag(held) + "), not " + this.header
									+ ": read it again, and write from what it says now");
		}
	}

	private static Optional<Long> version(String opaque) {
		if (!opaque.matches("[1-9][0-9]{0,17}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(opaque));
	}

}
