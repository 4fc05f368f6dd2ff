package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One statutory step of an exclusion: what is due, by when (a school day of the excluding
 * school), when it was done and, for a meeting or review, what it decided.
 *
 * @param kind what the step is
 * @param actor who must act (sixth-day provision is the school's for a suspension, the
 * local authority's for a permanent exclusion)
 * @param dueDate the last day it may be done on time
 * @param doneDate when it was done, or null
 * @param outcome what it decided, or null
 */
public record Step(StepKind kind, StepKind.Actor actor, LocalDate dueDate, LocalDate doneDate, StepOutcome outcome) {

	public Step {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(dueDate, "dueDate");
	}

	public boolean done() {
		return this.doneDate != null;
	}

	/**
	 * Whether a duty was (or is being) missed: done after its date, or not done and its
	 * date has passed. The parent's window to apply for a review is never a breach.
	 */
	public boolean breach(LocalDate today) {
		if (!this.kind.isDuty()) {
			return false;
		}
		return done() ? this.doneDate.isAfter(this.dueDate) : today.isAfter(this.dueDate);
	}

	/** Not done and its date has come: shown as an alert until it is done. */
	public boolean outstandingBy(LocalDate today) {
		return !done() && !this.dueDate.isAfter(today);
	}

	Step withDueDate(LocalDate due, StepKind.Actor by) {
		return new Step(this.kind, by, due, this.doneDate, this.outcome);
	}

}
