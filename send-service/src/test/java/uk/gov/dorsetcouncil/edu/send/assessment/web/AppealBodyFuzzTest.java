package uk.gov.dorsetcouncil.edu.send.assessment.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentFuzzing.recording;
import static uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentFuzzing.underWay;

/**
 * Mediation and appeal dates (here after no refusal): any body is read as the API reads
 * it and applied; the answer is an assessment within its bounds or a problem naming a
 * field ({@link AssessmentFuzzing}). Seeds in {@code AppealBodyFuzzTestInputs};
 * coverage-guided in the test command (ADR 0019).
 */
class AppealBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/assessment/web/assessment-body.dict")
	void anAppealIsRecordedOrAProblemNamingAField(byte[] bytes) {
		AssessmentFuzzing.check(bytes, AssessmentController.AppealBody.class,
				body -> underWay().recordAppeal(AssessmentFuzzing.CASEWORKER, AssessmentFuzzing.id(), body.request()));
	}

}
