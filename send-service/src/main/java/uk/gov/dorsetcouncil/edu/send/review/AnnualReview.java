package uk.gov.dorsetcouncil.edu.send.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * One annual review of a child's EHC plan: the 12 months it closes, the meeting, the LA's
 * decision and, when it amends the plan, the amendments; with the phase transfer it
 * prepares for and the child's date of birth when the early years reminder applies.
 *
 * @param id the child's UPN, "-R" and a number
 * @param upn the child
 * @param schoolUrn the school the plan names, or null
 * @param reviewFrom the day the 12 months run from: the plan made or last reviewed
 * @param meetingOn the day the meeting is arranged for
 * @param bornOn the child's date of birth, when given (for the under-5 reminder)
 * @param transfer the phase transfer the review prepares, or null
 * @param transferYear the calendar year of that move, or null
 * @param steps the steps, by due date
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record AnnualReview(String id, Upn upn, String schoolUrn, LocalDate reviewFrom, LocalDate meetingOn,
		LocalDate bornOn, PhaseTransfer transfer, Integer transferYear, List<ReviewStep> steps, String recordedBy,
		Instant recordedAt) {

	public AnnualReview {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(upn, "upn");
		Objects.requireNonNull(reviewFrom, "reviewFrom");
		Objects.requireNonNull(meetingOn, "meetingOn");
		steps = List.copyOf(steps);
	}

	public Optional<ReviewStep> step(ReviewStepKind kind) {
		return this.steps.stream().filter(step -> step.kind() == kind).findFirst();
	}

	/** The day the meeting was held, once it was. */
	public Optional<LocalDate> heldOn() {
		return step(ReviewStepKind.REVIEW_MEETING).filter(ReviewStep::done).map(ReviewStep::doneDate);
	}

	public Optional<ReviewOutcome> decision() {
		return step(ReviewStepKind.DECISION).filter(ReviewStep::done).map(ReviewStep::outcome);
	}

	/** The amended plan's last day at a phase transfer, when the review prepares one. */
	public Optional<LocalDate> transferDue() {
		return (this.transfer != null) ? Optional.of(this.transfer.amendedPlanDue(this.transferYear))
				: Optional.empty();
	}

	public ReviewStatus status() {
		Optional<ReviewOutcome> decided = decision();
		if (decided.isEmpty()) {
			return ReviewStatus.OPEN;
		}
		return switch (decided.get()) {
			case MAINTAIN -> ReviewStatus.MAINTAINED;
			case CEASE -> ReviewStatus.CEASED;
			case AMEND -> step(ReviewStepKind.AMENDED_PLAN).filter(ReviewStep::done).isPresent() ? ReviewStatus.AMENDED
					: ReviewStatus.OPEN;
		};
	}

	public boolean open() {
		return status() == ReviewStatus.OPEN;
	}

	/** The caseworker's steps not done: the LA's duties and reminders. */
	public List<ReviewStep> openSteps() {
		return this.steps.stream().filter(step -> !step.done() && step.kind().isQueued()).toList();
	}

	AnnualReview withSteps(List<ReviewStep> next) {
		return new AnnualReview(this.id, this.upn, this.schoolUrn, this.reviewFrom, this.meetingOn, this.bornOn,
				this.transfer, this.transferYear, next, this.recordedBy, this.recordedAt);
	}

}
