package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.LocalDate;

/**
 * A meeting of the Dorset Education Board, which the strategy reports to at each meeting.
 *
 * @param date the day it meets
 * @param title what it is called
 */
public record BoardMeeting(LocalDate date, String title) {

}
