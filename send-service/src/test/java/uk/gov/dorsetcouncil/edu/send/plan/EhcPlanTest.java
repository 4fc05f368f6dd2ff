package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EhcPlanTest {

	static final String UPN = Upn.withCheckLetter("838200125001").value();

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	// Children and Families Act 2014 s44(1): within 12 months of the plan being made,
	// then
	// of each review; a month period ends on the corresponding date or the month's last
	// day.
	@ParameterizedTest(name = "{0} issued {1}, last reviewed {2}: next review due {3}")
	@CsvSource(nullValues = "none", textBlock = """
			FINAL,  2025-03-14, none,       2026-03-14
			FINAL,  2025-12-31, none,       2026-12-31
			FINAL,  2025-01-01, none,       2026-01-01
			FINAL,  2024-02-29, none,       2025-02-28
			FINAL,  2023-02-28, none,       2024-02-28
			FINAL,  2023-03-01, none,       2024-03-01
			FINAL,  2022-05-10, 2024-02-29, 2025-02-28
			FINAL,  2022-05-10, 2023-11-30, 2024-11-30
			FINAL,  2019-09-01, 2025-09-01, 2026-09-01
			DRAFT,  2026-05-01, none,       none
			CEASED, 2021-03-14, 2024-03-01, none
			""")
	void nextAnnualReviewIsDueTwelveMonthsAfterThePlanWasMadeOrLastReviewed(String status, String issued,
			String lastReviewed, String expectedDue) {
		EhcPlan plan = EhcPlan.fromSubmission(UPN, status, issued, null, lastReviewed, TODAY);

		assertThat(plan.nextAnnualReviewDue().map(LocalDate::toString).orElse(null)).isEqualTo(expectedDue);
	}

	@ParameterizedTest(name = "due {1}, today {0}: overdue {2}")
	@CsvSource(textBlock = """
			2026-03-13, 2025-03-14, false
			2026-03-14, 2025-03-14, false
			2026-03-15, 2025-03-14, true
			""")
	void aReviewIsOverdueOnlyAfterItsDueDate(LocalDate today, String issued, boolean overdue) {
		EhcPlan plan = EhcPlan.fromSubmission(UPN, "FINAL", issued, "991001", null, today);

		assertThat(plan.annualReviewOverdueOn(today)).isEqualTo(overdue);
	}

	@ParameterizedTest(name = "{5}")
	@CsvSource(nullValues = "none", textBlock = """
			A838200125001, FINAL,   2025-03-14, 991001,  none,       upn
			none,          FINAL,   2025-03-14, 991001,  none,       upn
			UPN,           ENDED,   2025-03-14, 991001,  none,       status
			UPN,           none,    2025-03-14, 991001,  none,       status
			UPN,           final,   2025-03-14, 991001,  none,       status
			UPN,           FINAL,   none,       991001,  none,       issuedDate
			UPN,           FINAL,   14/03/2025, 991001,  none,       issuedDate
			UPN,           FINAL,   2026-06-02, 991001,  none,       issuedDate
			UPN,           FINAL,   -999999999-01-01, 991001, none,  issuedDate
			UPN,           FINAL,   +999999999-12-31, 991001, none,  issuedDate
			UPN,           FINAL,   0000-01-01, 991001,  none,       issuedDate
			UPN,           FINAL,   2014-08-31, 991001,  none,       issuedDate
			UPN,           FINAL,   2025-03-14, 991001,  -999999998-01-01, lastReviewDate
			UPN,           FINAL,   2025-03-14, 99100,   none,       namedSchoolUrn
			UPN,           FINAL,   2025-03-14, DT1 1XJ, none,       namedSchoolUrn
			UPN,           DRAFT,   2025-03-14, 991001,  none,       namedSchoolUrn
			UPN,           FINAL,   2025-03-14, 991001,  2025-03-13, lastReviewDate
			UPN,           FINAL,   2025-03-14, 991001,  2026-07-01, lastReviewDate
			UPN,           FINAL,   2025-03-14, 991001,  2025-02-30, lastReviewDate
			UPN,           DRAFT,   2025-03-14, none,    2025-04-01, lastReviewDate
			""")
	void aPlanThatBreaksARuleIsRefusedNamingTheField(String upn, String status, String issued, String school,
			String reviewed, String field) {
		String pupil = "UPN".equals(upn) ? UPN : upn;

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> EhcPlan.fromSubmission(pupil, status, issued, school, reviewed, TODAY))
			.satisfies(problem -> {
				assertThat(problem.problem()).isEqualTo(Problem.INVALID_INPUT);
				assertThat(problem.violations()).extracting("field").containsExactly(field);
			});
	}

	@ParameterizedTest(name = "a school caller {0} may see a plan naming {1}: {2}")
	@CsvSource(nullValues = "none", textBlock = """
			991001, 991001, true
			991002, 991001, false
			991001, none,   false
			""")
	void aPlanNamesOnlyItsSchool(String school, String named, boolean names) {
		EhcPlan plan = EhcPlan.fromSubmission(UPN, "FINAL", "2025-03-14", named, null, TODAY);

		assertThat(plan.names(school)).isEqualTo(names);
	}

}
