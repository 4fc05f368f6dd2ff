package uk.gov.dorsetcouncil.edu.attendance.measures;

/**
 * One figure as shown: a value, or a GSS symbol instead of it ("c" confidential, hidden
 * to protect small numbers; "z" not applicable, nothing to divide by). A true zero is
 * shown as 0.
 */
public record Cell(Double value, String symbol) {

	public static final Cell SUPPRESSED = new Cell(null, "c");

	public static final Cell NOT_APPLICABLE = new Cell(null, "z");

	public static Cell of(double value) {
		return new Cell(value, "");
	}

	public boolean shown() {
		return this.value != null;
	}

}
