package uk.gov.dorsetcouncil.edu.send.review.web;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static uk.gov.dorsetcouncil.edu.send.review.web.ReviewFuzzing.recording;

/**
 * A review arranged: any body is read as the API reads it and applied; the answer is a
 * review within its bounds or a problem naming a field ({@link ReviewFuzzing}). Seeds in
 * {@code ReviewBodyFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class ReviewBodyFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/send/review/web/review-body.dict")
	void aReviewIsArrangedOrAProblemNamingAField(byte[] bytes) {
		ReviewFuzzing.check(bytes, ReviewController.ReviewBody.class,
				body -> recording().arrange(ReviewFuzzing.CASEWORKER, ReviewFuzzing.CHILD.value(), body.request()));
	}

}
