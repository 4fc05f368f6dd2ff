package uk.gov.dorsetcouncil.edu.send.plan.grpc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlineDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetEhcPlanStatusRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetPlanCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCountRow;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCounts;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.send.v1.AssessmentStepDue;
import uk.gov.dorsetcouncil.edu.send.assessment.Assessment;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlanAccess;
import uk.gov.dorsetcouncil.edu.send.plan.PlanDeadlines;
import uk.gov.dorsetcouncil.edu.send.plan.PlanStatus;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;

/**
 * EHC plan status for other services and the gateway's aggregations. No plan is a valid
 * answer ({@code has_plan = false}), never NOT_FOUND.
 */
@GrpcService
class SendGrpcService extends SendServiceGrpc.SendServiceImplBase {

	private final EhcPlanStore store;

	private final AssessmentRecording assessments;

	private final Clock clock;

	private final List<PlanDeadlines> otherDeadlines;

	SendGrpcService(EhcPlanStore store, AssessmentRecording assessments, Clock clock,
			List<PlanDeadlines> otherDeadlines) {
		this.store = store;
		this.assessments = assessments;
		this.clock = clock;
		this.otherDeadlines = otherDeadlines;
	}

	@Override
	public void getEhcPlanStatus(GetEhcPlanStatusRequest request, StreamObserver<EhcPlanStatus> responses) {
		Caller caller = CurrentCaller.require();
		EhcPlanAccess.checkMayRead(caller);
		Upn upn = Upn.parse("upn", request.getUpn());
		Optional<EhcPlan> plan = EhcPlanAccess.checkMaySee(caller, this.store.findPlan(upn));
		EhcPlanStatus.Builder answer = EhcPlanStatus.newBuilder().setUpn(upn.value()).setHasPlan(plan.isPresent());
		plan.ifPresent(held -> {
			answer.setStatus(held.status().name()).setIssuedDate(held.issuedDate().toString());
			held.namedSchool().ifPresent(answer::setNamedSchoolUrn);
			held.nextAnnualReviewDue().map(LocalDate::toString).ifPresent(answer::setNextAnnualReviewDue);
		});
		// the child profile's SEND part shows the open assessment's clocks beside the
		// plan
		LocalDate today = this.assessments.today();
		this.assessments.ofPupil(caller, upn)
			.stream()
			.filter(Assessment::open)
			.forEach(open -> open.openDuties()
				.forEach(step -> answer.addOpenAssessmentSteps(AssessmentStepDue.newBuilder()
					.setAssessmentId(open.id())
					.setKind(step.kind().name())
					.setDueDate(step.dueDate().toString())
					.setBreach(step.breach(today))
					.setRule(step.kind().rule()))));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

	@Override
	public void listDeadlinesDue(ListDeadlinesDueRequest request, StreamObserver<DeadlinesDue> responses) {
		Caller caller = CurrentCaller.require();
		EhcPlanAccess.checkMayRead(caller);
		LocalDate from = EhcPlanAccess.date("fromDate", request.getFromDate());
		LocalDate to = EhcPlanAccess.date("toDate", request.getToDate());
		if (to.isBefore(from)) {
			throw ProblemException.invalid("toDate", "the period ends (" + to + ") before it starts (" + from + ")");
		}
		DeadlinesDue.Builder answer = DeadlinesDue.newBuilder().setAsOf(Instant.now(this.clock).toString());
		this.store.all()
			.stream()
			.filter(plan -> caller.actsCountyWide() || plan.names(caller.organisation().id()))
			.forEach(plan -> plan.nextAnnualReviewDue()
				// an annual review's due date moves only when a review is recorded: one
				// due
				// before the period is still outstanding
				.filter(due -> (request.getIncludeOverdue() || !due.isBefore(from)) && !due.isAfter(to))
				.ifPresent(due -> answer.addDeadlines(DeadlineDue.newBuilder()
					.setUpn(plan.upn().value())
					.setKind("ANNUAL_REVIEW")
					.setDueDate(due.toString())
					.setSchoolUrn(plan.namedSchool().orElse(""))
					.setRule("Children and Families Act 2014 s44(1): review within 12 months"))));
		// every duty of an open EHC needs assessment, so that caseworkers see each clock
		// in the deadlines view before it runs out
		this.assessments.queue(caller, to, step -> request.getIncludeOverdue() || !step.dueDate().isBefore(from))
			.forEach(due -> answer.addDeadlines(DeadlineDue.newBuilder()
				.setUpn(due.assessment().upn().value())
				.setKind(due.step().kind().name())
				.setDueDate(due.step().dueDate().toString())
				.setSchoolUrn((due.assessment().schoolUrn() != null) ? due.assessment().schoolUrn() : "")
				.setRule(due.step().kind().rule())));
		// the annual reviews' own steps (papers, decision, amended plan), kept by their
		// feature
		this.otherDeadlines.forEach(source -> source.due(caller, from, to, request.getIncludeOverdue())
			.forEach(due -> answer.addDeadlines(DeadlineDue.newBuilder()
				.setUpn(due.upn())
				.setKind(due.kind())
				.setDueDate(due.dueDate().toString())
				.setSchoolUrn((due.schoolUrn() != null) ? due.schoolUrn() : "")
				.setRule(due.rule()))));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

	@Override
	public void getPlanCounts(GetPlanCountsRequest request, StreamObserver<PlanCounts> responses) {
		Caller caller = CurrentCaller.require();
		EhcPlanAccess.checkMayRead(caller);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("plan counts across schools are released to the local authority only");
		}
		Map<String, int[]> bySchool = new TreeMap<>();
		for (EhcPlan plan : this.store.all()) {
			bySchool.computeIfAbsent(plan.namedSchool().orElse(""), school -> new int[3])[plan.status().ordinal()]++;
		}
		PlanCounts.Builder answer = PlanCounts.newBuilder().setAsOf(Instant.now(this.clock).toString());
		bySchool.forEach((school,
				counts) -> answer.addRows(PlanCountRow.newBuilder()
					.setSchoolUrn(school)
					.setDraft(counts[PlanStatus.DRAFT.ordinal()])
					.setFinal(counts[PlanStatus.FINAL.ordinal()])
					.setCeased(counts[PlanStatus.CEASED.ordinal()])));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

}
