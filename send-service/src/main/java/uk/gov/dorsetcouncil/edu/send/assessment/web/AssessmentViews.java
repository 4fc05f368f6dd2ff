package uk.gov.dorsetcouncil.edu.send.assessment.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.platform.disclosure.Figures;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;
import uk.gov.dorsetcouncil.edu.send.assessment.Appeal;
import uk.gov.dorsetcouncil.edu.send.assessment.Assessment;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentException;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentMeasures;
import uk.gov.dorsetcouncil.edu.send.assessment.DueStep;
import uk.gov.dorsetcouncil.edu.send.assessment.Step;

/** EHC needs assessments as the REST API shows them. */
final class AssessmentViews {

	private AssessmentViews() {
	}

	@Schema(description = "A statutory step: its clock, the date the law sets, the date due once exceptions apply, and whether it is (or was) missed")
	record StepView(@Schema(description = "what is due") String kind,
			@Schema(description = "who must act: LOCAL_AUTHORITY, ADVISER, SCHOOL or PARENT") String actor,
			@Schema(description = "the day the clock runs from (not counted)") LocalDate startsOn,
			@Schema(description = "the last day on time without exceptions") LocalDate statutoryDueDate,
			@Schema(description = "the last day on time with the exceptions applied") LocalDate dueDate,
			@Schema(description = "the last working day on or before dueDate (weekends and bank holidays of England and Wales)") LocalDate actBy,
			@Schema(description = "the numbers of the exceptions that moved dueDate") List<Integer> exceptionsApplied,
			LocalDate doneDate, @Schema(description = "what a decision decided, else null") String outcome,
			@Schema(description = "done late, or not done and past dueDate (never for the parent's windows, nor a decision to issue)") boolean breach,
			@Schema(description = "the rule that sets it") String rule) {

		static StepView of(Step step, LocalDate today) {
			return new StepView(step.kind().name(), step.kind().actor().name(), step.startsOn(),
					step.statutoryDueDate(), step.dueDate(), step.actBy(), step.exceptionsApplied(), step.doneDate(),
					(step.outcome() != null) ? step.outcome().name() : null, step.breach(today), step.kind().rule());
		}

	}

	@Schema(description = "An exception to the time limits, with the period it covers and its evidence")
	record ExceptionView(int number, @Schema(
			description = "SCHOOL_CLOSURE, PERSONAL_CIRCUMSTANCES, ABSENCE_FROM_AREA or ADVICE_GIVER") String kind,
			@Schema(description = "for ADVICE_GIVER, the advice step it excuses") String adviceStep, LocalDate from,
			LocalDate to, long days, String evidence, String rule) {

		static ExceptionView of(AssessmentException e) {
			return new ExceptionView(e.number(), e.kind().name(),
					(e.adviceStep() != null) ? e.adviceStep().name() : null, e.from(), e.to(), e.days(), e.evidence(),
					e.kind().rule());
		}

	}

	record AppealView(LocalDate mediationCertificateOn, LocalDate lodgedOn, LocalDate hearingOn, LocalDate decidedOn) {

		static AppealView of(Appeal appeal) {
			return new AppealView(appeal.mediationCertificateOn(), appeal.lodgedOn(), appeal.hearingOn(),
					appeal.decidedOn());
		}

	}

	@Schema(description = "A request for an EHC needs assessment with its statutory steps")
	record AssessmentView(@Schema(description = "the child's UPN, '-' and a number") String id, String upn,
			String schoolUrn,
			@Schema(description = "PARENT, YOUNG_PERSON, SCHOOL or OTHER_PROFESSIONAL") String requestedBy,
			LocalDate receivedOn, String primaryNeed,
			@Schema(description = "OPEN, REFUSED_TO_ASSESS, NOT_TO_ISSUE or PLAN_ISSUED") String status,
			@Schema(description = "by due date") List<StepView> steps, List<ExceptionView> exceptions,
			AppealView appeal, String recordedBy,
			@Schema(format = "date-time") String recordedAt) implements ReleasedChild {

		static AssessmentView of(Assessment a, LocalDate today) {
			return new AssessmentView(a.id(), a.upn().value(), a.schoolUrn(), a.requester().name(), a.receivedOn(),
					(a.primaryNeed() != null) ? a.primaryNeed().name() : null, a.status().name(),
					a.steps().stream().map(s -> StepView.of(s, today)).toList(),
					a.exceptions().stream().map(ExceptionView::of).toList(), AppealView.of(a.appeal()), a.recordedBy(),
					a.recordedAt().toString());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record PupilAssessmentsView(String upn, List<AssessmentView> assessments) {
	}

	@Schema(description = "A step in a caseworker's queue: the soonest breach first")
	record QueuedStepView(String assessmentId, String upn, String schoolUrn, String kind, String actor,
			LocalDate dueDate, LocalDate actBy,
			@Schema(description = "days from today to the due date; negative once breached") long daysToBreach,
			boolean breach, String rule) implements ReleasedChild {

		static QueuedStepView of(DueStep due, LocalDate today) {
			Assessment a = due.assessment();
			Step s = due.step();
			return new QueuedStepView(a.id(), a.upn().value(), a.schoolUrn(), s.kind().name(), s.kind().actor().name(),
					s.dueDate(), s.actBy(), ChronoUnit.DAYS.between(today, s.dueDate()), s.breach(today),
					s.kind().rule());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	/**
	 * A count, or "c" when it is hidden as a small number (GSS symbol); only callers
	 * without pupil-level rights see hidden counts.
	 */
	@Schema(description = "EHC needs assessment figures for the requests received in a period; a count is a number, or \"c\" where small numbers are hidden (callers without ehcp:read)")
	record MeasuresView(LocalDate from, LocalDate to, boolean suppressed,
			@Schema(implementation = Object.class) Object received,
			@Schema(implementation = Object.class) Object assessed,
			@Schema(implementation = Object.class) Object refused,
			@Schema(implementation = Object.class) Object undecided,
			@Schema(implementation = Object.class) Object notToIssue,
			@Schema(implementation = Object.class) Object plansIssued,
			@Schema(implementation = Object.class) Object withinTwentyWeeks,
			@Schema(implementation = Object.class) Object withinExceptions,
			@Schema(implementation = Object.class) Object late) {

		static MeasuresView of(AssessmentMeasures m, boolean pupilLevel) {
			SmallNumberSuppression suppression = pupilLevel ? SmallNumberSuppression.off()
					: new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD);
			Figures figures = new Figures();
			int received = figures.add(m.received());
			int assessed = figures.add(m.assessed());
			int refused = figures.add(m.refused());
			int undecided = figures.add(m.undecided());
			int notToIssue = figures.add(m.notToIssue());
			int issued = figures.add(m.plansIssued());
			int within = figures.add(m.withinTwentyWeeks());
			int excepted = figures.add(m.withinExceptions());
			int late = figures.add(m.late());
			figures.sum(received, assessed, refused, undecided);
			figures.sum(issued, within, excepted, late);
			SmallNumberSuppression.Suppressed shown = suppression.apply(figures);
			return new MeasuresView(m.from(), m.to(), !pupilLevel, shown.figure(received).shown(),
					shown.figure(assessed).shown(), shown.figure(refused).shown(), shown.figure(undecided).shown(),
					shown.figure(notToIssue).shown(), shown.figure(issued).shown(), shown.figure(within).shown(),
					shown.figure(excepted).shown(), shown.figure(late).shown());
		}

	}

}
