package uk.gov.dorsetcouncil.edu.send.review;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The moves between phases of education that SEND Regulations 2014 reg 2 defines as a
 * transfer between phases, and the date by which reg 18(1) has the plan reviewed and
 * amended, naming the new school, in the calendar year of the move: 15 February, or 31
 * March for a move from secondary school to post-16 education. (The five months before a
 * move between post-16 institutions, reg 18(1)(b), is not a phase transfer here: ADR
 * 0034.)
 */
public enum PhaseTransfer {

	EARLY_YEARS_TO_SCHOOL(MonthDay.of(2, 15)),

	INFANT_TO_JUNIOR(MonthDay.of(2, 15)),

	PRIMARY_TO_MIDDLE(MonthDay.of(2, 15)),

	PRIMARY_TO_SECONDARY(MonthDay.of(2, 15)),

	MIDDLE_TO_SECONDARY(MonthDay.of(2, 15)),

	SECONDARY_TO_POST_16(MonthDay.of(3, 31));

	private final MonthDay amendedBy;

	PhaseTransfer(MonthDay amendedBy) {
		this.amendedBy = amendedBy;
	}

	/**
	 * The last day for the amended plan naming the new school, for a move in the year.
	 */
	public LocalDate amendedPlanDue(int yearOfTransfer) {
		return this.amendedBy.atYear(yearOfTransfer);
	}

}
