package uk.gov.dorsetcouncil.edu.synthetic.measures;

import java.util.Map;

/**
 * How each DfE 2024 attendance code counts (SI 2024/208 reg 10; DfE absence methodology;
 * domain-rules 1.1 and 1.2). Kept here, independent of the attendance service, so that
 * the expected figures are a second opinion on the platform's, not a copy.
 */
public enum MarkCategory {

	PRESENT(true), APPROVED_EDUCATIONAL_ACTIVITY(true), AUTHORISED(true), UNAUTHORISED(true), NOT_COUNTED(false);

	private final boolean possible;

	MarkCategory(boolean possible) {
		this.possible = possible;
	}

	/** Whether a session with this mark is a possible session. */
	public boolean possible() {
		return this.possible;
	}

	static final Map<String, MarkCategory> CODES = Map.ofEntries(Map.entry("/", PRESENT), Map.entry("\\", PRESENT),
			Map.entry("L", PRESENT), Map.entry("K", APPROVED_EDUCATIONAL_ACTIVITY),
			Map.entry("V", APPROVED_EDUCATIONAL_ACTIVITY), Map.entry("P", APPROVED_EDUCATIONAL_ACTIVITY),
			Map.entry("W", APPROVED_EDUCATIONAL_ACTIVITY), Map.entry("B", APPROVED_EDUCATIONAL_ACTIVITY),
			Map.entry("C1", AUTHORISED), Map.entry("M", AUTHORISED), Map.entry("J1", AUTHORISED),
			Map.entry("S", AUTHORISED), Map.entry("C2", AUTHORISED), Map.entry("C", AUTHORISED),
			Map.entry("T", AUTHORISED), Map.entry("R", AUTHORISED), Map.entry("I", AUTHORISED),
			Map.entry("E", AUTHORISED), Map.entry("G", UNAUTHORISED), Map.entry("N", UNAUTHORISED),
			Map.entry("O", UNAUTHORISED), Map.entry("U", UNAUTHORISED), Map.entry("D", NOT_COUNTED),
			Map.entry("X", NOT_COUNTED), Map.entry("Q", NOT_COUNTED), Map.entry("Y1", NOT_COUNTED),
			Map.entry("Y2", NOT_COUNTED), Map.entry("Y3", NOT_COUNTED), Map.entry("Y4", NOT_COUNTED),
			Map.entry("Y5", NOT_COUNTED), Map.entry("Y6", NOT_COUNTED), Map.entry("Y7", NOT_COUNTED),
			Map.entry("Z", NOT_COUNTED), Map.entry("#", NOT_COUNTED));

	public static MarkCategory of(String code) {
		MarkCategory category = CODES.get(code);
		if (category == null) {
			throw new IllegalArgumentException("not a DfE 2024 attendance code: '" + code + "'");
		}
		return category;
	}

}
