package uk.gov.dorsetcouncil.edu.gateway.dashboard;

/**
 * A figure as the API answered it: its text (a number, or the symbol shown instead of it,
 * such as "c" for a suppressed count) and the number when it is one.
 */
public record ShownFigure(String shown, Double number) {

	/** A figure the API did not give. */
	public static final ShownFigure NONE = new ShownFigure("", null);

	/** "c" (suppressed) and "z" (not applicable) in words, as the DfE's releases say. */
	public String meaning() {
		return switch (this.shown) {
			case "c" -> "suppressed: a small number not shown, to protect the children";
			case "z" -> "not applicable";
			default -> "";
		};
	}

}
