package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildCandidates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a notification goes, case by case: only a confident, clear match on one roll goes
 * to a school; never a guess.
 */
class RoutingTest {

	/**
	 * Candidates as {@code upn:score:school|school;...}; home-educated UPNs; the expected
	 * recipient, school, child and reason.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"no candidate                                  | -                        | -  | LA_QUEUE    | -      | -  | NO_CANDIDATE",
			"name, given name and date of birth exact       | A1:75:991001             | -  | SCHOOL      | 991001 | A1 | CONFIDENT_MATCH_ON_ONE_ROLL",
			"all four fields exact                          | A1:90:991001             | -  | SCHOOL      | 991001 | A1 | CONFIDENT_MATCH_ON_ONE_ROLL",
			"family name and date of birth only: a sibling? | A1:60:991001             | -  | LA_QUEUE    | -      | -  | NO_CONFIDENT_CANDIDATE",
			"one point short of confident                   | A1:74:991001             | -  | LA_QUEUE    | -      | -  | NO_CONFIDENT_CANDIDATE",
			"a confident one and a close second             | A1:90:991001;A2:75:991002 | - | LA_QUEUE    | -      | -  | SEVERAL_CLOSE_CANDIDATES",
			"a second just inside the lead                  | A1:90:991001;A2:71:991002 | - | LA_QUEUE    | -      | -  | NO_CONFIDENT_CANDIDATE",
			"a second exactly the lead below                | A1:90:991001;A2:70:991002 | - | SCHOOL      | 991001 | A1 | CONFIDENT_MATCH_ON_ONE_ROLL",
			"best listed second                             | A2:62:991002;A1:90:991001 | - | SCHOOL      | 991001 | A1 | CONFIDENT_MATCH_ON_ONE_ROLL",
			"on no roll, home educated                      | A1:90:                   | A1 | EHE_OFFICER | -      | A1 | ELECTIVELY_HOME_EDUCATED",
			"on no roll, not home educated                  | A1:90:                   | -  | LA_QUEUE    | -      | A1 | ON_NO_ROLL",
			"dual registered                                | A1:90:991001/991002      | -  | LA_QUEUE    | -      | A1 | ON_SEVERAL_ROLLS" })
	void eachCaseGoesWhereTheRuleSays(String why, String candidates, String homeEducated, Routing.Recipient recipient,
			String school, String upn, Routing.Reason reason) {
		Set<String> home = (homeEducated == null) ? Set.of() : Set.of(homeEducated);
		Routing.Route route = Routing.route(candidates(candidates), home::contains);
		assertThat(route.recipient()).as(why).isEqualTo(recipient);
		assertThat(route.school()).as(why).isEqualTo(school);
		assertThat(route.upn()).as(why).isEqualTo(upn);
		assertThat(route.reason()).as(why).isEqualTo(reason);
	}

	static List<ChildCandidates.Candidate> candidates(String written) {
		List<ChildCandidates.Candidate> candidates = new ArrayList<>();
		if (written == null) {
			return candidates;
		}
		for (String one : written.split(";")) {
			String[] parts = one.trim().split(":", -1);
			List<String> schools = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split("/"));
			candidates.add(new ChildCandidates.Candidate(parts[0], "Smith", "Amelia", LocalDate.of(2016, 7, 4), schools,
					Integer.parseInt(parts[1]), List.of()));
		}
		return candidates;
	}

}
