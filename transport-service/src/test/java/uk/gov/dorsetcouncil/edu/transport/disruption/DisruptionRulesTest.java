package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.transport.arrangement.EligibilityBasis;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which pupils' sessions a disruption stops, as a table. Three pupils: A on route R-1 to
 * school 990001 from 1 September 2026; B to 990001 with no route yet, from 1 December
 * 2026; C on route R-2 to 990002 until 4 December 2026.
 */
class DisruptionRulesTest {

	static final Upn A = Upn.withCheckLetter("838200130001");

	static final Upn B = Upn.withCheckLetter("838200130002");

	static final Upn C = Upn.withCheckLetter("838200130003");

	static final List<TravelArrangements> PUPILS = List.of(arrangement(A, "990001", "R-1", "2026-09-01", null),
			arrangement(B, "990001", null, "2026-12-01", null),
			arrangement(C, "990002", "R-2", "2026-09-01", "2026-12-04"));

	@ParameterizedTest(name = "{0} to {1} {2}, routes [{3}], schools [{4}]: {5}")
	@CsvSource(nullValues = "-", delimiter = '|', textBlock = """
			# first     | last       | sessions | routes  | schools       | affected (pupil:day:session)
			2026-12-07 | 2026-12-07 | AM PM    | R-1     | -             | A:07:AM A:07:PM
			2026-12-07 | 2026-12-07 | AM       | R-1 R-2 | -             | A:07:AM
			2026-12-04 | 2026-12-07 | PM       | R-2     | -             | C:04:PM
			2026-12-05 | 2026-12-06 | AM PM    | R-1     | -             | -
			2026-12-07 | 2026-12-07 | AM       | -       | 990001        | A:07:AM B:07:AM
			2026-11-30 | 2026-11-30 | AM       | -       | 990001        | A:30:AM
			2026-12-04 | 2026-12-04 | AM       | R-2     | 990001        | A:04:AM B:04:AM C:04:AM
			2026-12-07 | 2026-12-07 | AM       | R-9     | 990003        | -
			""")
	void theSessionsStopped(LocalDate first, LocalDate last, String sessions, String routes, String schools,
			String affected) {
		List<String> found = DisruptionRules
			.affected(first, last, List.of(sessions.split(" ")), set(routes), set(schools), PUPILS)
			.stream()
			.map(a -> name(a.upn()) + ":" + String.format("%02d", a.date().getDayOfMonth()) + ":" + a.session())
			.sorted()
			.toList();
		assertThat(String.join(" ", found)).isEqualTo((affected != null) ? affected : "");
	}

	static Set<String> set(String names) {
		return (names == null) ? Set.of() : Set.copyOf(Arrays.asList(names.split(" ")));
	}

	static String name(String upn) {
		return upn.equals(A.value()) ? "A" : upn.equals(B.value()) ? "B" : "C";
	}

	static TravelArrangements arrangement(Upn upn, String urn, String route, String from, String to) {
		return new TravelArrangements(upn,
				List.of(new TravelArrangement(urn, EligibilityBasis.STATUTORY_WALKING_DISTANCE, route,
						LocalDate.parse(from), (to != null) ? LocalDate.parse(to) : null)));
	}

}
