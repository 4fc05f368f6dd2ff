package uk.gov.dorsetcouncil.edu.local;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo schools' workforce figures (ADR 0046) are ones the pledge service accepts:
 * every part within its whole, FTE within headcount, and some schools still to send.
 */
class DemoWorkforceTest {

	@Test
	void everyDemoSchoolsFiguresHaveTheirPartsWithinTheirWholes() {
		List<School> schools = Scale.DEMO.schools().apply(County.SEED);
		assertThat(schools).hasSizeGreaterThan(4);
		for (School school : schools) {
			Map<String, Object> f = DemoWorkforce.figures(school, "2026-27-AUTUMN");
			long headcount = (long) f.get("headcount");
			assertThat((double) f.get("fte")).isPositive().isLessThanOrEqualTo(headcount);
			assertThat((long) f.get("respondents")).isBetween(0L, headcount);
			for (String agree : List.of("agreeWellbeingGood", "agreeSafeAndSupported", "agreeSupportAccessible",
					"agreeDevelopmentRelevant", "agreeGrowthRecognised")) {
				assertThat((long) f.get(agree)).isBetween(0L, (long) f.get("respondents"));
			}
			assertThat((long) f.get("tas")).isBetween(0L, headcount);
			for (String ta : List.of("tasInducted", "tasCompletedCpd", "tasCareerProgressed", "tasPayProgressed")) {
				assertThat((long) f.get(ta)).isBetween(0L, (long) f.get("tas"));
			}
			assertThat((long) f.get("postsFilled")).isBetween(0L, (long) f.get("vacancies"));
			assertThat((long) f.get("leavers")).isBetween(1L, headcount);
			assertThat((long) f.get("stressDaysLost")).isBetween(0L, headcount * 79);
		}
		int every = DemoPledges.read().at("/workforce/notYetSubmittedEvery").asInt();
		assertThat(schools.stream().filter(s -> s.index() % every == every - 1)).isNotEmpty();
	}

}
