package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One statutory step of an EHC needs assessment: when its clock started, the date the law
 * sets, the date due once the exceptions are applied, when it was done and what it
 * decided.
 *
 * @param kind what the step is
 * @param startsOn the day its clock runs from (the request, or the request for advice)
 * @param statutoryDueDate the last day on time without any exception
 * @param dueDate the last day on time with the exceptions applied
 * @param exceptionsApplied the numbers of the exceptions that moved it
 * @param doneDate when it was done, or null
 * @param outcome what it decided, or null
 */
public record Step(StepKind kind, LocalDate startsOn, LocalDate statutoryDueDate, LocalDate dueDate,
		List<Integer> exceptionsApplied, LocalDate doneDate, StepOutcome outcome) {

	public Step {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(statutoryDueDate, "statutoryDueDate");
		Objects.requireNonNull(dueDate, "dueDate");
		exceptionsApplied = List.copyOf(exceptionsApplied);
	}

	public boolean done() {
		return this.doneDate != null;
	}

	/**
	 * Whether a duty was (or is being) missed: done after its date, or not done and its
	 * date has passed. The parent's windows are never a breach, nor a decision to issue a
	 * plan taken after 16 weeks: reg 10(1) limits only the notice of a decision not to
	 * issue (ADR 0031).
	 */
	public boolean breach(LocalDate today) {
		if (!this.kind.isDuty() || (done() && this.outcome == StepOutcome.ISSUE)) {
			return false;
		}
		return done() ? this.doneDate.isAfter(this.dueDate) : today.isAfter(this.dueDate);
	}

	/** The last working day on or before the due date: the day to act by. */
	public LocalDate actBy() {
		return WorkingDays.lastOnOrBefore(this.dueDate);
	}

	Step done(LocalDate on, StepOutcome decided) {
		return new Step(this.kind, this.startsOn, this.statutoryDueDate, this.dueDate, this.exceptionsApplied, on,
				decided);
	}

}
