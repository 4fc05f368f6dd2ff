package uk.gov.dorsetcouncil.edu.attendance.calendar.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysBetweenRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysBetweenResponse;

/**
 * {@code dorset.attendance.v1.SchoolCalendarService}: school-day arithmetic for other
 * services. Refusals leave through the platform's problem mapping.
 */
@GrpcService
public class SchoolCalendarGrpcService extends SchoolCalendarServiceGrpc.SchoolCalendarServiceImplBase {

	private final SchoolDays schoolDays;

	public SchoolCalendarGrpcService(SchoolDays schoolDays) {
		this.schoolDays = schoolDays;
	}

	@Override
	public void isSchoolDay(IsSchoolDayRequest request, StreamObserver<IsSchoolDayResponse> responses) {
		SchoolDays.Answer answer = this.schoolDays.isSchoolDay(CurrentCaller.require(), request.getUrn(),
				request.getDate());
		responses.onNext(
				IsSchoolDayResponse.newBuilder().setSchoolDay(answer.schoolDay()).setReason(answer.reason()).build());
		responses.onCompleted();
	}

	@Override
	public void schoolDaysAfter(SchoolDaysAfterRequest request, StreamObserver<SchoolDaysAfterResponse> responses) {
		responses.onNext(SchoolDaysAfterResponse.newBuilder()
			.setDate(this.schoolDays
				.schoolDaysAfter(CurrentCaller.require(), request.getUrn(), request.getDate(), request.getN())
				.toString())
			.build());
		responses.onCompleted();
	}

	@Override
	public void schoolDaysBetween(SchoolDaysBetweenRequest request,
			StreamObserver<SchoolDaysBetweenResponse> responses) {
		responses.onNext(SchoolDaysBetweenResponse.newBuilder()
			.setSchoolDays(this.schoolDays.schoolDaysBetween(CurrentCaller.require(), request.getUrn(),
					request.getFromDate(), request.getToDate()))
			.build());
		responses.onCompleted();
	}

}
