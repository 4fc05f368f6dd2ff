package uk.gov.dorsetcouncil.edu.platform.input;

import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * What a text field may hold: one line or paragraphs ({@link KeptText}), at most so many
 * characters, and, for a name, at least one letter. ADR 0020 gives each limit's reason.
 *
 * @param form one line, or paragraphs that may hold tab and line breaks
 * @param maxLength the most characters (UTF-16 units, as Java and JSON count them)
 * @param needsLetter whether the text must hold a letter of some script
 */
public record TextField(KeptText.Form form, int maxLength, boolean needsLetter) {

	/**
	 * A person's given or family name: one line of up to 100 characters holding a letter
	 * of any script. A name of spaces, digits, punctuation or zero-width characters alone
	 * names nobody.
	 */
	public static final TextField NAME = new TextField(KeptText.Form.LINE, 100, true);

	/**
	 * A short label in one line: a title, an owner, a provider, an action's description.
	 */
	public static final TextField LINE = new TextField(KeptText.Form.LINE, 200, false);

	/** Free text: a reason, a note, a lawful basis. A few paragraphs, no more. */
	public static final TextField PARAGRAPHS = new TextField(KeptText.Form.PARAGRAPHS, 2000, false);

	/**
	 * The most characters any string in any request body may hold, whatever its field: no
	 * field of the platform holds more than a few paragraphs, and a longer string is
	 * refused as it is read, before any field's own rule.
	 */
	public static final int MAX_ANY_STRING = 10_000;

	public TextField {
		if (maxLength < 1) {
			throw new IllegalArgumentException("a text field holds at least one character");
		}
	}

	/**
	 * What is wrong with {@code text} in this field, if anything: too long, not valid
	 * text of this form ({@link KeptText}), or a name without a letter. Blank text is
	 * left to the field's own rule on whether it is required.
	 */
	public Optional<String> problemWith(String text) {
		if (text.length() > this.maxLength) {
			return Optional.of("is " + text.length() + " characters long; at most " + this.maxLength + " are kept");
		}
		Optional<String> unkept = KeptText.problemWith(text, this.form);
		if (unkept.isPresent()) {
			return unkept;
		}
		if (this.needsLetter && !text.isBlank() && text.codePoints().noneMatch(Character::isLetter)) {
			return Optional.of("holds no letter: a name is written in the letters of some script");
		}
		return Optional.empty();
	}

	/**
	 * Checks {@code text} as this field, adding a violation naming {@code field} when it
	 * is wrong. Null is left to the caller (a required field says so itself).
	 * @return the text, or null when it is null or wrong
	 */
	public String check(String field, String text, List<Violation> violations) {
		if (text == null) {
			return null;
		}
		Optional<String> problem = problemWith(text);
		if (problem.isPresent()) {
			violations.add(new Violation(field, "the " + field + " " + problem.get()));
			return null;
		}
		return text;
	}

}
