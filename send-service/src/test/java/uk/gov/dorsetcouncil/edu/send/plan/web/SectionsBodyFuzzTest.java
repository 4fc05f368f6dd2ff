package uk.gov.dorsetcouncil.edu.send.plan.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The plan's sections recorded: any body is read as the API reads it and applied; the
 * answer is a plan record within its bounds or a problem naming a field
 * ({@link PlanFuzzing}). Seeds in {@code SectionsBodyFuzzTestInputs}; coverage-guided in
 * the test command (ADR 0019).
 */
class SectionsBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/plan/web/plan-body.dict")
	void sectionsAreRecordedOrAProblemNamingAField(byte[] bytes) {
		PlanFuzzing.check(bytes, PlanBodies.SectionsBody.class, body -> PlanFuzzing.keeping()
			.recordSections(PlanFuzzing.CASEWORKER, PlanFuzzing.CHILD.value(), body.request()));
	}

}
