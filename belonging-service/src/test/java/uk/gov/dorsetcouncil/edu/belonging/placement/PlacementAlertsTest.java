package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionType;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.SuspensionLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each alert's rule as a table: a pupil permanently excluded on Monday 2 November 2026,
 * whose sixth school day is Monday 9 November, with the placements and move held, on a
 * day.
 */
class PlacementAlertsTest {

	/**
	 * exclusion: PEX, PEX reinstated, SUSPENSION (12 sessions, sixth day the 9th) or
	 * none; placement: start/end/outcome/linked ('-' for none, empty for no placement).
	 */
	@ParameterizedTest(name = "{0}: {1} on {3} -> [{4}]")
	@CsvSource(delimiter = ';',
			textBlock = """
					the sixth day not come;                 PEX;  ;                                   2026-11-06; ''
					sixth day, nothing held;                PEX;  ;                                   2026-11-09; NO_PROVISION_FROM_DAY_SIX
					placed from the sixth day;              PEX;  2026-11-09/-/-/linked;              2026-11-09; ''
					placed late, running;                   PEX;  2026-11-12/-/-/linked;              2026-11-20; LATE_FROM_DAY_SIX
					placed late, nothing on the sixth;      PEX;  2026-11-12/-/-/linked;              2026-11-10; NO_PROVISION_FROM_DAY_SIX LATE_FROM_DAY_SIX
					planned end passed, nothing since;      PEX;  2026-11-09/2026-11-27/-/linked;     2026-12-01; NO_PROVISION_FROM_DAY_SIX
					left for a new school;                  PEX;  2026-11-09/2026-11-27/NEW_SCHOOL/linked; 2026-12-01; ''
					reintegrated;                           PEX;  2026-11-09/2026-11-27/REINTEGRATED/linked; 2026-12-01; ''
					post-16 destination;                    PEX;  2026-11-09/2026-11-27/POST_16_DESTINATION/linked; 2026-12-01; ''
					continued in another placement not held; PEX; 2026-11-09/2026-11-27/CONTINUED/linked; 2026-12-01; NO_PROVISION_FROM_DAY_SIX
					an earlier placement still running;     PEX;  2026-10-05/-/-/-;                   2026-11-20; ''
					an earlier placement ended to school before it; PEX; 2026-10-05/2026-10-23/REINTEGRATED/-; 2026-11-20; NO_PROVISION_FROM_DAY_SIX
					reinstated;                             PEX reinstated; ;                         2026-11-20; ''
					a suspension's sixth day is the school's list; SUSPENSION; ;                      2026-11-20; ''
					a suspension placed late;               SUSPENSION; 2026-11-10/2026-11-13/-/linked; 2026-11-20; LATE_FROM_DAY_SIX
					no exclusion, a placement;              none; 2026-11-09/-/-/-;                   2026-11-20; ''
					""")
	void exclusionsAndTheSixthDay(String name, String exclusion, String placement, LocalDate today, String expected) {
		List<Exclusion> exclusions = switch (exclusion) {
			case "PEX" -> List.of(Placements.PERMANENT);
			case "PEX reinstated" ->
				List.of(Placements.exclusion(ExclusionType.PERMANENT_EXCLUSION, null, "2026-11-09", "2026-11-16"));
			case "SUSPENSION" -> List.of(Placements.exclusion(ExclusionType.SUSPENSION, SuspensionLength.ofSessions(12),
					"2026-11-09", null));
			default -> List.of();
		};
		List<ApPlacement> placements = new ArrayList<>();
		if (placement != null) {
			String[] p = placement.split("/");
			placements.add(Placements.placement(1, p[3].equals("linked") ? Placements.PUPIL.value() + "-1" : null, p[0],
					dash(p[1]), p[2].equals("-") ? null : PlacementOutcome.valueOf(p[2]), List.of(), List.of()));
		}
		assertThat(names(exclusions, placements, List.of(), today)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "reviews due {0}, done {1}, ended {2}, on {3} -> [{4}]")
	@CsvSource(delimiter = ';', textBlock = """
			2026-11-16;            ;           false; 2026-11-16; ''
			2026-11-16;            ;           false; 2026-11-17; REVIEW_OVERDUE
			2026-11-16;  2026-11-16;           false; 2026-11-20; ''
			2026-11-16 2026-11-30; 2026-11-16; false; 2026-12-01; REVIEW_OVERDUE
			2026-11-16;            ;           true;  2026-11-20; ''
			""")
	void reviewsOfARunningPlacement(String due, String done, boolean ended, LocalDate today, String expected) {
		ApPlacement placement = Placements.placement(1, null, "2026-11-02", ended ? "2026-11-13" : null,
				ended ? PlacementOutcome.REINTEGRATED : null, dates(due), dates(done));
		assertThat(names(List.of(), List.of(placement), List.of(), today)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "a move starting 2026-11-02, outcome {0}, on {1} -> [{2}]")
	@CsvSource(delimiter = ';', textBlock = """
			-;         2026-11-16; ''
			-;         2026-11-17; MOVE_NOT_CONFIRMED
			ON_ROLL;   2026-11-30; ''
			WITHDRAWN; 2026-11-30; ''
			""")
	void managedMovesAreConfirmedWithinTwoWeeks(String outcome, LocalDate today, String expected) {
		ManagedMove move = new ManagedMove(Placements.PUPIL.value() + "-MM1", Placements.PUPIL, Placements.SCHOOL,
				"990027", LocalDate.parse("2026-10-20"), LocalDate.parse("2026-10-21"), LocalDate.parse("2026-11-02"),
				outcome.equals("-") ? null : MoveOutcome.valueOf(outcome),
				outcome.equals("-") ? null : LocalDate.parse("2026-11-02"), "head", Instant.EPOCH);
		assertThat(names(List.of(), List.of(), List.of(move), today)).isEqualTo(expected);
	}

	private static String names(List<Exclusion> exclusions, List<ApPlacement> placements, List<ManagedMove> moves,
			LocalDate today) {
		PupilExclusions excluded = new PupilExclusions(Placements.PUPIL, exclusions, 1);
		PupilPlacements held = new PupilPlacements(Placements.PUPIL, placements, moves, 1);
		return String.join(" ", PlacementAlerts.of(excluded, held, today).stream().map(a -> a.alert().name()).toList());
	}

	private static String dash(String value) {
		return value.equals("-") ? null : value;
	}

	private static List<LocalDate> dates(String spaced) {
		return (spaced == null) ? List.of() : Arrays.stream(spaced.trim().split(" +")).map(LocalDate::parse).toList();
	}

}
