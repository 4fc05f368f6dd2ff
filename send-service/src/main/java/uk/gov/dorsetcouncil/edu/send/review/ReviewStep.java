package uk.gov.dorsetcouncil.edu.send.review;

import java.time.LocalDate;
import java.util.Objects;

import uk.gov.dorsetcouncil.edu.send.assessment.WorkingDays;

/**
 * One step of an annual review: when its clock started, the last day on time, when it was
 * done and, for the decision, what was decided.
 *
 * @param kind what the step is
 * @param startsOn the day its clock runs from
 * @param dueDate the last day on time
 * @param doneDate when it was done, or null
 * @param outcome the decision's outcome, else null
 */
public record ReviewStep(ReviewStepKind kind, LocalDate startsOn, LocalDate dueDate, LocalDate doneDate,
		ReviewOutcome outcome) {

	public ReviewStep {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(dueDate, "dueDate");
	}

	public boolean done() {
		return this.doneDate != null;
	}

	/**
	 * Whether a duty was (or is being) missed: done after its date, or not done and its
	 * date has passed. The parent's days and the early years reminder never are.
	 */
	public boolean breach(LocalDate today) {
		if (!this.kind.isDuty()) {
			return false;
		}
		return done() ? this.doneDate.isAfter(this.dueDate) : today.isAfter(this.dueDate);
	}

	/** The last working day on or before the due date: the day to act by. */
	public LocalDate actBy() {
		return WorkingDays.lastOnOrBefore(this.dueDate);
	}

	ReviewStep done(LocalDate on, ReviewOutcome decided) {
		return new ReviewStep(this.kind, this.startsOn, this.dueDate, on, decided);
	}

}
