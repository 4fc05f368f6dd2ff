package uk.gov.dorsetcouncil.edu.send.plan.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Amendments proposed: any body is read as the API reads it and applied; the answer is a
 * plan record within its bounds or a problem naming a field ({@link PlanFuzzing}). Seeds
 * in {@code AmendmentBodyFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class AmendmentBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/plan/web/plan-body.dict")
	void amendmentsAreProposedOrAProblemNamingAField(byte[] bytes) {
		PlanFuzzing.check(bytes, PlanBodies.AmendmentBody.class, body -> PlanFuzzing.keeping()
			.proposeAmendment(PlanFuzzing.CASEWORKER, PlanFuzzing.CHILD.value(), body.request()));
	}

}
