package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.LocalDate;

/**
 * One alert about a pupil's provision: what, about which record, since when.
 *
 * @param alert the alert
 * @param upn the pupil
 * @param schoolUrn the school concerned (the excluding, home or leaving school), or null
 * @param recordId the exclusion, placement or move it is about
 * @param since the day it arose
 */
public record RaisedAlert(PlacementAlert alert, String upn, String schoolUrn, String recordId, LocalDate since) {

}
