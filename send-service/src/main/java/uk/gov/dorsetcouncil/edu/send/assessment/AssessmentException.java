package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An exception to the time limits recorded against an EHC needs assessment, with the
 * period it covers and the evidence the LA holds for it (the Code of Practice expects the
 * family to be told when one is used).
 *
 * @param number its number within the assessment, from 1
 * @param kind which exception of the regulations (the reason, as a code)
 * @param adviceStep for an advice-giver's exception, the advice it excuses; else null
 * @param from the first day of the period it covers
 * @param to the last day of the period it covers
 * @param evidence what the LA holds to show it (a document reference, a note)
 */
public record AssessmentException(int number, ExceptionKind kind, StepKind adviceStep, LocalDate from, LocalDate to,
		String evidence) {

	public AssessmentException {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

	/** The days of the period, both ends counted. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** Whether it moves the given step's due date. */
	public boolean applies(StepKind step) {
		return step.movedBy().contains(this.kind) && (!this.kind.ofAnAdviceGiver() || this.adviceStep == step);
	}

}
