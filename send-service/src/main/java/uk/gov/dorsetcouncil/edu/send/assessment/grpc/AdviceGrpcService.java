package uk.gov.dorsetcouncil.edu.send.assessment.grpc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.send.v1.AdviceRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcAdviceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.send.v1.ListOpenAdviceRequestsRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.OpenAdviceRequests;
import uk.gov.dorsetcouncil.edu.proto.send.v1.RecordAdviceAnswerRequest;
import uk.gov.dorsetcouncil.edu.send.assessment.Assessment;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.assessment.Step;
import uk.gov.dorsetcouncil.edu.send.assessment.StepKind;

/**
 * What the NHS and social care integration needs of EHC needs assessments: the advice
 * requests still open, and recording an answer. The same rules as REST (the caller's
 * scope and organisation, problems mapped to status codes by the platform).
 */
@GrpcService
class AdviceGrpcService extends EhcAdviceServiceGrpc.EhcAdviceServiceImplBase {

	private final AssessmentRecording recording;

	private final Clock clock;

	AdviceGrpcService(AssessmentRecording recording, Clock clock) {
		this.recording = recording;
		this.clock = clock;
	}

	@Override
	public void listOpenAdviceRequests(ListOpenAdviceRequestsRequest request,
			StreamObserver<OpenAdviceRequests> responses) {
		Caller caller = CurrentCaller.require();
		String source = request.getSource();
		if (!source.isEmpty() && StepKind.adviceFrom(source).isEmpty()) {
			throw ProblemException.invalid("source", "'" + source
					+ "' is not an advice source: EDUCATION, HEALTH, SOCIAL_CARE, EDUCATIONAL_PSYCHOLOGY or OTHER");
		}
		LocalDate today = this.recording.today();
		OpenAdviceRequests.Builder answer = OpenAdviceRequests.newBuilder().setAsOf(Instant.now(this.clock).toString());
		this.recording
			.queue(caller, null,
					step -> step.kind().isAdvice()
							&& (source.isEmpty() || step.kind().adviceSource().orElseThrow().equals(source)))
			.forEach(due -> answer.addRequests(message(due.assessment(), due.step(), today)));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

	@Override
	public void recordAdviceAnswer(RecordAdviceAnswerRequest request, StreamObserver<AdviceRequest> responses) {
		Caller caller = CurrentCaller.require();
		StepKind kind = StepKind.adviceFrom(request.getSource())
			.orElseThrow(() -> ProblemException.invalid("source", "'" + request.getSource()
					+ "' is not an advice source: EDUCATION, HEALTH, SOCIAL_CARE, EDUCATIONAL_PSYCHOLOGY or OTHER"));
		Assessment answered = this.recording.recordStep(caller, request.getAssessmentId(), kind.name(),
				request.getAnsweredOn(), null);
		responses.onNext(message(answered, answered.step(kind).orElseThrow(), this.recording.today()));
		responses.onCompleted();
	}

	static AdviceRequest message(Assessment assessment, Step step, LocalDate today) {
		AdviceRequest.Builder message = AdviceRequest.newBuilder()
			.setAssessmentId(assessment.id())
			.setUpn(assessment.upn().value())
			.setSource(step.kind().adviceSource().orElseThrow())
			.setRequestedOn(step.startsOn().toString())
			.setDueDate(step.dueDate().toString())
			.setBreach(step.breach(today))
			.setRule(step.kind().rule());
		if (step.done()) {
			message.setAnsweredOn(step.doneDate().toString());
		}
		if (assessment.schoolUrn() != null) {
			message.setSchoolUrn(assessment.schoolUrn());
		}
		return message.build();
	}

}
