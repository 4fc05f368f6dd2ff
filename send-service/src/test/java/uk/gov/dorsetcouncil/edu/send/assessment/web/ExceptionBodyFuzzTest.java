package uk.gov.dorsetcouncil.edu.send.assessment.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentFuzzing.recording;
import static uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentFuzzing.underWay;

/**
 * An exception to the time limits: any body is read as the API reads it and applied; the
 * answer is an assessment within its bounds or a problem naming a field
 * ({@link AssessmentFuzzing}). Seeds in {@code ExceptionBodyFuzzTestInputs};
 * coverage-guided in the test command (ADR 0019).
 */
class ExceptionBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/assessment/web/assessment-body.dict")
	void anExceptionIsRecordedOrAProblemNamingAField(byte[] bytes) {
		AssessmentFuzzing.check(bytes, AssessmentController.ExceptionBody.class, body -> underWay()
			.recordException(AssessmentFuzzing.CASEWORKER, AssessmentFuzzing.id(), body.request()));
	}

}
