package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.LocalDate;

/**
 * A meeting of the Dorset Education Board, which the strategy reports to at each meeting.
 *
 * @param date the day it meets
 * @param title what it is called
 * @param term the school term it falls in: the summer term's meeting also has the
 * stakeholder update ("update stakeholders each summer term")
 */
public record BoardMeeting(LocalDate date, String title, Term term) {

	/** The school terms, one Board meeting in each. */
	public enum Term {

		AUTUMN, SPRING, SUMMER

	}

}
