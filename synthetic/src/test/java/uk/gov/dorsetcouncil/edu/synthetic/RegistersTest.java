package uk.gov.dorsetcouncil.edu.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.DorsetTermDates;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.measures.MarkCategory;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.Session;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

class RegistersTest {

	private static final SyntheticEducation DEMO = SyntheticEducation.generate(2026, Scale.DEMO);

	@Test
	void demoIsSmallAndLikeTodaysDemo() {
		assertThat(DEMO.schools()).hasSize(12);
		assertThat(DEMO.pupilCount()).isBetween(400L, 1_200L);
	}

	@Test
	void onlyPupilsOnRollAndOnlyDaysTheCalendarAccepts() {
		LocalDate closed = LocalDate.of(2026, 10, 7);
		SchoolDays calendar = (urn, date) -> DorsetTermDates.isTermWeekday(date) && !date.equals(closed);
		for (School school : DEMO.schools()) {
			Map<String, Pupil> roll = DEMO.pupils(school).stream().collect(Collectors.toMap(Pupil::upn, p -> p));
			List<SessionMark> marks = DEMO.marks(school, calendar).toList();
			assertThat(marks).allSatisfy(m -> {
				assertThat(roll.get(m.upn()).onRoll(m.date())).as("%s on roll on %s", m.upn(), m.date()).isTrue();
				assertThat(calendar.isSchoolDay(school.urn(), m.date())).isTrue();
				assertThat(m.date()).isBetween(Scale.DEMO.from(), Scale.DEMO.to());
				MarkCategory.of(m.code());
			});
			// One mark per pupil on roll per session of each school day.
			Map<String, Long> perSession = marks.stream()
				.collect(Collectors.groupingBy(m -> m.date() + m.session().name(), Collectors.counting()));
			perSession.forEach((session, count) -> {
				LocalDate date = LocalDate.parse(session.substring(0, 10));
				assertThat(count).isEqualTo(roll.values().stream().filter(p -> p.onRoll(date)).count());
			});
		}
	}

	@Test
	void joinersAndLeaversHaveMarksOnlyWhileOnRoll() {
		SyntheticEducation sample = SyntheticEducation.generate(5, Scale.dorset(0.1));
		int checked = 0;
		for (School school : sample.schools().subList(0, 40)) {
			for (Pupil pupil : sample.pupils(school)) {
				boolean midYear = pupil.leavingDate() != null
						|| pupil.admissionDate().isAfter(LocalDate.of(2025, 9, 8));
				if (!midYear) {
					continue;
				}
				checked++;
				List<LocalDate> days = sample.marks(school, SchoolDays.dorsetTermWeekdays())
					.filter(m -> m.upn().equals(pupil.upn()))
					.map(SessionMark::date)
					.toList();
				assertThat(days).allMatch(pupil::onRoll);
			}
		}
		assertThat(checked).isPositive();
	}

	@ParameterizedTest
	@CsvSource({ "AM, /", "PM, \\" })
	void presenceIsSlashInTheMorningBackslashInTheAfternoon(Session session, String present) {
		School school = DEMO.schools().get(0);
		List<String> codes = DEMO.register(school, LocalDate.of(2026, 9, 15), session)
			.stream()
			.map(SessionMark::code)
			.toList();
		assertThat(codes).contains(present).doesNotContain((session == Session.AM) ? "\\" : "/");
	}

	@ParameterizedTest
	@CsvSource({ "2026-09-05, Saturday", "2026-10-28, half term", "2026-12-21, Christmas holiday" })
	void noRegistersOnDaysOffTheDefaultCalendar(LocalDate day, String why) {
		School school = DEMO.schools().get(0);
		assertThat(DEMO.marks(school, day, day, SchoolDays.dorsetTermWeekdays())).as(why).isEmpty();
	}

}
