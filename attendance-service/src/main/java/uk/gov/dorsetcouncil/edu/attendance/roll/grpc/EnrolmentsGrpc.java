package uk.gov.dorsetcouncil.edu.attendance.roll.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RollEnrolment;

/**
 * The roll's part of {@code dorset.attendance.v1.AttendanceService}: a pupil's
 * enrolments, with the same access rules as REST.
 */
@Component
public class EnrolmentsGrpc {

	private final RollKeeping roll;

	private final SchoolDirectory schools;

	public EnrolmentsGrpc(RollKeeping roll, SchoolDirectory schools) {
		this.roll = roll;
		this.schools = schools;
	}

	public void findEnrolments(FindEnrolmentsRequest request, StreamObserver<FindEnrolmentsResponse> responses) {
		Pupil pupil = this.roll.enrolments(CurrentCaller.require(), request.getUpn());
		FindEnrolmentsResponse.Builder answer = FindEnrolmentsResponse.newBuilder()
			.setUpn(pupil.upn().value())
			.setYearGroup(pupil.yearGroup());
		pupil.enrolments()
			.forEach((enrolment) -> answer.addEnrolments(RollEnrolment.newBuilder()
				.setSchoolUrn(enrolment.urn())
				.setSchoolName(this.schools.find(enrolment.urn()).map(School::name).orElse(""))
				.setAdmissionDate(enrolment.admissionDate().toString())
				.setLeavingDate((enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : "")
				.setRegistration(enrolment.registration().name())));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

}
