package uk.gov.dorsetcouncil.edu.attendance.measures.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceQuery;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.EnrolmentAttendance;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;

/**
 * {@code dorset.attendance.v1.AttendanceService}: the same summary and access rules as
 * REST. Refusals leave as precise statuses through the platform's problem mapping
 * (INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED).
 */
@GrpcService
public class AttendanceGrpcService extends AttendanceServiceGrpc.AttendanceServiceImplBase {

	private final PupilAttendanceQuery query;

	public AttendanceGrpcService(PupilAttendanceQuery query) {
		this.query = query;
	}

	@Override
	public void getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest request,
			StreamObserver<PupilAttendanceSummary> responses) {
		uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceSummary summary = this.query
			.summary(CurrentCaller.require(), request.getUpn(), request.getFromDate(), request.getToDate());
		PupilAttendanceSummary.Builder answer = PupilAttendanceSummary.newBuilder()
			.setUpn(summary.upn().value())
			.setBasis(summary.basis().label())
			.setFromDate(summary.fromDate().toString())
			.setToDate(summary.toDate().toString())
			.setAsOf(summary.asOf().toString())
			.setCombined(figures(summary.combined()));
		summary.enrolments()
			.forEach((enrolment) -> answer.addEnrolments(EnrolmentAttendance.newBuilder()
				.setSchoolUrn(enrolment.schoolUrn())
				.setSchoolName(enrolment.schoolName())
				.setAdmissionDate(enrolment.admissionDate().toString())
				.setLeavingDate((enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : "")
				.setFigures(figures(enrolment.figures()))));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

	private static AttendanceFigures figures(uk.gov.dorsetcouncil.edu.attendance.measures.AttendanceFigures figures) {
		return AttendanceFigures.newBuilder()
			.setPossibleSessions(figures.counts().possible())
			.setPresentSessions(figures.counts().present())
			.setApprovedEducationalActivitySessions(figures.counts().approvedEducationalActivity())
			.setAuthorisedAbsenceSessions(figures.counts().authorised())
			.setUnauthorisedAbsenceSessions(figures.counts().unauthorised())
			.setAttendancePercent(figures.attendancePercent())
			.setOverallAbsencePercent(figures.overallAbsencePercent())
			.setAuthorisedAbsencePercent(figures.authorisedAbsencePercent())
			.setUnauthorisedAbsencePercent(figures.unauthorisedAbsencePercent())
			.setPersistentlyAbsent(figures.persistentlyAbsent())
			.setSeverelyAbsent(figures.severelyAbsent())
			.build();
	}

}
