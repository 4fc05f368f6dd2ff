package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * An academic year for figures: 1 August to 31 July (DfE absence methodology; the census
 * autumn term starts on 1 August).
 *
 * @param startYear the calendar year in which it starts (2026 for 2026/27)
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

	public static AcademicYear of(LocalDate date) {
		return new AcademicYear(
				(date.getMonthValue() >= Month.AUGUST.getValue()) ? date.getYear() : date.getYear() - 1);
	}

	/** Parses the usual label, for example {@code 2026/27}. */
	public static AcademicYear parse(String label) {
		if (label == null || !label.matches("\\d{4}/\\d{2}")) {
			throw new IllegalArgumentException("an academic year is written like 2026/27, not '" + label + "'");
		}
		AcademicYear year = new AcademicYear(Integer.parseInt(label.substring(0, 4)));
		if (!year.label().equals(label)) {
			throw new IllegalArgumentException("'" + label + "' is not a run of two consecutive years");
		}
		return year;
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.startYear, Month.AUGUST, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(this.startYear + 1, Month.JULY, 31);
	}

	public int lengthInDays() {
		return (int) ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
	}

	/** Days from 1 August, 0 for 1 August itself. */
	public int dayIndex(LocalDate date) {
		if (!contains(date)) {
			throw new IllegalArgumentException(date + " is not in academic year " + label());
		}
		return (int) ChronoUnit.DAYS.between(firstDay(), date);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public AcademicYear next() {
		return new AcademicYear(this.startYear + 1);
	}

	public String label() {
		return this.startYear + "/" + String.format("%02d", (this.startYear + 1) % 100);
	}

	@Override
	public int compareTo(AcademicYear other) {
		return Integer.compare(this.startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}

}
