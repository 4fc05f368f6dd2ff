package uk.gov.dorsetcouncil.edu.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.DorsetTermDates;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.InsetDays;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.school.SchoolCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

class InsetDaysTest {

	@ParameterizedTest
	@CsvSource({ "2025, 2025-09-03, 2026-01-05, 2026-04-13", "2026, 2026-09-03, 2027-01-04, 2027-04-12" })
	void fiveTermWeekdaysAYearTheFirstDayOfEachTermAmongThem(int year, LocalDate autumn, LocalDate spring,
			LocalDate summer) {
		List<School> schools = SchoolCatalogue.dorset(7);
		Map<String, Set<LocalDate>> inset = InsetDays.of(7, schools, new AcademicYear(year));
		assertThat(inset).hasSize(159);
		inset.values().forEach(days -> {
			assertThat(days).hasSize(5).contains(autumn, spring, summer);
			assertThat(days).allSatisfy(d -> assertThat(DorsetTermDates.isTermWeekday(d)).isTrue());
		});
		assertThat(inset.values().stream().distinct().count()).as("the two drawn days differ between schools")
			.isGreaterThan(5);
		assertThat(InsetDays.of(7, schools, new AcademicYear(year))).as("seeded").isEqualTo(inset);

		SchoolDays days = InsetDays.termWeekdaysWithout(inset);
		School school = schools.get(0);
		assertThat(days.isSchoolDay(school.urn(), autumn)).isFalse();
		assertThat(days.isSchoolDay(schools.get(1).urn(), autumn)).isFalse();
		long schoolDays = autumn.datesUntil(LocalDate.of(year + 1, 7, 31))
			.filter(d -> days.isSchoolDay(school.urn(), d))
			.count();
		long termWeekdays = autumn.datesUntil(LocalDate.of(year + 1, 7, 31))
			.filter(DorsetTermDates::isTermWeekday)
			.count();
		assertThat(schoolDays).as("five fewer days with pupils than the LA's term weekdays")
			.isEqualTo(termWeekdays - 5)
			.isBetween(185L, 190L);
	}

}
