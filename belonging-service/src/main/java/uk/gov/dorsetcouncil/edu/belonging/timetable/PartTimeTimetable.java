package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A part-time timetable a school agreed for a pupil on its roll.
 *
 * @param id {@code <UPN>-T<n>}, the pupil's n-th recorded timetable
 * @param upn the pupil
 * @param schoolUrn the school that agreed it
 * @param startDate its first day
 * @param hoursPerWeek the hours a week agreed, in quarter hours, below a full week
 * @param reason why, from the table
 * @param parentAgreedOn when the parent agreed (no timetable without it)
 * @param reintegrationPlan how the pupil returns to full time
 * @param reviewDates when it is to be reviewed, in order
 * @param reviewsDone when it was reviewed, in order
 * @param endDate its last day, or null while none is set
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record PartTimeTimetable(String id, Upn upn, String schoolUrn, LocalDate startDate, double hoursPerWeek,
		PartTimeReason reason, LocalDate parentAgreedOn, String reintegrationPlan, List<LocalDate> reviewDates,
		List<LocalDate> reviewsDone, LocalDate endDate, String recordedBy, Instant recordedAt) {

	public PartTimeTimetable {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(startDate, "startDate");
		Objects.requireNonNull(reason, "reason");
		reviewDates = reviewDates.stream().sorted().distinct().toList();
		reviewsDone = reviewsDone.stream().sorted().distinct().toList();
	}

	/** Its last day so far: the end date once passed, else today. */
	public LocalDate lastDayBy(LocalDate today) {
		return (this.endDate != null && this.endDate.isBefore(today)) ? this.endDate : today;
	}

	/**
	 * Its length in days, first and last counted: to the end date when one is set (a
	 * planned end counts, so a plan for eight weeks shows at once), else to today.
	 */
	public long lengthInDays(LocalDate today) {
		LocalDate last = (this.endDate != null) ? this.endDate : today;
		return Math.max(0, ChronoUnit.DAYS.between(this.startDate, last) + 1);
	}

	/** Days on it up to a day, first and last counted (0 before it starts). */
	public long daysOnBy(LocalDate day) {
		return Math.max(0, ChronoUnit.DAYS.between(this.startDate, lastDayBy(day)) + 1);
	}

	/** On the timetable that day. */
	public boolean onOn(LocalDate date) {
		return !this.startDate.isAfter(date) && (this.endDate == null || !this.endDate.isBefore(date));
	}

	/** Some day from {@code from} to {@code to} falls within it. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return !this.startDate.isAfter(to) && (this.endDate == null || !this.endDate.isBefore(from));
	}

	PartTimeTimetable reviewed(LocalDate on, LocalDate next) {
		List<LocalDate> done = java.util.stream.Stream.concat(this.reviewsDone.stream(), java.util.stream.Stream.of(on))
			.toList();
		List<LocalDate> planned = (next == null) ? this.reviewDates
				: java.util.stream.Stream.concat(this.reviewDates.stream(), java.util.stream.Stream.of(next)).toList();
		return new PartTimeTimetable(this.id, this.upn, this.schoolUrn, this.startDate, this.hoursPerWeek, this.reason,
				this.parentAgreedOn, this.reintegrationPlan, planned, done, this.endDate, this.recordedBy,
				this.recordedAt);
	}

	PartTimeTimetable endingOn(LocalDate end) {
		return new PartTimeTimetable(this.id, this.upn, this.schoolUrn, this.startDate, this.hoursPerWeek, this.reason,
				this.parentAgreedOn, this.reintegrationPlan, this.reviewDates, this.reviewsDone, end, this.recordedBy,
				this.recordedAt);
	}

}
