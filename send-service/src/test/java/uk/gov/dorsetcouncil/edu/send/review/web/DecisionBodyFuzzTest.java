package uk.gov.dorsetcouncil.edu.send.review.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static uk.gov.dorsetcouncil.edu.send.review.web.ReviewFuzzing.held;

/**
 * A decision: any body is read as the API reads it and applied; the answer is a review
 * within its bounds or a problem naming a field ({@link ReviewFuzzing}). Seeds in
 * {@code DecisionBodyFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class DecisionBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/review/web/review-body.dict")
	void aDecisionIsRecordedOrAProblemNamingAField(byte[] bytes) {
		ReviewFuzzing.check(bytes, ReviewController.DecisionBody.class, body -> held()
			.recordDecision(ReviewFuzzing.CASEWORKER, ReviewFuzzing.id(), body.decidedOn(), body.outcome()));
	}

}
