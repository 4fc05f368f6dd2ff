package uk.gov.dorsetcouncil.edu.synthetic.timetable;

import java.time.LocalDate;
import java.util.List;

/**
 * A part-time timetable as the school's MIS would send it to the platform
 * ({@code POST /api/v1/belonging/part-time-timetables}), with the reviews the school then
 * did.
 *
 * @param urn the school
 * @param upn the pupil
 * @param startDate a school day with the pupil on roll
 * @param hoursPerWeek the hours agreed, in half hours
 * @param reason a reason of the belonging service's table
 * @param parentAgreedOn a few days before the start
 * @param reviewDates every four weeks from the start, up to the end
 * @param reviewsDone the review dates the school keeps (a review done on its date)
 * @param endDate its last day, or null when the school set none
 */
public record GeneratedTimetable(String urn, String upn, LocalDate startDate, double hoursPerWeek, String reason,
		LocalDate parentAgreedOn, List<LocalDate> reviewDates, List<LocalDate> reviewsDone, LocalDate endDate) {

	public GeneratedTimetable {
		reviewDates = List.copyOf(reviewDates);
		reviewsDone = List.copyOf(reviewsDone);
	}

	/** Days on it, first and last counted, to its end or to {@code day} with none. */
	public long lengthInDays(LocalDate day) {
		LocalDate last = (this.endDate != null) ? this.endDate : day;
		return java.time.temporal.ChronoUnit.DAYS.between(this.startDate, last) + 1;
	}

	/** A key that names it however often it is generated: the retry key of its upload. */
	public String key() {
		return this.upn + ":" + this.urn + ":" + this.startDate + ":PT";
	}

}
