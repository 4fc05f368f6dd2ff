package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.platform.paging.Page;

/**
 * One page of a list computed as of a day: the alerts and the transition watch hold for
 * the day they were worked out on, and say so.
 *
 * @param asOf the day the list was computed for
 * @param page the page asked for
 */
public record ListedAsOf<T>(LocalDate asOf, Page<T> page) {

}
