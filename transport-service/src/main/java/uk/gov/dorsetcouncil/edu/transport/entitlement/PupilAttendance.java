package uk.gov.dorsetcouncil.edu.transport.entitlement;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** A pupil's attendance this academic year to date, as attendance-service holds it. */
public interface PupilAttendance {

	/** The reading, or an unavailable one; never throws for a failing service. */
	AttendanceReading of(Upn upn);

}
