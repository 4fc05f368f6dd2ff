package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small-number suppression (domain-rules.md section 7): each case is a dimension's groups
 * as enrolments/possible/absent-authorised/absent-unauthorised/persistent/severe, and
 * what is shown of the groups' enrolments, unauthorised sessions, persistent absentees
 * and persistent absence rate ("c" hidden, "z" nothing to divide by).
 */
class SmallNumberSuppressionTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# case                                          | groups (enrol/possible/auth/unauth/pa/sa; ...)          | enrolments | overall   | unauthorised | persistent | PA rate
					nothing small: all shown                        | 40/400/20/10/5/1 ; 60/600/30/0/7/3                      | 40 60      | 30 30     | 10 0         | 5 7        | 12.5 11.7
					a group of 2 pupils hides its row and the other | 2/20/1/1/1/0 ; 60/600/30/10/7/3                         | c c        | c c       | c c          | c c        | c c
					a group of 1 pupil, three groups: next smallest | 1/10/1/0/1/0 ; 30/300/10/10/3/0 ; 50/500/20/20/9/1      | c c 50     | c c 40    | c c 20       | c c 9      | c c 18.0
					a persistent count of 2 and its rate hidden     | 40/400/20/10/2/0 ; 60/600/30/20/7/3 ; 80/800/40/30/9/0  | 40 60 80   | 30 50 70  | 10 20 30     | c c 9      | c c 11.3
					zero is a true zero and shown                   | 40/400/0/0/0/0 ; 60/600/30/20/7/3                       | 40 60      | 0 50      | 0 20         | 0 7        | 0.0 11.7
					2 unauthorised: hidden, with a mate and a sum   | 40/400/20/2/5/1 ; 60/600/30/20/7/3 ; 70/700/30/25/7/3   | 40 60 70   | c c 55    | c c 25       | 5 7 7      | 12.5 11.7 10.0
					""")
	void hidesSmallNumbersAndWhatWouldReveal(String description, String groups, String enrolments, String overall,
			String unauthorised, String persistent, String persistentRate) {
		List<GroupCounts> rows = new ArrayList<>();
		int[] total = new int[6];
		for (String group : groups.split(";")) {
			int[] v = Arrays.stream(group.strip().split("/")).mapToInt(Integer::parseInt).toArray();
			rows.add(counts("g" + rows.size(), v));
			for (int i = 0; i < v.length; i++) {
				total[i] += v[i];
			}
		}
		List<GroupFigures> shown = new SmallNumberSuppression(2).apply(counts("ALL", total), rows);
		List<GroupFigures> groupsShown = shown.subList(1, shown.size());
		assertThat(cells(groupsShown, GroupFigures::enrolments, false)).isEqualTo(enrolments);
		assertThat(cells(groupsShown, GroupFigures::overallAbsenceSessions, false)).isEqualTo(overall);
		assertThat(cells(groupsShown, GroupFigures::unauthorisedAbsenceSessions, false)).isEqualTo(unauthorised);
		assertThat(cells(groupsShown, GroupFigures::persistentAbsentees, false)).isEqualTo(persistent);
		assertThat(cells(groupsShown, GroupFigures::persistentAbsenceRate, true)).isEqualTo(persistentRate);
		assertThat(shown.get(0).enrolments().shown()).as("the total stays shown").isTrue();
	}

	@ParameterizedTest(name = "unsuppressed for pupil-level callers: {0}")
	@CsvSource({ "1/10/1/0/1/0", "2/20/0/2/1/1" })
	void pupilLevelCallersSeeEverything(String group) {
		int[] v = Arrays.stream(group.split("/")).mapToInt(Integer::parseInt).toArray();
		List<GroupFigures> shown = SmallNumberSuppression.unsuppressed(counts("ALL", v), List.of(counts("g", v)));
		assertThat(shown).allSatisfy((row) -> assertThat(row.enrolments().value()).isEqualTo(v[0]));
	}

	@ParameterizedTest(name = "threshold {0}: a count of {1} hidden {2}")
	@CsvSource({ "2, 0, false", "2, 1, true", "2, 2, true", "2, 3, false", "5, 5, true", "5, 6, false", "0, 1, false" })
	void thresholdIsConfigurable(int threshold, int count, boolean hidden) {
		GroupCounts only = counts("g", new int[] { 100, 1000, 10, count, 0, 0 });
		GroupFigures shown = new SmallNumberSuppression(threshold).apply(only, List.of()).get(0);
		assertThat(shown.unauthorisedAbsenceSessions().shown()).isEqualTo(!hidden);
		assertThat(shown.unauthorisedAbsenceRate().shown()).as("a rate whose numerator is hidden").isEqualTo(!hidden);
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
