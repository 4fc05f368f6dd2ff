package uk.gov.dorsetcouncil.edu.transport.entitlement.client;

import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCall;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc.AttendanceServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.transport.entitlement.AttendanceReading;
import uk.gov.dorsetcouncil.edu.transport.entitlement.PupilAttendance;

/**
 * A pupil's attendance this academic year to date from attendance-service
 * ({@code GetPupilAttendanceSummary}, combined over the pupil's enrolments), asked as
 * transport-service with {@code attendance:read} on attendance's one channel, under its
 * deadline and breaker. A failure, or a pupil on no roll, is a reading "unavailable".
 */
public class AttendanceSummaries implements PupilAttendance {

	public static final String TARGET = "attendance";

	static final Caller TRANSPORT_SERVICE = Caller.service("transport-service", Set.of("attendance:read"));

	private final AttendanceServiceBlockingStub attendance;

	private final DownstreamCall downstream;

	public AttendanceSummaries(AttendanceServiceBlockingStub attendance, DownstreamCall downstream) {
		this.attendance = attendance;
		this.downstream = downstream;
	}

	@Override
	public AttendanceReading of(Upn upn) {
		try {
			AttendanceFigures figures = CurrentCaller
				.callAs(TRANSPORT_SERVICE,
						() -> this.downstream.call(this.attendance,
								stub -> stub.getPupilAttendanceSummary(
										GetPupilAttendanceSummaryRequest.newBuilder().setUpn(upn.value()).build())))
				.getCombined();
			return new AttendanceReading(true, figures.getAttendancePercent(), figures.getPersistentlyAbsent(),
					"attendance-service GetPupilAttendanceSummary, academic year to date");
		}
		catch (CallNotPermittedException open) {
			return AttendanceReading.unavailable("attendance-service is failing (circuit open)");
		}
		catch (StatusRuntimeException failure) {
			return AttendanceReading.unavailable("attendance-service answered " + failure.getStatus().getCode());
		}
	}

}
