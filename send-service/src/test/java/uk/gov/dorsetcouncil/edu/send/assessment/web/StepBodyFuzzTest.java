package uk.gov.dorsetcouncil.edu.send.assessment.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentFuzzing.recording;
import static uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentFuzzing.underWay;

/**
 * A step done: any body is read as the API reads it and applied; the answer is an
 * assessment within its bounds or a problem naming a field ({@link AssessmentFuzzing}).
 * Seeds in {@code StepBodyFuzzTestInputs}; coverage-guided in the test command (ADR
 * 0019).
 */
class StepBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/assessment/web/assessment-body.dict")
	void aStepIsRecordedOrAProblemNamingAField(byte[] bytes) {
		AssessmentFuzzing.check(bytes, AssessmentController.StepBody.class,
				body -> underWay().recordStep(AssessmentFuzzing.CASEWORKER, AssessmentFuzzing.id(), "ADVICE_HEALTH",
						body.doneOn(), body.outcome()));
	}

}
