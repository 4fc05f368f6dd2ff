package uk.gov.dorsetcouncil.edu.attendance.disruption.grpc;

import java.time.Clock;
import java.time.LocalDate;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.disruption.DisruptionRecording;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldAttendance;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ExpectedMark;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ExpectedMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ListExpectedMarksRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RecordTravelDisruptionRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RecordTravelDisruptionResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.TravelDisruptionServiceGrpc;

/**
 * {@code dorset.attendance.v1.TravelDisruptionService}: transport-service tells
 * attendance of disruptions; schools and the local authority read the expected marks.
 * Refusals leave through the platform's problem mapping.
 */
@GrpcService
public class TravelDisruptionGrpcService extends TravelDisruptionServiceGrpc.TravelDisruptionServiceImplBase {

	private final DisruptionRecording recording;

	private final HeldAttendance held;

	private final Clock clock;

	public TravelDisruptionGrpcService(DisruptionRecording recording, HeldAttendance held, Clock clock) {
		this.recording = recording;
		this.held = held;
		this.clock = clock;
	}

	@Override
	public void recordTravelDisruption(RecordTravelDisruptionRequest request,
			StreamObserver<RecordTravelDisruptionResponse> responses) {
		int recorded = this.recording.record(CurrentCaller.require(), request.getDisruptionId(), request.getKind(),
				request.getDescription(),
				request.getSessionsList()
					.stream()
					.map(s -> new DisruptionRecording.SessionRequest(s.getUpn(), s.getSchoolUrn(), s.getDate(),
							s.getSession()))
					.toList(),
				LocalDate.now(this.clock));
		responses.onNext(RecordTravelDisruptionResponse.newBuilder().setSessionsRecorded(recorded).build());
		responses.onCompleted();
	}

	@Override
	public void listExpectedMarks(ListExpectedMarksRequest request, StreamObserver<ExpectedMarks> responses) {
		ExpectedMarks.Builder answer = ExpectedMarks.newBuilder();
		this.recording.expected(CurrentCaller.require(), request.getSchoolUrn(), request.getFromDate(),
				request.getToDate(), (urn, upn, date, session) -> {
					this.held.catchUp();
					return this.held.marks(new MarkKey(urn, upn, AcademicYear.of(date)))
						.flatMap(marks -> marks.mark(date, session));
				})
			.forEach(e -> answer.addMarks(ExpectedMark.newBuilder()
				.setUpn(e.session().upn().value())
				.setDate(e.session().date().toString())
				.setSession(e.session().session().name())
				.setExpectedCode(e.expected().symbol())
				.setRecordedCode((e.recorded() != null) ? e.recorded().symbol() : "")
				.setDisruptionId(e.session().disruptionId())
				.setKind(e.session().kind())));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

}
