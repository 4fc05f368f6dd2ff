package uk.gov.dorsetcouncil.edu.belonging.pupil.grpc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.DueStep;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionRecording;
import uk.gov.dorsetcouncil.edu.belonging.pupil.BelongingAccess;
import uk.gov.dorsetcouncil.edu.belonging.register.DueRegisterStep;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKeeping;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PupilBelonging;
import uk.gov.dorsetcouncil.edu.belonging.pupil.store.PupilBelongingStore;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlineDue;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.GetPupilBelongingRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;

/** A pupil's belonging record for other services and the gateway's aggregations. */
@GrpcService
class BelongingGrpcService extends BelongingServiceGrpc.BelongingServiceImplBase {

	private final PupilBelongingStore store;

	private final ExclusionRecording exclusions;

	private final RegisterKeeping registers;

	private final Clock clock;

	BelongingGrpcService(PupilBelongingStore store, ExclusionRecording exclusions, RegisterKeeping registers,
			Clock clock) {
		this.store = store;
		this.exclusions = exclusions;
		this.registers = registers;
		this.clock = clock;
	}

	@Override
	public void getPupilBelonging(GetPupilBelongingRequest request,
			StreamObserver<uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging> responses) {
		BelongingAccess.checkMayRead(CurrentCaller.require());
		Upn upn = Upn.parse("upn", request.getUpn());
		PupilBelonging belonging = this.store.find(upn);
		responses.onNext(PupilBelongingMessages.of(belonging)
			.toBuilder()
			.addAllRegisters(RegisterSummaries.of(this.registers.ofPupil(upn), LocalDate.now(this.clock)))
			.build());
		responses.onCompleted();
	}

	/**
	 * The statutory steps of suspensions and exclusions not done that fall due in the
	 * period (and, asked so, those overdue before it): the caller's school's, or the
	 * county's; then the registers' steps the caller may see. The kind is the step's
	 * name, the rule the one that sets it.
	 */
	@Override
	public void listDeadlinesDue(ListDeadlinesDueRequest request, StreamObserver<DeadlinesDue> responses) {
		List<Violation> invalid = new ArrayList<>();
		LocalDate from = DateBounds.parse("fromDate", request.getFromDate(), invalid);
		LocalDate to = DateBounds.parse("toDate", request.getToDate(), invalid);
		if (from == null && invalid.isEmpty()) {
			invalid.add(new Violation("fromDate", "a date is required, written yyyy-MM-dd"));
		}
		if (to == null && invalid.isEmpty()) {
			invalid.add(new Violation("toDate", "a date is required, written yyyy-MM-dd"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		DeadlinesDue.Builder due = DeadlinesDue.newBuilder().setAsOf(this.clock.instant().toString());
		for (DueStep step : this.exclusions.stepsDue(CurrentCaller.require(), from, to, request.getIncludeOverdue())) {
			due.addDeadlines(DeadlineDue.newBuilder()
				.setUpn(step.exclusion().upn().value())
				.setKind(step.step().kind().name())
				.setDueDate(step.step().dueDate().toString())
				.setSchoolUrn(step.exclusion().schoolUrn())
				.setRule(step.step().kind().rule()));
		}
		// The registers' steps (ADR 0030): the LA's, so a school is given none.
		for (DueRegisterStep step : this.registers.stepsDue(CurrentCaller.require(), from, to,
				request.getIncludeOverdue())) {
			String school = (step.entry().schoolNamedUrn() != null) ? step.entry().schoolNamedUrn()
					: step.entry().schoolLeftUrn();
			due.addDeadlines(DeadlineDue.newBuilder()
				.setUpn(step.entry().upn().value())
				.setKind(step.step().kind().name())
				.setDueDate(step.step().dueDate().toString())
				.setSchoolUrn((school != null) ? school : "")
				.setRule(step.step().kind().rule()));
		}
		responses.onNext(due.build());
		responses.onCompleted();
	}

}
