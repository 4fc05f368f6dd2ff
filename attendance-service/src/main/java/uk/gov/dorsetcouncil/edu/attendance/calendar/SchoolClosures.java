package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A school's own INSET days and closures with their reasons, or empty for a school the
 * service does not know. Kept as a port so that the calendar does not depend on how
 * schools are stored.
 */
@FunctionalInterface
public interface SchoolClosures {

	Optional<Map<LocalDate, String>> of(String urn);

}
