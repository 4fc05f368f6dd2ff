package uk.gov.dorsetcouncil.edu.send.review.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.platform.disclosure.Figures;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;
import uk.gov.dorsetcouncil.edu.send.review.AnnualReview;
import uk.gov.dorsetcouncil.edu.send.review.DueReviewStep;
import uk.gov.dorsetcouncil.edu.send.review.ReviewMeasures;
import uk.gov.dorsetcouncil.edu.send.review.ReviewStep;

/** Annual reviews as the REST API shows them. */
final class ReviewViews {

	private ReviewViews() {
	}

	@Schema(description = "A step of an annual review: its clock, the last day on time, and whether it is (or was) missed")
	record ReviewStepView(@Schema(
			description = "REVIEW_MEETING, PAPERS_CIRCULATED, DECISION, PARENT_COMMENTS, AMENDED_PLAN or EARLY_YEARS_REMINDER") String kind,
			@Schema(description = "who must act: LOCAL_AUTHORITY or PARENT") String actor,
			@Schema(description = "the day the clock runs from (not counted)", format = "date") LocalDate startsOn,
			@Schema(description = "the last day on time", format = "date") LocalDate dueDate,
			@Schema(description = "the last working day on or before dueDate (weekends and bank holidays of England and Wales)",
					format = "date") LocalDate actBy,
			@Schema(description = "when it was done", format = "date") LocalDate doneDate,
			@Schema(description = "the decision's outcome: MAINTAIN, AMEND or CEASE; else null") String outcome,
			@Schema(description = "done late, or not done and past dueDate (never for the parent's 15 days nor the early years reminder)") boolean breach,
			@Schema(description = "the rule that sets it") String rule) {

		static ReviewStepView of(ReviewStep step, LocalDate today) {
			return new ReviewStepView(step.kind().name(), step.kind().actor().name(), step.startsOn(), step.dueDate(),
					step.actBy(), step.doneDate(), (step.outcome() != null) ? step.outcome().name() : null,
					step.breach(today), step.kind().rule());
		}

	}

	@Schema(description = "An annual review of an EHC plan with its steps")
	record ReviewView(@Schema(description = "the child's UPN, '-R' and a number") String id, String upn,
			@Schema(description = "the school the plan names, when it names one") String schoolUrn,
			@Schema(description = "the plan made or last reviewed: the 12 months run from it",
					format = "date") LocalDate reviewFrom,
			@Schema(description = "the day the meeting is arranged for", format = "date") LocalDate meetingOn,
			@Schema(description = "the child's date of birth, when given", format = "date") LocalDate bornOn,
			@Schema(description = "the phase transfer the review prepares, or null") String phaseTransfer,
			@Schema(description = "the calendar year of that move") Integer transferYear,
			@Schema(description = "OPEN, MAINTAINED, AMENDED or CEASED") String status,
			@Schema(description = "by due date") List<ReviewStepView> steps, String recordedBy,
			@Schema(format = "date-time") String recordedAt) implements ReleasedChild {

		static ReviewView of(AnnualReview r, LocalDate today) {
			return new ReviewView(r.id(), r.upn().value(), r.schoolUrn(), r.reviewFrom(), r.meetingOn(), r.bornOn(),
					(r.transfer() != null) ? r.transfer().name() : null, r.transferYear(), r.status().name(),
					r.steps().stream().map(s -> ReviewStepView.of(s, today)).toList(), r.recordedBy(),
					r.recordedAt().toString());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record PupilReviewsView(String upn, List<ReviewView> reviews) {
	}

	@Schema(description = "A review step in a caseworker's queue: the soonest breach first")
	record QueuedReviewStepView(@Schema(
			description = "the review, or null for the meeting of a plan whose review is not arranged yet") String reviewId,
			String upn, String schoolUrn, String kind,
			@Schema(description = "the last day on time", format = "date") LocalDate dueDate,
			@Schema(format = "date") LocalDate actBy,
			@Schema(description = "days from today to the due date; negative once breached") long daysToBreach,
			@Schema(description = "past its due date (never for the early years reminder)") boolean breach,
			String rule) implements ReleasedChild {

		static QueuedReviewStepView of(DueReviewStep due, LocalDate today) {
			ReviewStep s = due.step();
			return new QueuedReviewStepView(due.reviewId(), due.upn().value(), due.schoolUrn(), s.kind().name(),
					s.dueDate(), s.actBy(), ChronoUnit.DAYS.between(today, s.dueDate()), s.breach(today),
					s.kind().rule());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	@Schema(description = "Annual reviews held in a period and on time (within 12 months of the plan or the last review); a count is a number, or \"c\" where small numbers are hidden (callers without ehcp:read), and the share is then null when it would reveal one")
	record ReviewMeasuresView(@Schema(format = "date") LocalDate from, @Schema(format = "date") LocalDate to,
			boolean suppressed, @Schema(implementation = Object.class) Object held,
			@Schema(implementation = Object.class) Object onTime, @Schema(implementation = Object.class) Object late,
			@Schema(description = "onTime out of held, per cent to one place") Double onTimePercent,
			@Schema(implementation = Object.class,
					description = "final plans whose review is overdue today") Object overdueNow) {

		static ReviewMeasuresView of(ReviewMeasures m, boolean pupilLevel) {
			SmallNumberSuppression suppression = pupilLevel ? SmallNumberSuppression.off()
					: new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD);
			Figures figures = new Figures();
			int held = figures.add(m.held());
			int onTime = figures.add(m.onTime());
			int late = figures.add(m.late());
			int overdue = figures.add(m.overdueNow());
			figures.sum(held, onTime, late);
			SmallNumberSuppression.Suppressed shown = suppression.apply(figures);
			Double share = shown.anyHidden(held, onTime, late) ? null : m.onTimePercent();
			return new ReviewMeasuresView(m.from(), m.to(), !pupilLevel, shown.figure(held).shown(),
					shown.figure(onTime).shown(), shown.figure(late).shown(), share, shown.figure(overdue).shown());
		}

	}

}
