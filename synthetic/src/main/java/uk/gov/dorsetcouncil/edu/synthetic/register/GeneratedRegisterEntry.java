package uk.gov.dorsetcouncil.edu.synthetic.register;

import java.time.LocalDate;

/**
 * A child on one of the registers the LA's officers keep, as generated: home education
 * from a parent's written notice (opened by the officer,
 * {@code POST /api/v1/belonging/registers/entries}), or missing education after a
 * deletion from the roll with no known destination (opened by belonging from attendance's
 * roll changes; found on another school's roll or not).
 *
 * @param kind {@code ELECTIVE_HOME_EDUCATION} or {@code CHILD_MISSING_EDUCATION}
 * @param urn the school left
 * @param upn the child
 * @param date EHE: the notice's date; CME: the leaving date
 * @param openedOn EHE: when the officer opened the entry; CME: the leaving date
 * @param specialSchool EHE: the school left is a special school
 * @param ehcPlan the child has an EHC plan
 */
public record GeneratedRegisterEntry(String kind, String urn, String upn, LocalDate date, LocalDate openedOn,
		boolean specialSchool, boolean ehcPlan) {

	public static final String HOME_EDUCATION = "ELECTIVE_HOME_EDUCATION";

	public static final String MISSING_EDUCATION = "CHILD_MISSING_EDUCATION";

	/** The retry key of its upload. */
	public String key() {
		return this.upn + ":" + this.kind + ":" + this.date;
	}

}
