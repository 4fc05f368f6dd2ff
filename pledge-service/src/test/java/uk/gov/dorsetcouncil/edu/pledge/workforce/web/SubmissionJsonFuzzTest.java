package uk.gov.dorsetcouncil.edu.pledge.workforce.web;

import java.time.Instant;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;
import uk.gov.dorsetcouncil.edu.pledge.workforce.HeldSubmissions;
import uk.gov.dorsetcouncil.edu.pledge.workforce.SubmissionInput;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceReturns;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceSubmission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workforce submission's JSON body: any bytes are read as the API reads them (strict
 * JSON) and sent by a school; the answer is a receipt for figures whose parts are within
 * their wholes, or a refusal naming a field with nothing stored; never another exception.
 * Coverage-guided in the test command (ADR 0019).
 */
class SubmissionJsonFuzzTest {

	@FuzzTest
	void anyBodyIsAReceiptOrAProblemNamingAField(byte[] body) {
		HeldSubmissions held = new HeldSubmissions();
		WorkforceReturns returns = new WorkforceReturns(held, HeldSubmissions.terms(), 159,
				new MutableClock(Instant.parse("2026-12-07T10:00:00Z")));
		WorkforceSubmission received;
		try {
			received = returns.submit(SubmissionCsvFuzzTest.SCHOOL, StrictJson.read(body, SubmissionInput.class));
		}
		catch (ProblemException refused) {
			SubmissionCsvFuzzTest.named(refused);
			assertThat(held.size()).isZero();
			return;
		}
		SubmissionCsvFuzzTest.withinWholes(List.of(received));
		assertThat(held.size()).isEqualTo(1);
		assertThat(received.school()).isEqualTo("991001");
	}

}
