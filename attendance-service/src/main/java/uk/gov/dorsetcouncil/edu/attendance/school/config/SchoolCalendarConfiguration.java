package uk.gov.dorsetcouncil.edu.attendance.school.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;

/** Wires school-day arithmetic to the term dates and the schools' own closures. */
@Configuration(proxyBeanMethods = false)
public class SchoolCalendarConfiguration {

	@Bean
	SchoolDays schoolDays(TermDates termDates, SchoolDirectory schools) {
		return new SchoolDays(termDates, (urn) -> schools.find(urn).map(School::closures));
	}

}
