package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A managed move: the pupil's transfer to another school, agreed by both schools and the
 * parent, as a fresh start and never a trial (ADR 0036).
 *
 * @param id {@code <UPN>-MM<n>}, the pupil's n-th recorded move
 * @param upn the pupil
 * @param fromSchoolUrn the school the pupil leaves
 * @param toSchoolUrn the school the pupil joins
 * @param parentAgreedOn when the parent agreed
 * @param newSchoolAgreedOn when the new school (its admission authority) agreed
 * @param startDate the first day at the new school
 * @param outcome how it ended, or null while it is not yet confirmed
 * @param outcomeOn when the outcome happened, or null
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record ManagedMove(String id, Upn upn, String fromSchoolUrn, String toSchoolUrn, LocalDate parentAgreedOn,
		LocalDate newSchoolAgreedOn, LocalDate startDate, MoveOutcome outcome, LocalDate outcomeOn, String recordedBy,
		Instant recordedAt) {

	public ManagedMove {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(startDate, "startDate");
	}

	ManagedMove ended(MoveOutcome how, LocalDate on) {
		return new ManagedMove(this.id, this.upn, this.fromSchoolUrn, this.toSchoolUrn, this.parentAgreedOn,
				this.newSchoolAgreedOn, this.startDate, how, on, this.recordedBy, this.recordedAt);
	}

}
