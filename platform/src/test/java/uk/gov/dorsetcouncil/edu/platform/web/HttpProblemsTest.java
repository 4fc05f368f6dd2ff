package uk.gov.dorsetcouncil.edu.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/problems.md, one row per kind. */
class HttpProblemsTest {

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource({ "INVALID_INPUT, 400, /problems/invalid-input", "FORBIDDEN, 403, /problems/forbidden",
			"NOT_FOUND, 404, /problems/not-found", "CONFLICT, 409, /problems/conflict", "GONE, 410, /problems/gone",
			"PRECONDITION_FAILED, 412, /problems/precondition-failed", "RULE_BROKEN, 422, /problems/rule-broken",
			"UNAVAILABLE, 503, /problems/unavailable" })
	void eachKindHasItsStatusAndType(Problem problem, int status, String type) {
		assertThat(HttpProblems.status(problem)).isEqualTo(status);
		assertThat(HttpProblems.typeUri(problem)).isEqualTo(type);
	}

	@ParameterizedTest
	@EnumSource(Problem.class)
	void aStatusLeadsBackToItsKind(Problem problem) {
		assertThat(HttpProblems.ofStatus(HttpProblems.status(problem))).contains(problem);
	}

	@ParameterizedTest
	@CsvSource({ "200", "401", "415", "500" })
	void statusesThatAreNoKindHaveNone(int status) {
		assertThat(HttpProblems.ofStatus(status)).isEmpty();
	}

}
