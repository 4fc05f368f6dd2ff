package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionReason;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionType;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Step;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepKind;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepOutcome;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.SuspensionLength;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

class ExclusionRatesTest {

	static final Upn ONE = Upn.withCheckLetter("838200128001");

	static final Upn TWO = Upn.withCheckLetter("838200128002");

	@Test
	void aPupilSuspendedTwiceCountsOnceAmongPupilsAndAReinstatedExclusionIsNotCounted() {
		List<Exclusion> held = List.of(suspension(ONE, 1, "990126", "DB"), suspension(ONE, 2, "990126", "VA"),
				suspension(TWO, 1, "990027", "DB"), permanent(TWO, 2, "990027", false),
				permanent(ONE, 3, "990126", true));

		ExclusionRates.Counted bySchool = ExclusionRates.count(held, e -> List.of(e.schoolUrn()),
				new Roll.Enrolments(1000, Map.of("990126", 600L, "990027", 400L), Set.of("990126", "990027")));

		assertThat(bySchool.total()).isEqualTo(new RateCounts("all", 1000, 3, 1, 2));
		assertThat(bySchool.groups()).containsExactly(new RateCounts("990027", 400, 1, 1, 1),
				new RateCounts("990126", 600, 2, 0, 1));
	}

	@Test
	void reasonsOverlapAndEachIsCountedAgainstTheWholeRoll() {
		List<Exclusion> held = List.of(suspension(ONE, 1, "990126", "DB", "VA"), suspension(TWO, 1, "990126", "DB"));

		ExclusionRates.Counted byReason = ExclusionRates.count(held,
				e -> e.reasons().stream().map(ExclusionReason::code).toList(),
				new Roll.Enrolments(1000, Map.of(), Set.of("990126")));

		assertThat(byReason.groups()).containsExactly(new RateCounts("DB", 1000, 2, 0, 2),
				new RateCounts("VA", 1000, 1, 0, 1));
	}

	static Exclusion suspension(Upn upn, int n, String urn, String... reasons) {
		return new Exclusion(upn.value() + "-" + n, upn, urn, ExclusionType.SUSPENSION, LocalDate.of(2026, 10, n),
				SuspensionLength.ofSessions(2),
				java.util.Arrays.stream(reasons).map(code -> ExclusionReason.ofCode(code).orElseThrow()).toList(),
				"head", false, false, false, null, List.of(), "head", Instant.EPOCH);
	}

	static Exclusion permanent(Upn upn, int n, String urn, boolean reinstated) {
		List<Step> steps = reinstated ? List.of(new Step(StepKind.GOVERNING_BOARD_MEETING, StepKind.Actor.SCHOOL,
				LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 20), StepOutcome.REINSTATED)) : List.of();
		return new Exclusion(upn.value() + "-" + n, upn, urn, ExclusionType.PERMANENT_EXCLUSION,
				LocalDate.of(2026, 10, n), null, List.of(ExclusionReason.ofCode("PA").orElseThrow()), "head", false,
				false, false, null, steps, "head", Instant.EPOCH);
	}

}
