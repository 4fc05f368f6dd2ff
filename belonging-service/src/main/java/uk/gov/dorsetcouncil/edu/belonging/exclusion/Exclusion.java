package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A suspension or permanent exclusion as the school recorded it, with the statutory steps
 * that follow from it.
 *
 * @param id {@code <UPN>-<n>}, the pupil's n-th recorded exclusion
 * @param upn the pupil
 * @param schoolUrn the excluding school
 * @param type suspension or permanent exclusion
 * @param startDate its first day, a school day at the school
 * @param length how long a suspension lasts; null for a permanent exclusion
 * @param reasons one to three DfE reason codes, in the school's order
 * @param decidedBy the headteacher (or acting headteacher) who decided
 * @param lookedAfter the child is looked after (the virtual school head is told)
 * @param socialWorker the child has a social worker (who is told)
 * @param missesPublicExam it makes the child miss a public exam or national curriculum
 * test (the board must then meet, before the exam where it can)
 * @param meetingRequestedOn when the parent asked the governing board to meet, or null
 * @param steps what the law requires next, in the order they arise
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record Exclusion(String id, Upn upn, String schoolUrn, ExclusionType type, LocalDate startDate,
		SuspensionLength length, List<ExclusionReason> reasons, String decidedBy, boolean lookedAfter,
		boolean socialWorker, boolean missesPublicExam, LocalDate meetingRequestedOn, List<Step> steps,
		String recordedBy, Instant recordedAt) {

	public Exclusion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(startDate, "startDate");
		if ((type == ExclusionType.SUSPENSION) != (length != null)) {
			throw new IllegalArgumentException("a suspension has a length, a permanent exclusion none");
		}
		reasons = List.copyOf(reasons);
		steps = List.copyOf(steps);
	}

	public boolean permanent() {
		return this.type == ExclusionType.PERMANENT_EXCLUSION;
	}

	/** Half school days of suspension it counts for (none for a permanent exclusion). */
	public int halfDays() {
		return permanent() ? 0 : this.length.halfDays();
	}

	public Optional<Step> step(StepKind kind) {
		return this.steps.stream().filter(step -> step.kind() == kind).findFirst();
	}

	/** Whether a meeting or reconsideration directed the pupil's reinstatement. */
	public Optional<LocalDate> reinstatedOn() {
		return this.steps.stream()
			.filter(step -> step.outcome() == StepOutcome.REINSTATED)
			.map(Step::doneDate)
			.findFirst();
	}

	Exclusion withSteps(List<Step> steps) {
		return new Exclusion(this.id, this.upn, this.schoolUrn, this.type, this.startDate, this.length, this.reasons,
				this.decidedBy, this.lookedAfter, this.socialWorker, this.missesPublicExam, this.meetingRequestedOn,
				steps, this.recordedBy, this.recordedAt);
	}

	Exclusion withMeetingRequestedOn(LocalDate requested) {
		return new Exclusion(this.id, this.upn, this.schoolUrn, this.type, this.startDate, this.length, this.reasons,
				this.decidedBy, this.lookedAfter, this.socialWorker, this.missesPublicExam, requested, this.steps,
				this.recordedBy, this.recordedAt);
	}

}
