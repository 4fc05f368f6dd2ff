package uk.gov.dorsetcouncil.edu.transport.entitlement;

/**
 * What attendance-service says of a pupil's attendance this academic year to date.
 *
 * @param known false when attendance could not be asked (or holds no roll for the pupil)
 * @param attendancePercent present and approved educational activity, as a percentage of
 * possible sessions
 * @param persistentlyAbsent 10% or more of possible sessions missed (the DfE's
 * definition)
 * @param detail where the reading came from, or why there is none
 */
public record AttendanceReading(boolean known, double attendancePercent, boolean persistentlyAbsent, String detail) {

	public static AttendanceReading unavailable(String why) {
		return new AttendanceReading(false, 0, false, why);
	}

}
