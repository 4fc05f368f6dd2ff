package uk.gov.dorsetcouncil.edu.send.assessment.client;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.send.assessment.PupilRolls;
import uk.gov.dorsetcouncil.edu.send.attendance.PupilAttendance;
import uk.gov.dorsetcouncil.edu.send.attendance.client.AttendanceClient;

/**
 * Whether attendance-service holds the pupil on a roll, asked through the attendance
 * client SEND already has (its deadline and breaker, the caller passed on): a pupil with
 * an attendance summary is known, one on no roll is not, and an attendance that does not
 * answer is a 503, so nothing is recorded on a guess.
 */
public class AttendanceRolls implements PupilRolls {

	private final AttendanceClient attendance;

	public AttendanceRolls(AttendanceClient attendance) {
		this.attendance = attendance;
	}

	@Override
	public boolean known(Upn upn) {
		return switch (this.attendance.attendanceOf(upn)) {
			case PupilAttendance.Available available -> true;
			case PupilAttendance.NotOnRoll notOnRoll -> false;
			case PupilAttendance.Unavailable unavailable -> throw new ProblemException(Problem.UNAVAILABLE,
					"the UPN could not be checked against the rolls: " + unavailable.reason());
		};
	}

}
