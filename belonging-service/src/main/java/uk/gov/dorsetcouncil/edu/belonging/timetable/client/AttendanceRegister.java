package uk.gov.dorsetcouncil.edu.belonging.timetable.client;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.belonging.timetable.RegisterMarks;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCall;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc.AttendanceServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;

/**
 * A pupil's marks of one code over a period, from attendance-service's pupil summary
 * ({@code GetPupilAttendanceSummary} counts each enrolment's sessions by code), asked as
 * the caller under the target's deadline and breaker. A pupil the caller may not see, or
 * on no roll, has no marks to show (an empty answer); attendance being unreachable is a
 * 503, never a guess.
 */
public class AttendanceRegister implements RegisterMarks {

	private final AttendanceServiceBlockingStub attendance;

	private final DownstreamCall downstream;

	/**
	 * @param attendance the one channel to attendance-service
	 */
	public AttendanceRegister(Channel attendance, DownstreamCall downstream) {
		this.attendance = AttendanceServiceGrpc.newBlockingStub(attendance);
		this.downstream = downstream;
	}

	@Override
	public Map<String, Integer> sessionsWithCode(Upn upn, String code, LocalDate from, LocalDate to) {
		PupilAttendanceSummary summary;
		try {
			summary = this.downstream.call(this.attendance,
					stub -> stub.getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest.newBuilder()
						.setUpn(upn.value())
						.setFromDate(from.toString())
						.setToDate(to.toString())
						.build()));
		}
		catch (CallNotPermittedException open) {
			throw unavailable("is failing");
		}
		catch (StatusRuntimeException failure) {
			Status.Code status = failure.getStatus().getCode();
			if (status == Status.Code.NOT_FOUND || status == Status.Code.PERMISSION_DENIED) {
				return Map.of();
			}
			throw unavailable("did not answer (" + status + ")");
		}
		Map<String, Integer> bySchool = new LinkedHashMap<>();
		summary.getEnrolmentsList()
			.forEach(enrolment -> bySchool.merge(enrolment.getSchoolUrn(),
					enrolment.getFigures().getSessionsByCodeOrDefault(code, 0), Integer::sum));
		return bySchool;
	}

	private static ProblemException unavailable(String what) {
		return new ProblemException(Problem.UNAVAILABLE,
				"attendance-service, which holds the registers, " + what + "; try again shortly");
	}

}
