package uk.gov.dorsetcouncil.edu.send;

import java.util.function.Consumer;
import java.util.function.Function;

import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fuzz test of a SEND request body checks: any bytes are read as the API reads
 * them (strict JSON) and applied, and the answer is within its bounds or a refusal naming
 * a field; never another exception.
 */
public final class BodyFuzzing {

	private BodyFuzzing() {
	}

	/**
	 * Reads the body, applies it, and checks a refusal or, with {@code bounds}, the
	 * answer.
	 */
	public static <B, A> void check(byte[] body, Class<B> type, Function<B, A> apply, Consumer<A> bounds) {
		B read;
		try {
			read = StrictJson.mapper().readValue(body, type);
		}
		catch (JacksonException refused) {
			Violation violation = StrictJson.violation(refused);
			assertThat(violation.field()).isNotNull();
			assertThat(violation.detail()).isNotBlank();
			return;
		}
		if (read == null) {
			return;
		}
		A answered;
		try {
			answered = apply.apply(read);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN, Problem.CONFLICT);
			assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.field()).isNotBlank());
			return;
		}
		bounds.accept(answered);
	}

}
