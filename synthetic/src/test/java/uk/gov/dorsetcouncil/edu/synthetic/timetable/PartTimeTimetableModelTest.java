package uk.gov.dorsetcouncil.edu.synthetic.timetable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.SyntheticEducation;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.Registers;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part-time timetables at the dorset scale (all 159 schools, 2025/26) land near Dorset's
 * 244 pupils a year, 99% of them for over six weeks, fall on the same pupils as poor
 * attendance, and are what the platform accepts.
 */
class PartTimeTimetableModelTest {

	static final SchoolDays DAYS = SchoolDays.dorsetTermWeekdays();

	static List<GeneratedTimetable> timetables = new ArrayList<>();

	static Map<String, Double> propensity = new HashMap<>();

	static Map<String, Integer> yearGroups = new HashMap<>();

	@BeforeAll
	static void generate() {
		SyntheticEducation county = SyntheticEducation.generate(2026, Scale.DORSET);
		Registers registers = new Registers(2026, Scale.DORSET.to());
		for (School school : county.schools()) {
			List<Pupil> pupils = county.pupils(school);
			pupils.forEach(p -> {
				propensity.put(p.upn(), registers.propensity(school, p).rate());
				yearGroups.put(p.upn(), p.yearGroup());
			});
			timetables.addAll(county.partTimeTimetables(school, DAYS));
		}
	}

	@Test
	void aboutDorsetsPupilsAYearNearlyAllForOverSixWeeks() {
		long overSixWeeks = timetables.stream().filter(t -> t.lengthInDays(Scale.DORSET.to()) > 42).count();

		// Dorset 2022/23: 244 pupils, 99% over six weeks (dorset-facts).
		assertThat(timetables).hasSizeBetween(200, 290);
		assertThat(100.0 * overSixWeeks / timetables.size()).isGreaterThanOrEqualTo(97.0);
	}

	@Test
	void pupilsOnPartTimeTimetablesAreOftenAbsent() {
		double everyone = propensity.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double onOne = timetables.stream().mapToDouble(t -> propensity.get(t.upn())).average().orElseThrow();

		assertThat(onOne).isGreaterThan(1.5 * everyone);
	}

	@Test
	void everyTimetableIsOneTheServiceAccepts() {
		assertThat(timetables).allSatisfy(t -> {
			assertThat(yearGroups.get(t.upn())).isBetween(1, 11);
			assertThat(t.hoursPerWeek()).isBetween(0.5, 32.25);
			assertThat(t.parentAgreedOn()).isBefore(t.startDate());
			assertThat(t.reviewDates()).isNotEmpty().allSatisfy(d -> assertThat(d).isAfter(t.startDate()));
			if (t.endDate() != null) {
				assertThat(t.reviewDates()).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(t.endDate()));
			}
			assertThat(t.reviewDates()).containsAll(t.reviewsDone());
			assertThat(DAYS.isSchoolDay(t.urn(), t.startDate())).isTrue();
		});
		assertThat(timetables.stream().map(GeneratedTimetable::upn).distinct()).hasSameSizeAs(timetables);
	}

}
