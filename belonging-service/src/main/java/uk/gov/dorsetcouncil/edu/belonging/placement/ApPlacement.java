package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * An alternative provision placement commissioned for a pupil by a school or the local
 * authority (ADR 0036).
 *
 * @param id {@code <UPN>-AP<n>}, the pupil's n-th recorded placement
 * @param upn the pupil
 * @param schoolUrn the pupil's home school (the commissioning school), or null for a
 * pupil the LA places with no school (after a permanent exclusion)
 * @param commissionedBy the school or the local authority
 * @param reason why, the AP census' primary reason
 * @param exclusionId the exclusion it is the sixth-day provision for, or null
 * @param providerName the provider
 * @param providerUrn the provider's URN when it is a registered school, or null
 * @param setting what kind of provider
 * @param startDate its first day
 * @param endDate its last day: planned, or actual once the outcome is recorded; null
 * while open-ended
 * @param sessionsPerWeek sessions a week at the provider (ten is full time)
 * @param awayFromHomeLocality outside the pupil's home locality (the Belonging Plan's
 * measure 16)
 * @param reviewDates when it is to be reviewed
 * @param reviewsDone when it was reviewed
 * @param outcome how it ended, or null while it runs
 * @param destinationUrn the new school for {@link PlacementOutcome#NEW_SCHOOL}, else null
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record ApPlacement(String id, Upn upn, String schoolUrn, Commissioner commissionedBy, PlacementReason reason,
		String exclusionId, String providerName, String providerUrn, ProvisionSetting setting, LocalDate startDate,
		LocalDate endDate, int sessionsPerWeek, boolean awayFromHomeLocality, List<LocalDate> reviewDates,
		List<LocalDate> reviewsDone, PlacementOutcome outcome, String destinationUrn, String recordedBy,
		Instant recordedAt) {

	public ApPlacement {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(commissionedBy, "commissionedBy");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(startDate, "startDate");
		reviewDates = reviewDates.stream().sorted().distinct().toList();
		reviewsDone = reviewsDone.stream().sorted().distinct().toList();
	}

	/** In provision that day: from its start to its end (planned or actual). */
	public boolean runningOn(LocalDate day) {
		return !this.startDate.isAfter(day) && (this.endDate == null || !this.endDate.isBefore(day));
	}

	/** Some day from {@code from} to {@code to} falls within it. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return !this.startDate.isAfter(to) && (this.endDate == null || !this.endDate.isBefore(from));
	}

	/**
	 * Time in alternative provision so far, in days, first and last counted: to its end
	 * once passed, else to today (0 before it starts).
	 */
	public long daysInProvision(LocalDate today) {
		LocalDate last = (this.endDate != null && this.endDate.isBefore(today)) ? this.endDate : today;
		return Math.max(0, ChronoUnit.DAYS.between(this.startDate, last) + 1);
	}

	/** The school the placement concerns for who may see it: the home school, if any. */
	public String concerningSchool() {
		return this.schoolUrn;
	}

	ApPlacement reviewed(LocalDate on, LocalDate next) {
		List<LocalDate> done = Stream.concat(this.reviewsDone.stream(), Stream.of(on)).toList();
		List<LocalDate> planned = (next == null) ? this.reviewDates
				: Stream.concat(this.reviewDates.stream(), Stream.of(next)).toList();
		return new ApPlacement(this.id, this.upn, this.schoolUrn, this.commissionedBy, this.reason, this.exclusionId,
				this.providerName, this.providerUrn, this.setting, this.startDate, this.endDate, this.sessionsPerWeek,
				this.awayFromHomeLocality, planned, done, this.outcome, this.destinationUrn, this.recordedBy,
				this.recordedAt);
	}

	ApPlacement ended(LocalDate end, PlacementOutcome how, String destination) {
		return new ApPlacement(this.id, this.upn, this.schoolUrn, this.commissionedBy, this.reason, this.exclusionId,
				this.providerName, this.providerUrn, this.setting, this.startDate, end, this.sessionsPerWeek,
				this.awayFromHomeLocality, this.reviewDates, this.reviewsDone, how, destination, this.recordedBy,
				this.recordedAt);
	}

}
