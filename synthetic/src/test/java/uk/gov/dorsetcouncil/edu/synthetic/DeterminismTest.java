package uk.gov.dorsetcouncil.edu.synthetic;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.Session;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

	private static final Scale SAMPLE = Scale.dorset(0.1);

	private static final SchoolDays DAYS = SchoolDays.dorsetTermWeekdays();

	@Test
	void sameSeedGivesIdenticalSchoolsPupilsAndMarks() {
		SyntheticEducation first = SyntheticEducation.generate(7, SAMPLE);
		SyntheticEducation second = SyntheticEducation.generate(7, SAMPLE);
		assertThat(second.schools()).isEqualTo(first.schools());
		for (School school : first.schools()) {
			assertThat(second.pupils(school)).isEqualTo(first.pupils(school));
		}
		School school = first.schools().get(40);
		LocalDate to = LocalDate.of(2025, 10, 24);
		assertThat(second.marks(school, SAMPLE.from(), to, DAYS).toList())
			.isEqualTo(first.marks(school, SAMPLE.from(), to, DAYS).toList());
	}

	@Test
	void differentSeedGivesDifferentData() {
		SyntheticEducation first = SyntheticEducation.generate(7, SAMPLE);
		SyntheticEducation other = SyntheticEducation.generate(8, SAMPLE);
		School school = first.schools().get(40);
		assertThat(other.schools()).isNotEqualTo(first.schools());
		assertThat(other.pupils(other.schools().get(40))).isNotEqualTo(first.pupils(school));
		LocalDate day = LocalDate.of(2025, 12, 1);
		assertThat(other.register(other.schools().get(40), day, Session.AM).stream().map(SessionMark::code).toList())
			.isNotEqualTo(first.register(school, day, Session.AM).stream().map(SessionMark::code).toList());
	}

	@Test
	void anyPartRegeneratesAloneWhateverTheOrder() {
		SyntheticEducation data = SyntheticEducation.generate(11, SAMPLE);
		List<School> schools = data.schools();
		School last = schools.get(schools.size() - 1);
		List<Pupil> lastFirst = data.pupils(last);
		schools.forEach(data::pupils);
		assertThat(data.pupils(last)).isEqualTo(lastFirst);

		School school = schools.get(3);
		LocalDate day = LocalDate.of(2026, 2, 3);
		List<SessionMark> fromTheYear = data.marks(school, DAYS)
			.filter(m -> m.date().equals(day) && m.session() == Session.PM)
			.toList();
		assertThat(data.register(school, day, Session.PM)).isEqualTo(fromTheYear).isNotEmpty();
	}

}
