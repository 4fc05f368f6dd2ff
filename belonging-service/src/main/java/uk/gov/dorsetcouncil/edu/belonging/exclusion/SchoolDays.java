package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.LocalDate;
import java.util.Optional;

/**
 * School-day arithmetic on one school's own calendar (term dates less its INSET days and
 * closures). Every statutory period of an exclusion is in school days of the excluding
 * school, never calendar days; the calendar is attendance-service's, asked over gRPC.
 */
public interface SchoolDays {

	/** Why the date is not a school day at the school, or empty when it is one. */
	Optional<String> notASchoolDay(String urn, LocalDate date);

	/** The date {@code n} school days after {@code date}, the date itself not counted. */
	LocalDate after(String urn, LocalDate date, int n);

}
