package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.LocalDate;

/**
 * One line of an entry's enquiry log: what an officer did on a date and what came of it.
 *
 * @param date when
 * @param action what was done (a visit, a letter, a check with another LA...)
 * @param outcome what came of it, or null
 * @param by who recorded it
 */
public record Enquiry(LocalDate date, String action, String outcome, String by) {
}
