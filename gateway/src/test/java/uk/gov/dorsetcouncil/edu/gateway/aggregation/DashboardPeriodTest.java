package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardPeriodTest {

	@Test
	void nothingAskedIsTheAcademicYearToDate() {
		assertThat(DashboardPeriod.parse(null, " ", null).yearToDate()).isTrue();
	}

	@ParameterizedTest(name = "term={0} from={1} to={2}")
	@CsvSource(nullValues = "none", value = { "AUTUMN, none, none", "none, 2026-09-01, none",
			"none, 2026-09-01, 2026-10-31", "none, 2026-10-01, 2026-10-01" })
	void aTermOrADateRangeIsAPeriod(String term, String from, String to) {
		DashboardPeriod period = DashboardPeriod.parse(term, from, to);
		assertThat(period.yearToDate()).isFalse();
		assertThat(period.term()).isEqualTo(term);
		assertThat(period.from()).isEqualTo((from == null) ? null : LocalDate.parse(from));
		assertThat(period.to()).isEqualTo((to == null) ? null : LocalDate.parse(to));
	}

	@ParameterizedTest(name = "term={0} from={1} to={2} -> {3}")
	@CsvSource(nullValues = "none",
			value = { "WINTER, none, none, term", "autumn, none, none, term", "AUTUMN, 2026-09-01, none, term",
					"none, 2026-13-01, none, from", "none, none, 2026-10-01, from", "none, 2026-10-02, 2026-10-01, to",
					"none, 2026-10-01, tomorrow, to" })
	void anyOtherQuestionIsRefusedNamingTheParameter(String term, String from, String to, String field) {
		assertThatThrownBy(() -> DashboardPeriod.parse(term, from, to)).isInstanceOf(ProblemException.class)
			.satisfies(ex -> assertThat(((ProblemException) ex).violations()).extracting("field").contains(field));
	}

}
