package uk.gov.dorsetcouncil.edu.send.plan.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * An amendment's comments or issue recorded: any body is read as the API reads it and
 * applied; the answer is a plan record within its bounds or a problem naming a field
 * ({@link PlanFuzzing}). Seeds in {@code AmendmentProgressBodyFuzzTestInputs};
 * coverage-guided in the test command (ADR 0019).
 */
class AmendmentProgressBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/plan/web/plan-body.dict")
	void anAmendmentProgressesOrAProblemNamingAField(byte[] bytes) {
		PlanFuzzing.check(bytes, PlanBodies.AmendmentProgressBody.class, body -> PlanFuzzing.proposed()
			.progressAmendment(PlanFuzzing.CASEWORKER, PlanFuzzing.CHILD.value(), "1", body.request()));
	}

}
