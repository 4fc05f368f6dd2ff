package uk.gov.dorsetcouncil.edu.attendance.alerts;

/**
 * The alert rules' tunable numbers (ADR 0009).
 *
 * @param unresolvedNSchoolDays an N older than this many school days is an alert; no
 * deadline for replacing N is set in regulation
 * @param minimumPossibleSessions below this many possible sessions this year the
 * percentage rules (10%, 50%, 96%) stay quiet: one missed session in the first week of
 * September is 10%, which says nothing yet
 */
public record AlertSettings(int unresolvedNSchoolDays, int minimumPossibleSessions) {

	public static final AlertSettings DEFAULTS = new AlertSettings(5, 10);

	public AlertSettings {
		if (unresolvedNSchoolDays < 1) {
			throw new IllegalArgumentException(
					"dorset.alerts.unresolved-n-school-days must be at least 1, not " + unresolvedNSchoolDays);
		}
		if (minimumPossibleSessions < 0) {
			throw new IllegalArgumentException(
					"dorset.alerts.minimum-possible-sessions must not be negative, not " + minimumPossibleSessions);
		}
	}

}
