package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated step of a register entry: what is due, by when, when it was done and what it
 * decided.
 *
 * @param kind what the step is
 * @param dueDate the last day it is on time
 * @param doneDate when it was done, or null
 * @param outcome what it decided (one of the kind's outcomes), or null
 */
public record RegisterStep(RegisterStepKind kind, LocalDate dueDate, LocalDate doneDate, String outcome) {

	public RegisterStep {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(dueDate, "dueDate");
	}

	public static RegisterStep due(RegisterStepKind kind, LocalDate dueDate) {
		return new RegisterStep(kind, dueDate, null, null);
	}

	public boolean done() {
		return this.doneDate != null;
	}

	/**
	 * Done after its date, or not done and its date has passed (never the parent's
	 * window).
	 */
	public boolean breach(LocalDate today) {
		if (!this.kind.breachable()) {
			return false;
		}
		return done() ? this.doneDate.isAfter(this.dueDate) : today.isAfter(this.dueDate);
	}

	RegisterStep doneOn(LocalDate date, String decided) {
		return new RegisterStep(this.kind, this.dueDate, date, decided);
	}

}
