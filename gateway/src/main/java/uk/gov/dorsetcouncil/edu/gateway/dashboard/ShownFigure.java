package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure as the API answered it: its text (a number, or the symbol shown instead of it,
 * such as "c" for a suppressed count) and the number when it is one.
 */
public record ShownFigure(String shown, Double number) {

	/** A figure the API did not give. */
	public static final ShownFigure NONE = new ShownFigure("", null);

	/** A whole number, as the API counts. */
	public static ShownFigure of(long count) {
		return new ShownFigure(Long.toString(count), (double) count);
	}

	/** "c" (suppressed) and "z" (not applicable) in words, as the DfE's releases say. */
	public String meaning() {
		return switch (this.shown) {
			case "c" -> "suppressed: a small number not shown, to protect the children";
			case "z" -> "not applicable";
			default -> "";
		};
	}

	/** Whether the API hid this figure as a small number. */
	public boolean suppressed() {
		return "c".equals(this.shown);
	}

	/** The figure as a page writes it: the number, "c (suppressed)", or "not given". */
	public String inWords() {
		if (this.number != null) {
			return this.shown;
		}
		return switch (this.shown) {
			case "c" -> "c (suppressed)";
			case "z" -> "z (not applicable)";
			case "" -> "not given";
			default -> this.shown;
		};
	}

	/**
	 * A part of a whole as a percentage to one place (half up, as the DfE rounds). Never
	 * worked out from a hidden figure: a part or whole that is "c" makes the share "c"
	 * (the GSS rule: a figure that would reveal a suppressed one is suppressed too), a
	 * whole of nothing makes it "z".
	 */
	public static ShownFigure share(ShownFigure part, ShownFigure whole) {
		if (part.suppressed() || whole.suppressed()) {
			return new ShownFigure("c", null);
		}
		if (part.number() == null || whole.number() == null) {
			return NONE;
		}
		if (whole.number() == 0) {
			return new ShownFigure("z", null);
		}
		BigDecimal percent = BigDecimal.valueOf(100 * part.number() / whole.number()).setScale(1, RoundingMode.HALF_UP);
		return new ShownFigure(percent.toPlainString(), percent.doubleValue());
	}

	/** Two counts added: "c" when either is hidden, not given when either is missing. */
	public static ShownFigure sum(ShownFigure one, ShownFigure other) {
		if (one.suppressed() || other.suppressed()) {
			return new ShownFigure("c", null);
		}
		if (one.number() == null || other.number() == null) {
			return NONE;
		}
		return of(Math.round(one.number() + other.number()));
	}

}
