package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * One reason a child needs help now.
 *
 * @param type the rule that fired
 * @param urn the school whose roll the pupil is on
 * @param upn the pupil
 * @param pupilName given and family name, for the officer or school acting on it
 * @param yearGroup national curriculum year
 * @param since when the condition started (the day the threshold was crossed, the run
 * began, or the oldest unresolved mark)
 * @param reason why, in words, with the figures behind it
 */
public record Alert(AlertType type, String urn, Upn upn, String pupilName, int yearGroup, LocalDate since,
		String reason) {

}
