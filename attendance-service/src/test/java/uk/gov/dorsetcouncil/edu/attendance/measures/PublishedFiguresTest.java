package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer's figures through the platform's small-number suppression (domain-rules.md
 * section 7; DfE <i>Statistical policy statement on confidentiality</i>): each case is a
 * dimension's groups as enrolments/possible/absent-authorised/absent-unauthorised/
 * persistent/severe, and what is shown of the groups' enrolments, overall, authorised and
 * unauthorised absence, persistent absentees and persistent absence rate ("c" hidden, "z"
 * nothing to divide by).
 * <p>
 * DfE states which counts are hidden (1 and 2, and any percentage whose numerator or
 * denominator is) and that no hidden count may be recovered by subtraction from a total;
 * {@link #noSumHidesExactlyOneFigure} checks that for every case. DfE does not say which
 * figure is hidden second: the platform hides a part before a total, a non-zero count
 * before a zero, the smallest first (ADR 0024). So in the last case the partner hidden
 * with 2 unauthorised sessions is the row's authorised absence, not its overall absence:
 * either keeps the 2 from being recovered.
 */
class PublishedFiguresTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# case                                          | groups (enrol/possible/auth/unauth/pa/sa; ...)          | enrolments | overall   | authorised | unauthorised | persistent | PA rate
					nothing small: all shown                        | 40/400/20/10/5/1 ; 60/600/30/0/7/3                      | 40 60      | 30 30     | 20 30      | 10 0         | 5 7        | 12.5 11.7
					a group of 2 pupils hides its row and the other | 2/20/1/1/1/0 ; 60/600/30/10/7/3                         | c c        | c c       | c c        | c c          | c c        | c c
					a group of 1 pupil, three groups: next smallest | 1/10/1/0/1/0 ; 30/300/10/10/3/0 ; 50/500/20/20/9/1      | c c 50     | c c 40    | c c 20     | c c 20       | c c 9      | c c 18.0
					a persistent count of 2 and its rate hidden     | 40/400/20/10/2/0 ; 60/600/30/20/7/3 ; 80/800/40/30/9/0  | 40 60 80   | 30 50 70  | 20 30 40   | 10 20 30     | c c 9      | c c 11.3
					zero is a true zero and shown                   | 40/400/0/0/0/0 ; 60/600/30/20/7/3                       | 40 60      | 0 50      | 0 30       | 0 20         | 0 7        | 0.0 11.7
					2 unauthorised: hidden, with a part of each sum | 40/400/20/2/5/1 ; 60/600/30/20/7/3 ; 70/700/30/25/7/3   | 40 60 70   | 22 50 55  | c c 30     | c c 25       | 5 7 7      | 12.5 11.7 10.0
					""")
	void hidesSmallNumbersAndWhatWouldRevealThem(String description, String groups, String enrolments, String overall,
			String authorised, String unauthorised, String persistent, String persistentRate) {
		PublishedFigures.Published shown = publish(groups);
		List<GroupFigures> groupsShown = shown.groups();
		assertThat(cells(groupsShown, GroupFigures::enrolments, false)).isEqualTo(enrolments);
		assertThat(cells(groupsShown, GroupFigures::overallAbsenceSessions, false)).isEqualTo(overall);
		assertThat(cells(groupsShown, GroupFigures::authorisedAbsenceSessions, false)).isEqualTo(authorised);
		assertThat(cells(groupsShown, GroupFigures::unauthorisedAbsenceSessions, false)).isEqualTo(unauthorised);
		assertThat(cells(groupsShown, GroupFigures::persistentAbsentees, false)).isEqualTo(persistent);
		assertThat(cells(groupsShown, GroupFigures::persistentAbsenceRate, true)).isEqualTo(persistentRate);
		assertThat(shown.total().enrolments().shown()).as("the total stays shown").isTrue();
	}

	/**
	 * DfE: secondary suppression wherever a hidden count could be recovered by
	 * subtraction. In every case, no column of groups with its total, and no row's
	 * overall = authorised + unauthorised, hides exactly one figure.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "2/20/1/1/1/0 ; 60/600/30/10/7/3", "1/10/1/0/1/0 ; 30/300/10/10/3/0 ; 50/500/20/20/9/1",
					"40/400/20/10/2/0 ; 60/600/30/20/7/3 ; 80/800/40/30/9/0",
					"40/400/20/2/5/1 ; 60/600/30/20/7/3 ; 70/700/30/25/7/3",
					"40/400/1/2/1/1 ; 40/400/2/1/1/2 ; 40/400/30/30/30/0",
					"3/30/0/2/0/0 ; 3/30/2/0/0/0 ; 3/30/1/1/0/0" })
	void noSumHidesExactlyOneFigure(String groups) {
		PublishedFigures.Published shown = publish(groups);
		List<Function<GroupFigures, Cell>> columns = List.of(GroupFigures::enrolments, GroupFigures::possibleSessions,
				GroupFigures::overallAbsenceSessions, GroupFigures::authorisedAbsenceSessions,
				GroupFigures::unauthorisedAbsenceSessions, GroupFigures::persistentAbsentees,
				GroupFigures::severeAbsentees);
		for (int c = 0; c < columns.size(); c++) {
			List<GroupFigures> column = new ArrayList<>(shown.groups());
			column.add(shown.total());
			Function<GroupFigures, Cell> cell = columns.get(c);
			assertThat(column.stream().filter((row) -> !cell.apply(row).shown()).count()).as("column %d", c)
				.isNotEqualTo(1);
		}
		List<GroupFigures> rows = new ArrayList<>(shown.groups());
		rows.add(shown.total());
		for (GroupFigures row : rows) {
			long hidden = List
				.of(row.overallAbsenceSessions(), row.authorisedAbsenceSessions(), row.unauthorisedAbsenceSessions())
				.stream()
				.filter((cell) -> !cell.shown())
				.count();
			assertThat(hidden).as("overall = authorised + unauthorised in %s", row.group()).isNotEqualTo(1);
		}
	}

	@ParameterizedTest(name = "unsuppressed for pupil-level callers: {0}")
	@CsvSource({ "1/10/1/0/1/0", "2/20/0/2/1/1" })
	void pupilLevelCallersSeeEverything(String group) {
		int[] v = Arrays.stream(group.split("/")).mapToInt(Integer::parseInt).toArray();
		PublishedFigures.Published shown = PublishedFigures.publish(SmallNumberSuppression.off(), counts("ALL", v),
				List.of(List.of(counts("g", v))));
		assertThat(shown.groups()).allSatisfy((row) -> assertThat(row.enrolments().value()).isEqualTo(v[0]));
		assertThat(shown.total().unauthorisedAbsenceSessions().value()).isEqualTo(v[3]);
	}

	@ParameterizedTest(name = "threshold {0}: a count of {1} hidden {2}")
	@CsvSource({ "2, 0, false", "2, 1, true", "2, 2, true", "2, 3, false", "5, 5, true", "5, 6, false" })
	void thresholdIsConfigurable(int threshold, int count, boolean hidden) {
		GroupCounts only = counts("g", new int[] { 100, 1000, 10, count, 0, 0 });
		GroupFigures shown = PublishedFigures.publish(new SmallNumberSuppression(threshold), only, List.of()).total();
		assertThat(shown.unauthorisedAbsenceSessions().shown()).isEqualTo(!hidden);
		assertThat(shown.unauthorisedAbsenceRate().shown()).as("a rate whose numerator is hidden").isEqualTo(!hidden);
	}

	@ParameterizedTest(name = "a week of {0} possible sessions, {1} unauthorised: rate {2}")
	@CsvSource({ "500, 2, c", "500, 0, 0.0", "0, 0, z", "400, 40, 10.0" })
	void aWeekIsARowOfSessionsOnItsOwn(int possible, int unauthorised, String rate) {
		GroupCounts week = new GroupCounts("WEEK", "0", "", 0,
				new SessionCounts(possible, possible - unauthorised, 0, 0, unauthorised), 0, 0);
		GroupFigures shown = PublishedFigures.publishRow(new SmallNumberSuppression(2), week);
		assertThat(cells(List.of(shown), GroupFigures::unauthorisedAbsenceRate, true)).isEqualTo(rate);
		assertThat(shown.possibleSessions().shown()).as("sessions, not pupils: a week is not hidden whole")
			.isEqualTo(possible == 0 || possible > 2);
	}

	private static PublishedFigures.Published publish(String groups) {
		List<GroupCounts> rows = new ArrayList<>();
		int[] total = new int[6];
		for (String group : groups.split(";")) {
			int[] v = Arrays.stream(group.strip().split("/")).mapToInt(Integer::parseInt).toArray();
			rows.add(counts("g" + rows.size(), v));
			for (int i = 0; i < v.length; i++) {
				total[i] += v[i];
			}
		}
		return PublishedFigures.publish(new SmallNumberSuppression(2), counts("ALL", total), List.of(rows));
	}

	private static GroupCounts counts(String group, int[] v) {
		int possible = v[1];
		return new GroupCounts("TEST", group, group, v[0],
				new SessionCounts(possible, possible - v[2] - v[3], 0, v[2], v[3]), v[4], v[5]);
	}

	private static String cells(List<GroupFigures> rows, Function<GroupFigures, Cell> cell, boolean rate) {
		List<String> text = new ArrayList<>();
		for (GroupFigures row : rows) {
			Cell shown = cell.apply(row);
			if (!shown.shown()) {
				text.add(shown.symbol());
			}
			else {
				text.add(rate ? String.valueOf(shown.value()) : String.valueOf(shown.value().longValue()));
			}
		}
		return String.join(" ", text);
	}

}
