package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.Sex;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.support.TestUpns;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model's counts for a school (primitive arrays kept current as marks change)
 * agree with counting every session one by one: a period's counts for windows starting
 * and ending on every kind of day, enrolments on roll for part of the year, and the
 * year-to-date counts after any sequence of saved years, registers received and folded,
 * and roll changes.
 */
class SchoolAttendanceTest {

	private static final AcademicYear YEAR = new AcademicYear(2025);

	private static final String URN = "113001";

	private static final School SCHOOL = new School(URN, "8382001", "Abbey Primary", Phase.PRIMARY, Locality.NORTH,
			Map.of());

	private static final String[] CODES = { "/", "\\", "L", "B", "I", "M", "O", "G", "U", "N", "D", "X", "Y1", "C", "E",
			"P", "V", "Q" };

	private static final SchoolAttendance.ScopeFilter EVERYONE = (state, dateOfBirth) -> true;

	@ParameterizedTest(name = "on roll {0} to {1}, window {2} to {3}")
	@CsvSource(delimiter = '|', textBlock = """
			2025-08-01 | 2026-07-31 | 2025-08-01 | 2026-07-31
			2025-08-01 | 2026-07-31 | 2025-09-03 | 2025-12-19
			2025-08-01 | 2026-07-31 | 2026-01-05 | 2026-03-27
			2025-08-01 | 2026-07-31 | 2026-04-13 | 2026-07-22
			2025-08-01 | 2026-07-31 | 2025-10-01 | 2025-10-31
			2025-08-01 | 2026-07-31 | 2025-10-08 | 2025-10-09
			2025-08-01 | 2026-07-31 | 2025-10-06 | 2025-10-12
			2025-08-01 | 2026-07-31 | 2025-10-05 | 2025-10-13
			2025-08-01 | 2026-07-31 | 2025-11-14 | 2025-11-14
			2025-08-01 | 2026-07-31 | 2026-07-27 | 2026-07-31
			2025-11-12 | 2026-02-03 | 2025-09-03 | 2025-12-19
			2025-11-12 | 2026-02-03 | 2026-01-05 | 2026-03-27
			2025-11-12 | 2026-02-03 | 2026-04-13 | 2026-07-22
			2024-09-01 | 2025-10-15 | 2025-10-01 | 2025-10-31
			""")
	void aWindowCountsExactlyItsOwnSessions(LocalDate admitted, LocalDate left, LocalDate from, LocalDate to) {
		YearMarks marks = randomYear(new Random(from.toEpochDay() * 31 + admitted.toEpochDay()));
		DateRange onRoll = new DateRange(admitted, left);
		SchoolAttendance school = new SchoolAttendance(URN);
		long upn = UpnCode.of(marks.upn());
		school.pupil(upn, pupil(1, new Enrolment(URN, admitted, left)), new Enrolment(URN, admitted, left));
		school.saved(upn, marks);

		SessionCounts expected = overlap(onRoll, from, to) ? SessionCounts.count(marks, overlapOf(onRoll, from, to))
				: SessionCounts.NONE;
		AreaTally tally = new AreaTally(List.of(SCHOOL), List.of());
		tally.school(0, SCHOOL);
		school.addPeriod(YEAR, YEAR.dayIndex(from), YEAR.dayIndex(to), EVERYONE, tally);
		GroupCounts counted = tally.total("all");

		assertThat(counted.enrolments()).isEqualTo((expected.possible() > 0) ? 1 : 0);
		assertThat(counted.sessions().possible()).isEqualTo(expected.possible());
		assertThat(counted.sessions().authorised()).isEqualTo(expected.authorised());
		assertThat(counted.sessions().unauthorised()).isEqualTo(expected.unauthorised());
		assertThat(counted.sessions().present()).isEqualTo(expected.present() + expected.approvedEducationalActivity());

		long[] weekly = new long[3 * Weeks.count(YEAR)];
		school.addWeekly(YEAR, YEAR.dayIndex(from), YEAR.dayIndex(to), EVERYONE, weekly);
		long possible = 0;
		for (int week = 0; week < weekly.length / 3; week++) {
			possible += weekly[3 * week];
		}
		assertThat(possible).isEqualTo(expected.possible());
	}

	@ParameterizedTest(name = "window {0} to {1} -> last marked {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2025-09-01 | 2025-09-30 | 2025-09-30
			2025-09-01 | 2025-09-28 | 2025-09-26
			2025-09-20 | 2025-09-28 | 2025-09-26
			2025-08-01 | 2025-08-31 | -
			""")
	void lastMarkedWithinAWindow(LocalDate from, LocalDate to, LocalDate expected) {
		SchoolCalendar calendar = new SchoolCalendar(TermDates.dorset(), java.util.Set.of());
		YearMarks marks = YearMarks.empty(URN, new Upn(TestUpns.upn(1)), YEAR);
		for (LocalDate day = YEAR.firstDay(); !day.isAfter(YEAR.lastDay()); day = day.plusDays(1)) {
			if (calendar.isSchoolDay(day)) {
				marks = marks.with(day, Session.AM, AttendanceCode.PRESENT_AM);
			}
		}
		SchoolAttendance school = new SchoolAttendance(URN);
		school.saved(UpnCode.of(marks.upn()), new YearMarks(URN, marks.upn(), YEAR, marks.sessions(), 1));
		AreaTally tally = new AreaTally(List.of(SCHOOL), List.of());
		tally.school(0, SCHOOL);
		school.addPeriod(YEAR, YEAR.dayIndex(from), YEAR.dayIndex(to), EVERYONE, tally);
		assertThat((tally.lastMarkedDay() < 0) ? null : YEAR.firstDay().plusDays(tally.lastMarkedDay()))
			.isEqualTo(expected);
	}

	/**
	 * Any sequence of saved years (older versions among them), registers received for a
	 * day and folded, and admission or leaving dates moved leaves each enrolment's marks
	 * and year-to-date counts as counting the layers by hand gives.
	 */
	@ParameterizedTest(name = "seed {0}")
	@CsvSource({ "1", "2", "3", "4", "5", "6", "7", "8" })
	void countsFollowEveryChangeOfMarksAndRoll(long seed) {
		Random random = new Random(seed);
		SchoolAttendance school = new SchoolAttendance(URN);
		int pupils = 6;
		String[] saved = new String[pupils];
		long[] versions = new long[pupils];
		Map<Integer, Map<Integer, Character>> pending = new HashMap<>();
		long[] pendingVersion = new long[YEAR.lengthInDays()];
		Enrolment[] enrolments = new Enrolment[pupils];
		boolean[] held = new boolean[pupils];
		long received = 0;
		for (int step = 0; step < 300; step++) {
			int serial = random.nextInt(pupils);
			Upn upn = new Upn(TestUpns.upn(serial + 1));
			long code = UpnCode.of(upn);
			switch (random.nextInt(5)) {
				case 0 -> {
					YearMarks year = randomYear(random, upn);
					long version = Math.max(1, versions[serial] + random.nextInt(3) - 1);
					school.saved(code, new YearMarks(URN, upn, YEAR, year.sessions(), version));
					held[serial] = true;
					if (saved[serial] == null || version > versions[serial]) {
						saved[serial] = year.sessions();
						versions[serial] = version;
					}
				}
				case 1 -> {
					int day = random.nextInt(YEAR.lengthInDays());
					received++;
					List<Upn> listed = new ArrayList<>();
					byte[] am = new byte[pupils];
					byte[] pm = new byte[pupils];
					for (int other = 0; other < pupils; other++) {
						if (random.nextBoolean()) {
							int at = listed.size();
							listed.add(new Upn(TestUpns.upn(other + 1)));
							held[other] = true;
							for (int session = 0; session < 2; session++) {
								if (random.nextInt(4) > 0) {
									char mark = AttendanceCode.fromSymbol(CODES[random.nextInt(CODES.length)])
										.storage();
									((session == 0) ? am : pm)[at] = (byte) mark;
									pending.computeIfAbsent(other, (p) -> new HashMap<>()).put(2 * day + session, mark);
								}
							}
						}
					}
					school.received(YEAR.firstDay().plusDays(day), received, codes(listed), am, pm);
					pendingVersion[day] = received;
				}
				case 2 -> {
					int day = random.nextInt(YEAR.lengthInDays());
					long version = (random.nextBoolean()) ? pendingVersion[day] : received + 1;
					school.folded(YEAR.firstDay().plusDays(day), version);
					if (version == pendingVersion[day] && version != 0) {
						pending.values().forEach((sessions) -> {
							sessions.remove(2 * day);
							sessions.remove(2 * day + 1);
						});
						pendingVersion[day] = 0;
					}
				}
				default -> {
					LocalDate admitted = YEAR.firstDay().plusDays(random.nextInt(400) - 30);
					LocalDate left = random.nextBoolean() ? null : admitted.plusDays(random.nextInt(300));
					enrolments[serial] = new Enrolment(URN, admitted, left);
					school.pupil(code, pupil(serial + 1, enrolments[serial], step + 1), enrolments[serial]);
				}
			}
			for (int each = 0; each < pupils; each++) {
				Upn upn2 = new Upn(TestUpns.upn(each + 1));
				String expected = held[each] ? effective(saved[each], pending.getOrDefault(each, Map.of())) : null;
				YearMarks marks = school.marks(UpnCode.of(upn2), YEAR);
				if (expected == null) {
					assertThat(marks).as("step %d pupil %d", step, each).isNull();
					continue;
				}
				assertThat(marks.sessions()).as("step %d pupil %d", step, each).isEqualTo(expected);
				DateRange window = window(enrolments[each]);
				SessionCounts counts = (window == null) ? SessionCounts.NONE
						: SessionCounts.count(new YearMarks(URN, upn2, YEAR, expected, 1), window);
				assertThat(school.yearToDate(UpnCode.of(upn2), YEAR)).as("step %d pupil %d", step, each)
					.isEqualTo(counts);
			}
		}
	}

	private static String effective(String saved, Map<Integer, Character> pending) {
		char[] sessions = (saved != null) ? saved.toCharArray()
				: YearMarks.empty(URN, new Upn(TestUpns.upn(1)), YEAR).sessions().toCharArray();
		pending.forEach((session, mark) -> sessions[session] = mark);
		return new String(sessions);
	}

	/** The enrolment's days in the year; the whole year when the pupil is not held. */
	private static DateRange window(Enrolment enrolment) {
		DateRange whole = new DateRange(YEAR.firstDay(), YEAR.lastDay());
		return (enrolment == null) ? whole : enrolment.onRollWithin(whole).orElse(null);
	}

	private static long[] codes(List<Upn> upns) {
		return upns.stream().mapToLong(UpnCode::of).toArray();
	}

	private static Pupil pupil(int serial, Enrolment enrolment) {
		return pupil(serial, enrolment, 1);
	}

	private static Pupil pupil(int serial, Enrolment enrolment, long version) {
		return new Pupil(new Upn(TestUpns.upn(serial)), "Pupil", "P" + serial, LocalDate.of(2016, 5, 4), 5, Sex.F,
				List.of(enrolment), version);
	}

	private static boolean overlap(DateRange onRoll, LocalDate from, LocalDate to) {
		return !onRoll.from().isAfter(to) && !onRoll.to().isBefore(from);
	}

	private static DateRange overlapOf(DateRange onRoll, LocalDate from, LocalDate to) {
		return new DateRange(onRoll.from().isAfter(from) ? onRoll.from() : from,
				onRoll.to().isBefore(to) ? onRoll.to() : to);
	}

	private static YearMarks randomYear(Random random) {
		return randomYear(random, new Upn(TestUpns.upn(1)));
	}

	/** Any code, or none, on every day of the year, weekends included. */
	private static YearMarks randomYear(Random random, Upn upn) {
		StringBuilder sessions = new StringBuilder();
		for (int s = 0; s < 2 * YEAR.lengthInDays(); s++) {
			int pick = random.nextInt(CODES.length + 3);
			sessions
				.append((pick >= CODES.length) ? YearMarks.NO_MARK : AttendanceCode.fromSymbol(CODES[pick]).storage());
		}
		return new YearMarks(URN, upn, YEAR, sessions.toString(), 1);
	}

}
