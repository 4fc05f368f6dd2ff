package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A pupil's time on one school's admission register. The DfE counts absence per
 * enrolment: a dual-registered pupil has one at each school.
 *
 * @param urn the school
 * @param admissionDate the first day on roll
 * @param leavingDate the last day on roll, or null while still on roll
 * @param registration single or dual registration (census enrolment status)
 */
public record Enrolment(String urn, LocalDate admissionDate, LocalDate leavingDate, Registration registration) {

	public Enrolment {
		if (leavingDate != null && leavingDate.isBefore(admissionDate)) {
			throw new IllegalArgumentException("the leaving date is before the admission date");
		}
		registration = (registration != null) ? registration : Registration.SINGLE;
	}

	/** A single registration. */
	public Enrolment(String urn, LocalDate admissionDate, LocalDate leavingDate) {
		this(urn, admissionDate, leavingDate, Registration.SINGLE);
	}

	public boolean onRollOn(LocalDate date) {
		return !date.isBefore(this.admissionDate) && (this.leavingDate == null || !date.isAfter(this.leavingDate));
	}

	/**
	 * The part of a period the pupil was on roll: sessions outside admission to leaving
	 * are not possible sessions.
	 */
	public Optional<DateRange> onRollWithin(DateRange period) {
		LocalDate from = period.from().isBefore(this.admissionDate) ? this.admissionDate : period.from();
		LocalDate to = (this.leavingDate != null && this.leavingDate.isBefore(period.to())) ? this.leavingDate
				: period.to();
		return from.isAfter(to) ? Optional.empty() : Optional.of(new DateRange(from, to));
	}

}
