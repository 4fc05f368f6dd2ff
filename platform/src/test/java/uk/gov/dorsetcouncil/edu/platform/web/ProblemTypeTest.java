package uk.gov.dorsetcouncil.edu.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTest {

	@ParameterizedTest
	@EnumSource(Problem.class)
	void everyDomainProblemHasItsTypeWithTheSameStatus(Problem problem) {
		ProblemType type = ProblemType.of(problem);
		assertThat(type.status()).isEqualTo(HttpProblems.status(problem));
		assertThat(type.uri()).isEqualTo(HttpProblems.typeUri(problem));
	}

	@ParameterizedTest
	@EnumSource(ProblemType.class)
	void everyTypeIsFoundByItsUriAndSlugAndSaysWhatItMeans(ProblemType type) {
		assertThat(ProblemType.ofUri(type.uri())).contains(type);
		assertThat(ProblemType.ofSlug(type.slug())).contains(type);
		assertThat(type.uri()).matches("/problems/[a-z-]+");
		assertThat(type.description()).hasSizeGreaterThan(40);
	}

	@Test
	void everyStatusAnEdgeAnswersHasAType() {
		for (int status = 400; status < 600; status++) {
			ProblemType type = ProblemType.ofStatus(status);
			assertThat(type.status() / 100).isEqualTo(status / 100);
		}
		assertThat(ProblemType.ofStatus(401)).isEqualTo(ProblemType.UNAUTHENTICATED);
		assertThat(ProblemType.ofStatus(429)).isEqualTo(ProblemType.RATE_LIMITED);
		assertThat(ProblemType.ofStatus(418)).isEqualTo(ProblemType.INVALID_INPUT);
	}

	/** docs/problems.md lists every type, and no other. */
	@Test
	void theDocumentListsEveryTypeAndNoOther() throws IOException {
		String document = Files.readString(Path.of("..", "docs", "problems.md"));
		Set<String> listed = new TreeSet<>();
		Matcher row = Pattern.compile("(?m)^\\| `(/problems/[a-z-]+)` \\|").matcher(document);
		while (row.find()) {
			listed.add(row.group(1));
		}
		assertThat(listed)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
	}

}
