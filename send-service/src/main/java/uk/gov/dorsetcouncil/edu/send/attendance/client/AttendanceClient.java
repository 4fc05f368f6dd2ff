package uk.gov.dorsetcouncil.edu.send.attendance.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCall;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamSettings;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc.AttendanceServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.send.attendance.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.send.attendance.AttendanceSummary;
import uk.gov.dorsetcouncil.edu.send.attendance.PupilAttendance;

/**
 * Asks the attendance service for a pupil's attendance, with the target's deadline under
 * its circuit breaker, and never throws: every failure becomes a
 * {@link PupilAttendance.Unavailable} that says why, so the plan is answered regardless.
 * The caller's context travels with the call (the platform's client interceptor), so the
 * attendance service checks the caller's own rights.
 */
public class AttendanceClient {

	/**
	 * The downstream target name: its channel and its {@code dorset.downstream} settings.
	 */
	public static final String TARGET = "attendance";

	private final AttendanceServiceBlockingStub stub;

	private final DownstreamCall downstream;

	private final DownstreamSettings.Target settings;

	public AttendanceClient(AttendanceServiceBlockingStub stub, DownstreamCall downstream,
			DownstreamSettings.Target settings) {
		this.stub = stub;
		this.downstream = downstream;
		this.settings = settings;
	}

	/** The pupil's attendance, academic year to date. */
	public PupilAttendance attendanceOf(Upn upn) {
		GetPupilAttendanceSummaryRequest request = GetPupilAttendanceSummaryRequest.newBuilder()
			.setUpn(upn.value())
			.build();
		try {
			PupilAttendanceSummary summary = this.downstream.call(this.stub,
					stub -> stub.getPupilAttendanceSummary(request));
			return new PupilAttendance.Available(translate(summary));
		}
		catch (CallNotPermittedException open) {
			return new PupilAttendance.Unavailable("attendance service circuit open after repeated failures; "
					+ "calls resume within " + this.settings.waitInOpenState().toSeconds() + " s");
		}
		catch (StatusRuntimeException failure) {
			return fromFailure(failure.getStatus());
		}
	}

	private PupilAttendance fromFailure(Status status) {
		String detail = (status.getDescription() != null) ? ": " + status.getDescription() : "";
		return switch (status.getCode()) {
			case NOT_FOUND -> new PupilAttendance.NotOnRoll();
			case DEADLINE_EXCEEDED -> new PupilAttendance.Unavailable(
					"attendance service did not answer within " + this.settings.deadline().toMillis() + " ms");
			case UNAVAILABLE -> new PupilAttendance.Unavailable("attendance service is not reachable" + detail);
			case PERMISSION_DENIED, UNAUTHENTICATED -> new PupilAttendance.Unavailable(
					"attendance service does not release this pupil's attendance to the caller" + detail);
			default -> new PupilAttendance.Unavailable("attendance service failed (" + status.getCode() + ")" + detail);
		};
	}

	private static AttendanceSummary translate(PupilAttendanceSummary summary) {
		var figures = summary.getCombined();
		return new AttendanceSummary(summary.getBasis(), summary.getFromDate(), summary.getToDate(), summary.getAsOf(),
				new AttendanceFigures(figures.getPossibleSessions(), figures.getPresentSessions(),
						figures.getApprovedEducationalActivitySessions(), figures.getAuthorisedAbsenceSessions(),
						figures.getUnauthorisedAbsenceSessions(), figures.getAttendancePercent(),
						figures.getOverallAbsencePercent(), figures.getAuthorisedAbsencePercent(),
						figures.getUnauthorisedAbsencePercent(), figures.getPersistentlyAbsent(),
						figures.getSeverelyAbsent()));
	}

}
