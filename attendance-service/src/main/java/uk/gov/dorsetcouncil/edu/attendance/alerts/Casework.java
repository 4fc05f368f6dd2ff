package uk.gov.dorsetcouncil.edu.attendance.alerts;

/** The scope for writing casework records such as attendance plans. */
public final class Casework {

	public static final String CASEWORK_WRITE = "casework:write";

	private Casework() {
	}

}
