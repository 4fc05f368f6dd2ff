package uk.gov.dorsetcouncil.edu.attendance.alerts.web;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning.CheckedPlan;
import uk.gov.dorsetcouncil.edu.attendance.alerts.web.PlanController.PlanBody;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attendance plan as a school or officer puts it ({@code PUT
 * /api/v1/attendance/plans/{urn}/{upn}}): any path values and body bytes, read by the
 * platform's strict JSON rules and checked as the controller does, become a plan whose
 * every text is kept text within its length and every date within the platform's bounds,
 * or one 400 problem naming the fields at fault; never another exception. Seeds in
 * {@code PlanBodyFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class PlanBodyFuzzTest {

	@FuzzTest
	@DictionaryEntries({ "owner", "actions", "reviewDate", "description", "dueDate", "done", "true", "null",
			"2026-12-01", "113001", "A838200116001", "\\ud800", "\\u0000", "\\u202e" })
	void anyBodyIsACheckedPlanOrAProblemNamingTheFields(FuzzedDataProvider data) {
		String urn = data.consumeString(8);
		String upn = data.consumeString(15);
		byte[] body = data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
		CheckedPlan plan;
		try {
			plan = AttendancePlanning.check(urn, upn, StrictJson.read(body, PlanBody.class).details());
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty()
				.allSatisfy((violation) -> assertThat(violation).satisfiesAnyOf(
						(named) -> assertThat(named.field())
							.matches("urn|upn|owner|reviewDate|actions|body|(actions\\[\\d+\\](\\.\\w+)?)"),
						// an unknown field is refused naming itself
						(unknown) -> assertThat(unknown.detail()).startsWith("unknown field ")));
			return;
		}
		assertThat(plan.upn().value()).isEqualTo(upn);
		assertThat(plan.owner()).isNotBlank().hasSizeLessThanOrEqualTo(100);
		assertThat(KeptText.problemWith(plan.owner(), KeptText.Form.LINE)).isEmpty();
		assertThat(plan.reviewDate()).isBetween(DateBounds.EARLIEST, DateBounds.LATEST);
		assertThat(plan.actions()).isNotEmpty().hasSizeLessThanOrEqualTo(30).allSatisfy((action) -> {
			assertThat(action.description()).isNotBlank().hasSizeLessThanOrEqualTo(500);
			assertThat(KeptText.problemWith(action.description(), KeptText.Form.PARAGRAPHS)).isEmpty();
			if (action.owner() != null) {
				assertThat(action.owner()).hasSizeLessThanOrEqualTo(100);
				assertThat(KeptText.problemWith(action.owner(), KeptText.Form.LINE)).isEmpty();
			}
			if (action.dueDate() != null) {
				assertThat(action.dueDate()).isBetween(DateBounds.EARLIEST, DateBounds.LATEST);
			}
		});
	}

}
