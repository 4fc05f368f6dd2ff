package uk.gov.dorsetcouncil.edu.synthetic.calendar;

import java.time.LocalDate;

/** An academic year, 1 September to 31 August, named by the year it starts in. */
public record AcademicYear(int startYear) {

	public LocalDate start() {
		return LocalDate.of(this.startYear, 9, 1);
	}

	public LocalDate end() {
		return LocalDate.of(this.startYear + 1, 8, 31);
	}

	/** "2025/26". */
	public String label() {
		return this.startYear + "/" + String.format("%02d", (this.startYear + 1) % 100);
	}

	public static AcademicYear containing(LocalDate date) {
		return new AcademicYear((date.getMonthValue() >= 9) ? date.getYear() : date.getYear() - 1);
	}

}
