package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.support.TestUpns;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Possible sessions are counted from admission to leaving within the period, from the
 * codes that count (DfE absence methodology; domain-rules.md 2).
 */
class SessionCountsTest {

	/** Monday 7 September 2026: the marks below run AM, PM for each day from here. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# case                         | marks, AM then PM from Mon 7 Sep 2026 | admission  | leaving    | from       | to         | possible | present | aea | auth | unauth
					only D, X, Y, Q, Z and # codes | D D X X Y1 Y7 Q Z # Y4                | 2026-09-01 | -          | 2026-09-01 | 2026-09-30 | 0        | 0       | 0   | 0    | 0
					a full week present            | / \\ / \\ L \\ / \\ / \\              | 2026-09-01 | -          | 2026-09-01 | 2026-09-30 | 10       | 10      | 0   | 0    | 0
					every category                 | / \\ I I G N V \\ M C2                | 2026-09-01 | -          | 2026-09-01 | 2026-09-30 | 10       | 3       | 1   | 4    | 2
					admission mid-period           | / \\ I I G N V \\ M C2                | 2026-09-09 | -          | 2026-09-01 | 2026-09-30 | 6        | 1       | 1   | 2    | 2
					leaving date                   | / \\ I I G N V \\ M C2                | 2026-09-01 | 2026-09-08 | 2026-09-01 | 2026-09-30 | 4        | 2       | 0   | 2    | 0
					period ends mid-week           | / \\ I I G N V \\ M C2                | 2026-09-01 | -          | 2026-09-01 | 2026-09-07 | 2        | 2       | 0   | 0    | 0
					period starts mid-week         | / \\ I I G N V \\ M C2                | 2026-09-01 | -          | 2026-09-10 | 2026-09-30 | 4        | 1       | 1   | 2    | 0
					dual registered half the week  | / \\ D D D D / \\ U O                 | 2026-09-01 | -          | 2026-09-01 | 2026-09-30 | 6        | 4       | 0   | 0    | 2
					""")
	void countsTheSessionsOnRollInThePeriod(String description, String marks, LocalDate admission, LocalDate leaving,
			LocalDate from, LocalDate to, int possible, int present, int aea, int authorised, int unauthorised) {
		YearMarks recorded = YearMarks.empty("123456", new Upn(TestUpns.upn(1)), AcademicYear.of(MONDAY));
		String[] symbols = marks.trim().split("\\s+");
		for (int i = 0; i < symbols.length; i++) {
			recorded = recorded.with(MONDAY.plusDays(i / 2), Session.values()[i % 2],
					AttendanceCode.fromSymbol(symbols[i]));
		}
		YearMarks marked = recorded;
		SessionCounts counts = new Enrolment("123456", admission, leaving).onRollWithin(new DateRange(from, to))
			.map((onRoll) -> SessionCounts.count(marked, onRoll))
			.orElse(SessionCounts.NONE);
		assertThat(counts).isEqualTo(new SessionCounts(possible, present, aea, authorised, unauthorised));
	}

	@ParameterizedTest
	@CsvSource({ "2026-10-01, 2026-09-01, 2026-09-30", "2026-09-01, 2026-08-01, 2026-08-31" })
	void noWindowWhenNotOnRollInThePeriod(LocalDate admission, LocalDate from, LocalDate to) {
		assertThat(new Enrolment("123456", admission, null).onRollWithin(new DateRange(from, to))).isEmpty();
	}

}
