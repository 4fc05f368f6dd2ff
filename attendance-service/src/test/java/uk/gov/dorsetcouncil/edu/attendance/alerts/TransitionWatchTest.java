package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.measures.SessionCounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is on the Year 6 to Year 7 transition watch list. */
class TransitionWatchTest {

	private static final TransitionWatch WATCH = new TransitionWatch(AlertSettings.DEFAULTS);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Year 6 at 10% exactly                    | 6 | 100 | 10 | -   | -  | YEAR_6_PERSISTENT_ABSENCE
			Year 6 at 9%                             | 6 | 100 | 9  | -   | -  | -
			Year 6, too few sessions yet             | 6 | 8   | 4  | -   | -  | -
			Year 7, 8% after 5% in Year 6            | 7 | 100 | 8  | 380 | 19 | YEAR_7_ABSENCE_ROSE
			Year 7, 5% after 5% in Year 6            | 7 | 100 | 5  | 380 | 19 | -
			Year 7, 4% after 5% in Year 6            | 7 | 100 | 4  | 380 | 19 | -
			Year 7 with no Year 6 marks held          | 7 | 100 | 30 | -   | -  | -
			Year 5 persistently absent is not watched | 5 | 100 | 30 | -   | -  | -
			Year 8 whose absence rose is not watched  | 8 | 100 | 30 | 380 | 19 | -
			""")
	void watchList(String description, int yearGroup, int possible, int absent, Integer lastPossible,
			Integer lastAbsent, TransitionWatch.Reason expected) {
		Optional<SessionCounts> lastYear = Optional.ofNullable(lastPossible)
			.map((sessions) -> unauthorised(sessions, lastAbsent));
		Optional<TransitionWatch.Entry> entry = WATCH.assess(Marking.URN, Marking.UPN, "Sam Pupil", yearGroup,
				unauthorised(possible, absent), lastYear);
		assertThat(entry.map(TransitionWatch.Entry::reason)).isEqualTo(Optional.ofNullable(expected));
	}

	private static SessionCounts unauthorised(int possible, int absent) {
		return new SessionCounts(possible, possible - absent, 0, 0, absent);
	}

}
