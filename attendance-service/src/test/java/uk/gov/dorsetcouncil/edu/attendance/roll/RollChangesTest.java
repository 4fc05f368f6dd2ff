package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/** What a change to an enrolment tells the change feed. */
class RollChangesTest {

	private static final Instant AT = Instant.parse("2026-11-23T15:00:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# case                                  | admitted before | left before | admitted   | left       | ground    | changes
					first admission                         | -               | -           | 2026-09-03 | -          | -         | CREATED
					admitted and left in one request        | -               | -           | 2026-09-03 | 2026-11-20 | MOVED_AWAY | CREATED DELETED
					the same again                          | 2026-09-03      | -           | 2026-09-03 | -          | -         | -
					a leaving date given                    | 2026-09-03      | -           | 2026-09-03 | 2026-11-20 | DIED      | DELETED
					a leaving date moved                    | 2026-09-03      | 2026-11-19  | 2026-09-03 | 2026-11-20 | -         | DELETED
					a leaving date withdrawn: back on roll  | 2026-09-03      | 2026-11-19  | 2026-09-03 | -          | -         | CREATED
					readmitted on another date              | 2025-09-03      | 2026-07-20  | 2026-09-03 | -          | -         | CREATED
					""")
	void joinsAndLeaves(String description, String admittedBefore, String leftBefore, String admitted, String left,
			String ground, String changes) {
		Optional<Enrolment> before = Optional.ofNullable(admittedBefore)
			.map((date) -> new Enrolment("113001", LocalDate.parse(date), date(leftBefore), Registration.SINGLE));
		Enrolment after = new Enrolment("113001", LocalDate.parse(admitted), date(left), Registration.SINGLE);

		var recorded = RollChanges.of("113001", new Upn(upn(1)), 4, before, after,
				(ground != null) ? DeletionGround.valueOf(ground) : null, null, AT);

		assertThat(recorded).extracting((change) -> change.type().name())
			.containsExactly((changes == null) ? new String[0] : changes.split(" "));
		assertThat(recorded).allSatisfy((change) -> {
			assertThat(change.entityType()).isEqualTo("enrolment");
			assertThat(change.key()).isEqualTo("113001:" + upn(1));
			assertThat(change.id()).startsWith("113001:" + upn(1) + ":v4:");
			assertThat(change.organisations()).containsExactlyInAnyOrder("SCHOOL:113001", "LOCAL_AUTHORITY:838");
		});
		recorded.stream()
			.filter((change) -> change.type().name().equals("DELETED"))
			.map(Change::payload)
			.forEach((payload) -> {
				assertThat(payload).containsEntry("leavingDate", left);
				assertThat(payload).containsEntry("deletionGround", (ground != null) ? ground : "NOT_GIVEN");
			});
	}

	@ParameterizedTest(name = "registration {0} -> {1}")
	@CsvSource({ "SINGLE, DUAL_MAIN, UPDATED", "DUAL_MAIN, DUAL_MAIN, -" })
	void aChangedRegistrationIsAnUpdate(String from, String to, String change) {
		LocalDate admitted = LocalDate.parse("2026-09-03");
		var recorded = RollChanges.of("113001", new Upn(upn(1)), 2,
				Optional.of(new Enrolment("113001", admitted, null, Registration.valueOf(from))),
				new Enrolment("113001", admitted, null, Registration.valueOf(to)), null, null, AT);
		assertThat(recorded).extracting((each) -> each.type().name())
			.containsExactly(change.equals("-") ? new String[0] : new String[] { change });
	}

	private static LocalDate date(String value) {
		return (value == null) ? null : LocalDate.parse(value);
	}

}
