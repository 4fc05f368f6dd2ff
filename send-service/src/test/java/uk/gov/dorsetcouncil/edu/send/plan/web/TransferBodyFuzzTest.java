package uk.gov.dorsetcouncil.edu.send.plan.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A transfer recorded: any body is read as the API reads it and applied; the answer is a
 * plan record within its bounds or a problem naming a field ({@link PlanFuzzing}). Seeds
 * in {@code TransferBodyFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class TransferBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/plan/web/plan-body.dict")
	void aTransferIsRecordedOrAProblemNamingAField(byte[] bytes) {
		PlanFuzzing.check(bytes, PlanBodies.TransferBody.class, body -> PlanFuzzing.keeping()
			.transfer(PlanFuzzing.CASEWORKER, PlanFuzzing.CHILD.value(), body.request()));
	}

}
