package uk.gov.dorsetcouncil.edu.send.review.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static uk.gov.dorsetcouncil.edu.send.review.web.ReviewFuzzing.held;

/**
 * A step done: any body is read as the API reads it and applied; the answer is a review
 * within its bounds or a problem naming a field ({@link ReviewFuzzing}). Seeds in
 * {@code ReviewStepBodyFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class ReviewStepBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/review/web/review-body.dict")
	void aStepIsRecordedOrAProblemNamingAField(byte[] bytes) {
		ReviewFuzzing.check(bytes, ReviewController.ReviewStepBody.class, body -> held()
			.recordStep(ReviewFuzzing.CASEWORKER, ReviewFuzzing.id(), "PAPERS_CIRCULATED", body.doneOn()));
	}

}
