package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An EHC plan as a caseworker's system sends it: any status, dates, school and UPN become
 * a plan within the law's bounds (issued on or after Part 3 of the Children and Families
 * Act 2014 began and not in the future; last reviewed between its issue and today; its
 * next annual review a year on), or one 400 problem naming each field at fault; never
 * another exception. Coverage-guided in the test command (ADR 0019).
 */
class EhcPlanSubmissionFuzzTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@FuzzTest
	@DictionaryEntries({ "DRAFT", "FINAL", "CEASED", "2026-11-20", "2014-09-01", "+999999999-12-31", "-999999999-01-01",
			"0000-01-01", "A123456789012", "113001", "02-29" })
	void anySubmissionIsAPlanWithinBoundsOrAProblemNamingTheFields(FuzzedDataProvider data) {
		String upn = data.consumeString(20);
		String status = data.consumeString(12);
		String issued = data.consumeBoolean() ? null : data.consumeString(24);
		String school = data.consumeBoolean() ? null : data.consumeString(10);
		String reviewed = data.consumeBoolean() ? null : data.consumeRemainingAsString();
		EhcPlan plan;
		try {
			plan = EhcPlan.fromSubmission(upn, status, issued, school, reviewed, TODAY);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty()
				.allSatisfy(violation -> assertThat(violation.field()).isIn("upn", "status", "issuedDate",
						"namedSchoolUrn", "lastReviewDate"));
			return;
		}
		assertThat(plan.issuedDate()).isBetween(DateBounds.EHC_PLANS_BEGAN, TODAY);
		plan.lastReview().ifPresent(review -> assertThat(review).isBetween(plan.issuedDate(), TODAY));
		plan.nextAnnualReviewDue()
			.ifPresent(due -> assertThat(due).isAfter(plan.lastReview().orElse(plan.issuedDate())));
	}

}
