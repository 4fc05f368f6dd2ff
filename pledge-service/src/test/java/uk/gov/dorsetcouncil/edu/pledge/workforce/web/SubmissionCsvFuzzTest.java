package uk.gov.dorsetcouncil.edu.pledge.workforce.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;
import uk.gov.dorsetcouncil.edu.pledge.workforce.HeldSubmissions;
import uk.gov.dorsetcouncil.edu.pledge.workforce.StaffFigures;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WellbeingStatement;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceReturns;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceSubmission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workforce submission as CSV: any bytes are read as the API reads them (Commons CSV,
 * UTF-8) and sent by a school; the answer is a receipt for each row, with every part
 * within its whole, or a refusal naming a field (a row and column, or the header) with
 * nothing stored; never another exception. Coverage-guided in the test command (ADR
 * 0019).
 */
class SubmissionCsvFuzzTest {

	static final Caller SCHOOL = new Caller("sbm@991001", null, Organisation.school("991001"), Set.of(),
			Set.of("pledges:read", "pledges:write"));

	@FuzzTest
	void anyCsvIsReceiptsOrAProblemNamingAField(byte[] body) {
		HeldSubmissions held = new HeldSubmissions();
		WorkforceReturns returns = new WorkforceReturns(held, HeldSubmissions.terms(), 159,
				new MutableClock(Instant.parse("2026-12-07T10:00:00Z")));
		List<WorkforceSubmission> received;
		try {
			SubmissionCsv.Read read = SubmissionCsv.read(body);
			received = returns.submitRows(SCHOOL, read.rows(), read.unread());
		}
		catch (ProblemException refused) {
			named(refused);
			assertThat(held.size()).isZero();
			return;
		}
		assertThat(received).isNotEmpty().allSatisfy(s -> assertThat(s.school()).isEqualTo("991001"));
		withinWholes(received);
		assertThat(held.size()).isEqualTo(received.size());
	}

	static void named(ProblemException refused) {
		assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.FORBIDDEN);
		if (refused.problem() == Problem.INVALID_INPUT) {
			assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> {
				assertThat(v.field()).isNotBlank();
				assertThat(v.detail()).isNotBlank();
			});
		}
	}

	static void withinWholes(List<WorkforceSubmission> received) {
		for (WorkforceSubmission submission : received) {
			StaffFigures f = submission.figures();
			assertThat(f.headcount()).isBetween(1L, 5_000L);
			assertThat(f.fte()).isPositive().isLessThanOrEqualTo(f.headcount());
			assertThat(f.respondents()).isBetween(0L, f.headcount());
			for (WellbeingStatement statement : WellbeingStatement.values()) {
				assertThat(f.agreeing(statement)).isBetween(0L, f.respondents());
			}
			assertThat(f.tas()).isBetween(0L, f.headcount());
			assertThat(List.of(f.tasInducted(), f.tasCompletedCpd(), f.tasCareerProgressed(), f.tasPayProgressed()))
				.allSatisfy(part -> assertThat(part).isBetween(0L, f.tas()));
			assertThat(f.postsFilled()).isBetween(0L, f.vacancies());
			assertThat(f.leavers()).isBetween(0L, f.headcount());
			assertThat(submission.digest()).hasSize(64);
		}
	}

}
