package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility rules at their boundaries (domain-rules 6): exactly 2.0, 3.0, 6.0 and
 * 15.0 miles; the 8th and 11th birthdays either side of the date assessed; the third and
 * fourth nearest schools; religion or belief; SEN; unsafe routes; a router that fails.
 */
class EligibilityRulesTest {

	static final LocalDate END_OF_YEAR = LocalDate.of(2027, 8, 31);

	static final String ATTENDED = "990100";

	static final EhcPlanEvidence NO_PLAN = new EhcPlanEvidence(true, false, null, null, "send-service");

	static final RouteAssessment UNSAFE = new RouteAssessment("RA-1", ATTENDED, "41-42", "no pavement");

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "-",
			textBlock = """
					# case,                                           age, order, walk,  road,  lowIncome, religion,          mobility, unsafe, outcome,      rule
					under 8 exactly 2.0 miles is within,               7,   1,     2.0,   2.5,   false,     -,                 false,    false,  NOT_ELIGIBLE, -
					under 8 just beyond 2.0 miles,                     7,   1,     2.001, 2.5,   false,     -,                 false,    false,  ELIGIBLE,     STATUTORY_WALKING_DISTANCE
					8 exactly 3.0 miles is within,                     8,   1,     3.0,   3.5,   false,     -,                 false,    false,  NOT_ELIGIBLE, -
					8 at 2.5 miles: the 3-mile limit applies,          8,   1,     2.5,   3.5,   false,     -,                 false,    false,  NOT_ELIGIBLE, -
					8 just beyond 3.0 miles,                           8,   1,     3.001, 3.5,   false,     -,                 false,    false,  ELIGIBLE,     STATUTORY_WALKING_DISTANCE
					not the nearest suitable school,                   9,   2,     4.0,   4.5,   false,     -,                 false,    false,  NOT_ELIGIBLE, -
					SEN within walking distance,                       9,   1,     0.8,   1.0,   false,     -,                 true,     false,  ELIGIBLE,     SEN_DISABILITY_MOBILITY
					SEN at the second nearest school,                  9,   2,     0.8,   1.0,   false,     -,                 true,     false,  NOT_ELIGIBLE, -
					unsafe route within walking distance,              9,   1,     1.0,   1.2,   false,     -,                 false,    true,   ELIGIBLE,     UNSAFE_ROUTE
					unsafe route to the second nearest,                9,   2,     1.0,   1.2,   false,     -,                 false,    true,   NOT_ELIGIBLE, -
					beyond walking distance decides before unsafety,   9,   1,     3.2,   3.5,   false,     -,                 false,    true,   ELIGIBLE,     STATUTORY_WALKING_DISTANCE
					low income 8 exactly 2.0 miles,                    8,   1,     2.0,   2.5,   true,      -,                 false,    false,  NOT_ELIGIBLE, -
					low income 8 beyond 2.0 miles,                     8,   1,     2.001, 2.5,   true,      -,                 false,    false,  ELIGIBLE,     EXTENDED_RIGHTS_NEAREST
					low income 10 at the second nearest,               10,  2,     2.5,   3.0,   true,      -,                 false,    false,  NOT_ELIGIBLE, -
					low income 11 third nearest 6.0 by road,           11,  3,     2.5,   6.0,   true,      -,                 false,    false,  ELIGIBLE,     EXTENDED_RIGHTS_THREE_NEAREST
					low income 11 third nearest beyond 6 by road,      11,  3,     2.5,   6.001, true,      -,                 false,    false,  NOT_ELIGIBLE, -
					low income 11 fourth nearest,                      11,  4,     2.5,   5.0,   true,      -,                 false,    false,  NOT_ELIGIBLE, -
					low income 11 third nearest exactly 2.0 walking,   11,  3,     2.0,   3.0,   true,      -,                 false,    false,  NOT_ELIGIBLE, -
					low income 14 nearest beyond 3 miles,              14,  1,     3.5,   4.0,   true,      -,                 false,    false,  ELIGIBLE,     STATUTORY_WALKING_DISTANCE
					not low income 11 third nearest,                   11,  3,     2.5,   4.0,   false,     -,                 false,    false,  NOT_ELIGIBLE, -
					religion: nearest such school 15.0 by road,        12,  5,     9.0,   15.0,  true,      CHURCH_OF_ENGLAND, false,    false,  ELIGIBLE,     EXTENDED_RIGHTS_RELIGION_OR_BELIEF
					religion: nearest such school beyond 15 by road,   12,  5,     9.0,   15.001,true,      CHURCH_OF_ENGLAND, false,    false,  NOT_ELIGIBLE, -
					religion: not the preferred character,             12,  5,     9.0,   12.0,  true,      ROMAN_CATHOLIC,    false,    false,  NOT_ELIGIBLE, -
					religion without low income,                       12,  5,     9.0,   12.0,  false,     CHURCH_OF_ENGLAND, false,    false,  NOT_ELIGIBLE, -
					low income under 8: 2 miles already,               7,   1,     1.9,   2.5,   true,      -,                 false,    false,  NOT_ELIGIBLE, -
					""")
	void decidesAtTheBoundaries(String name, int age, int order, double walkingMiles, double roadMiles,
			boolean lowIncome, String religion, boolean mobility, boolean unsafe, Outcome outcome,
			EligibilityRule rule) {
		Circumstances c = circumstances(age, order, walkingMiles, roadMiles, lowIncome, religion, mobility,
				unsafe ? List.of(sections("41-42")) : List.of(sections("40-41")), unsafe, Optional.empty(), null);
		Ruling ruling = EligibilityRules.decide(c);
		assertThat(ruling.outcome()).as(name).isEqualTo(outcome);
		assertThat(ruling.rule()).as(name).isEqualTo(rule);
		assertThat(ruling.findings()).as("every rule tried says what it found")
			.isNotEmpty()
			.allSatisfy(f -> assertThat(f.detail()).isNotBlank());
		if (outcome == Outcome.ELIGIBLE) {
			assertThat(ruling.validUntil()).isEqualTo(END_OF_YEAR);
		}
	}

	@ParameterizedTest(name = "born {0}, assessed {1}: aged {2}, eligible {3}")
	@CsvSource({
			// 2.5 miles walking to the nearest school: within 3 miles from the 8th
			// birthday
			"2018-12-08, 2026-12-07, 7, true", "2018-12-07, 2026-12-07, 8, false", "2018-12-06, 2026-12-07, 8, false",
			"2018-12-08, 2026-12-08, 8, false" })
	void theEighthBirthdayOnOrBeforeTheDateAssessedBringsTheThreeMileLimit(LocalDate born, LocalDate assessed, int age,
			boolean eligible) {
		int agedOn = AcademicYear.ageOn(born, assessed);
		assertThat(agedOn).isEqualTo(age);
		Ruling ruling = EligibilityRules.decide(circumstances(agedOn, 1, 2.5, 3.0, false, null, false,
				List.of(sections("1-2")), false, Optional.empty(), null));
		assertThat(ruling.outcome() == Outcome.ELIGIBLE).isEqualTo(eligible);
	}

	@ParameterizedTest(name = "born {0}, assessed {1}: aged {2}, rule {3}")
	@CsvSource(nullValues = "-", value = {
			// low income, the third nearest school at 4 miles walking, 5 by road
			"2015-12-08, 2026-12-07, 10, -", "2015-12-07, 2026-12-07, 11, EXTENDED_RIGHTS_THREE_NEAREST",
			"2015-12-06, 2026-12-07, 11, EXTENDED_RIGHTS_THREE_NEAREST" })
	void theEleventhBirthdayOnOrBeforeTheDateAssessedOpensTheThreeNearestSchools(LocalDate born, LocalDate assessed,
			int age, EligibilityRule rule) {
		int agedOn = AcademicYear.ageOn(born, assessed);
		assertThat(agedOn).isEqualTo(age);
		Ruling ruling = EligibilityRules.decide(circumstances(agedOn, 3, 4.0, 5.0, true, null, false,
				List.of(sections("1-2")), false, Optional.empty(), null));
		assertThat(ruling.rule()).isEqualTo(rule);
	}

	@Test
	void aRouterThatFailsLeavesTheDecisionPendingNeverAGuess() {
		Ruling ruling = EligibilityRules
			.decide(circumstances(9, 1, 5.0, 6.0, false, null, false, List.of(sections("1-2")), false, Optional.empty(),
					"walking distances: the routing engine answered HTTP 503"));
		assertThat(ruling.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(ruling.pending()).isEqualTo(PendingReason.DISTANCE_UNAVAILABLE);
		assertThat(ruling.pendingDetail()).contains("503");
		assertThat(ruling.rule()).isNull();
	}

	@Test
	void aRoadDistanceUnknownWhereExtendedRightsNeedItLeavesTheDecisionPending() {
		Circumstances known = circumstances(12, 3, 4.0, 5.0, true, null, false, List.of(sections("1-2")), false,
				Optional.empty(), null);
		List<ComparedSchool> withoutRoad = known.compared()
			.stream()
			.map(s -> new ComparedSchool(s.order(), s.urn(), s.name(), s.religiousCharacter(), s.entrance(),
					s.walkingMetres(), null, s.walkingSections()))
			.toList();
		Ruling ruling = EligibilityRules.decide(new Circumstances(12, ATTENDED, withoutRoad, false, null, true, null,
				false, NO_PLAN, List.of(), Optional.empty(), END_OF_YEAR));
		assertThat(ruling.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(ruling.pending()).isEqualTo(PendingReason.DISTANCE_UNAVAILABLE);
	}

	@Test
	void anUnsafeSectionAssessedButTheRoutesSectionsUnknownLeavesTheDecisionPending() {
		Ruling ruling = EligibilityRules
			.decide(circumstances(9, 1, 1.0, 1.2, false, null, false, null, true, Optional.empty(), null));
		assertThat(ruling.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(ruling.pending()).isEqualTo(PendingReason.ROUTE_SECTIONS_UNKNOWN);
	}

	@Test
	void eligibilityThatLapsesMidYearContinuesToTheEndOfTheYear() {
		// Eligible at 7 at 2.5 miles; the 8th birthday brings the 3-mile limit.
		Circumstances.Earlier earlier = new Circumstances.Earlier("A838200125001-1",
				EligibilityRule.STATUTORY_WALKING_DISTANCE, END_OF_YEAR);
		Ruling ruling = EligibilityRules.decide(circumstances(8, 1, 2.5, 3.0, false, null, false,
				List.of(sections("1-2")), false, Optional.of(earlier), null));
		assertThat(ruling.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(ruling.rule()).isEqualTo(EligibilityRule.CONTINUED_TO_END_OF_YEAR);
		assertThat(ruling.validUntil()).isEqualTo(END_OF_YEAR);
		assertThat(ruling.findings()).anySatisfy(f -> {
			assertThat(f.rule()).isEqualTo(EligibilityRule.STATUTORY_WALKING_DISTANCE);
			assertThat(f.met()).isFalse();
		});
	}

	@Test
	void aFinalEhcPlanNamingTheSchoolMakesItTheSuitableSchool() {
		Circumstances atSecond = circumstances(9, 2, 0.8, 1.0, false, null, true, List.of(sections("1-2")), false,
				Optional.empty(), null);
		Circumstances named = new Circumstances(9, ATTENDED, atSecond.compared(), true, null, false, null, true,
				new EhcPlanEvidence(true, true, "FINAL", ATTENDED, "send-service"), List.of(), Optional.empty(),
				END_OF_YEAR);
		assertThat(EligibilityRules.decide(named).rule()).isEqualTo(EligibilityRule.SEN_DISABILITY_MOBILITY);
		Circumstances sendDown = new Circumstances(9, ATTENDED, atSecond.compared(), true, null, false, null, true,
				EhcPlanEvidence.unavailable("send-service answered UNAVAILABLE"), List.of(), Optional.empty(),
				END_OF_YEAR);
		assertThat(EligibilityRules.decide(sendDown).pending()).isEqualTo(PendingReason.EHC_PLAN_STATUS_UNAVAILABLE);
	}

	@ParameterizedTest
	@EnumSource(DistanceLimit.class)
	void everyLimitIsCrossedOnlyBeyondItsMiles(DistanceLimit limit) {
		assertThat(limit.beyond(limit.metres())).isFalse();
		assertThat(limit.beyond(limit.metres() + 1)).isTrue();
		assertThat(limit.source()).contains("Education Act 1996");
	}

	@ParameterizedTest(name = "{0}: {1} miles by {2}")
	@CsvSource({ "STATUTORY_WALKING_UNDER_8, 2, WALKING", "STATUTORY_WALKING_FROM_8, 3, WALKING",
			"EXTENDED_RIGHTS_LOWER, 2, WALKING", "EXTENDED_RIGHTS_THREE_NEAREST_UPPER, 6, ROAD",
			"EXTENDED_RIGHTS_RELIGION_OR_BELIEF_UPPER, 15, ROAD" })
	void theLimitsAreTheLaws(DistanceLimit limit, int miles, String mode) {
		// domain-rules 6: s444(5) walking distances; guidance para 34: upper limits by
		// road
		assertThat(limit.miles()).isEqualTo(miles);
		assertThat(limit.measuredBy().name()).isEqualTo(mode);
	}

	private static List<String> sections(String... names) {
		return List.of(names);
	}

	/**
	 * Five suitable schools, nearest first; the attended one at {@code order} with the
	 * distances given, each other a tenth of a mile nearer or further per place; the
	 * attended school alone has the religious character {@code religion}.
	 */
	static Circumstances circumstances(int age, int order, double walkingMiles, double roadMiles, boolean lowIncome,
			String religion, boolean mobility, List<List<String>> sections, boolean unsafe,
			Optional<Circumstances.Earlier> earlier, String unavailable) {
		List<ComparedSchool> compared = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			boolean attended = i == order;
			double walk = attended ? walkingMiles : walkingMiles + (i - order) * 0.1;
			double road = attended ? roadMiles : roadMiles + (i - order) * 0.1;
			List<String> route = (sections != null) ? sections.get(0) : null;
			compared.add(new ComparedSchool(i, attended ? ATTENDED : "99020" + i, "School " + i,
					attended && religion != null ? "CHURCH_OF_ENGLAND" : "NONE", "E" + i,
					walk * DistanceLimit.METRES_PER_MILE, road * DistanceLimit.METRES_PER_MILE, route));
		}
		return new Circumstances(age, ATTENDED, compared, true, unavailable, lowIncome, religion, mobility, NO_PLAN,
				unsafe ? List.of(UNSAFE) : List.of(), earlier, END_OF_YEAR);
	}

}
