package uk.gov.dorsetcouncil.edu.pledge.commitment.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;
import uk.gov.dorsetcouncil.edu.platform.versions.IfMatch;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Commitment;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEditing;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentVersion;
import uk.gov.dorsetcouncil.edu.pledge.commitment.HeldHistory;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Pledge;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeReference;
import uk.gov.dorsetcouncil.edu.pledge.commitment.ReferenceLoading;
import uk.gov.dorsetcouncil.edu.pledge.commitment.WorkingGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commitment's body: any bytes are read as the API reads them (strict JSON) and applied
 * by the commitment's working group; the answer is the next version with every measure's
 * target inside its unit, or a refusal naming a field with nothing stored; never another
 * exception. Coverage-guided in the test command (ADR 0019).
 */
class CommitmentBodyFuzzTest {

	static final Caller GROUP = new Caller("dev-student-group", null, Organisation.localAuthority("838"),
			Set.of("PLEDGE_WORKING_GROUP:STUDENT"), Set.of("pledges:read", "pledges:write"));

	@FuzzTest
	void anyBodyIsANewVersionOrAProblemNamingAField(byte[] body) {
		CommitmentEdit read;
		try {
			read = StrictJson.mapper().readValue(body, CommitmentEdit.class);
		}
		catch (JacksonException refused) {
			Violation violation = StrictJson.violation(refused);
			assertThat(violation.field()).isNotNull();
			assertThat(violation.detail()).isNotBlank();
			return;
		}
		HeldHistory history = new HeldHistory();
		MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
		WorkingGroup group = new WorkingGroup("STUDENT", "Student Pledge working group");
		ReferenceLoading.load(
				new PledgeReference(java.util.stream.Stream
					.concat(java.util.stream.IntStream.rangeClosed(1, 10)
						.mapToObj(n -> new Commitment(Pledge.STUDENT, n, "S" + n, "s" + n, group)),
							java.util.stream.IntStream.rangeClosed(1, 7)
								.mapToObj(n -> new Commitment(Pledge.WORKFORCE, n, "W" + n, "w" + n,
										new WorkingGroup("WORKFORCE", "Workforce"))))
					.toList()),
				history, clock.instant());
		CommitmentVersion written;
		try {
			written = new CommitmentEditing(history, clock).edit(GROUP, "STUDENT-6", read, IfMatch.ABSENT);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.FORBIDDEN);
			if (refused.problem() == Problem.INVALID_INPUT) {
				assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.field()).isNotBlank());
			}
			assertThat(history.versions("STUDENT-6")).hasSize(1);
			return;
		}
		List<CommitmentVersion> versions = history.versions("STUDENT-6");
		assertThat(versions.get(versions.size() - 1)).isEqualTo(written);
		assertThat(written.measures()).allSatisfy(m -> assertThat(m.unit().holds(m.target())).isTrue());
	}

}
