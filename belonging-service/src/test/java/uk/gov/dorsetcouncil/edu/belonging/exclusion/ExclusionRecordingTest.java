package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions.PLAIN;
import static uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions.WITH_INSET;

/**
 * Recording exclusions: the rules a school meets, each refusal naming its field and
 * storing nothing. The pupil is on both schools' rolls all year unless a case says not.
 */
class ExclusionRecordingTest {

	static final String PUPIL = Exclusions.PUPIL.value();

	static final Upn OFF_ROLL = Upn.withCheckLetter("838200125009");

	static final Caller PLAIN_HEAD = school(PLAIN);

	static final Caller INSET_HEAD = school(WITH_INSET);

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	final HeldExclusions store = new HeldExclusions();

	static final Caller CHESIL_OFFICER = new Caller("locality-officer", "dashboard",
			new Organisation(Organisation.Type.LOCALITY, "CHESIL"), Set.of("LOCALITY_INCLUSION_OFFICER"),
			Set.of("belonging:read"));

	final ExclusionRecording recording = new ExclusionRecording(this.store, Exclusions.CALENDAR,
			(urn, upn, date) -> !upn.equals(OFF_ROLL), locality -> locality.equals("CHESIL") ? Set.of(PLAIN) : Set.of(),
			LostRaceRetry.withoutPause(3), Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC));

	static Caller school(String urn) {
		return new Caller("head@" + urn, "mis-" + urn, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("belonging:read", "belonging:write"));
	}

	static ExclusionRequest suspension(String urn, String start, Integer sessions, Integer lunchtimes) {
		return new ExclusionRequest(PUPIL, urn, "SUSPENSION", start, null, sessions, lunchtimes, List.of("DB"),
				"A. Head", false, false, false);
	}

	@Test
	void aSuspensionIsRecordedWithItsStepsAndItsChange() {
		Exclusion recorded = this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-09-16", 12, null));

		assertThat(recorded.id()).isEqualTo(PUPIL + "-1");
		assertThat(recorded.halfDays()).isEqualTo(12);
		assertThat(recorded.steps()).extracting(Step::kind)
			.containsExactly(StepKind.PARENT_NOTICE, StepKind.GOVERNING_BOARD_NOTICE, StepKind.LOCAL_AUTHORITY_NOTICE,
					StepKind.SIXTH_DAY_PROVISION);
		assertThat(this.store.changes).singleElement().satisfies(change -> {
			assertThat(change.type()).isEqualTo(ChangeType.CREATED);
			assertThat(change.key()).isEqualTo(PUPIL + "-1");
			assertThat(change.organisations()).containsExactlyInAnyOrder("SCHOOL:" + PLAIN, "LOCAL_AUTHORITY:838");
			assertThat(change.payload()).containsEntry("halfDays", "12").containsEntry("reasons", "DB");
		});
	}

	@ParameterizedTest(name = "{0}: refused, naming {1}")
	@CsvSource(textBlock = """
			# a Saturday
			2026-09-19, 990126, startDate, weekend
			# the autumn half term
			2026-10-28, 990126, startDate, not term time
			# the summer holiday
			2026-08-10, 990126, startDate, not term time
			# the school's own INSET day (a school day at the other school)
			2026-11-02, 990027, startDate, INSET day
			""")
	void aSuspensionStartingOnANonSchoolDayIsRefused(String start, String urn, String field, String why) {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.record(school(urn), suspension(urn, start, 2, null)))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(Problem.RULE_BROKEN);
				assertThat(refused.violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo(field);
					assertThat(v.detail()).contains(why);
				});
			});
		assertThat(this.store.pupils).isEmpty();
	}

	@Test
	void theSameDayIsASchoolDayAtASchoolWithoutTheInsetDay() {
		assertThat(this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-11-02", 2, null)).startDate())
			.isEqualTo("2026-11-02");
	}

	@Test
	void theFortyFiveDayLimitCountsEverySchoolsSuspensionsInTheYear() {
		// 40 days at the first school, in the autumn and spring terms.
		this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-09-14", 40, null));
		this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2027-01-11", 40, null));
		// The pupil moves; the second school may suspend for the 5 days left.
		this.recording.record(INSET_HEAD, suspension(WITH_INSET, "2027-02-01", 9, null));
		this.recording.record(INSET_HEAD, suspension(WITH_INSET, "2027-02-08", null, 1));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.record(INSET_HEAD, suspension(WITH_INSET, "2027-02-09", null, 1)))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(Problem.RULE_BROKEN);
				assertThat(refused.violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo("lunchtimes");
					assertThat(v.detail()).contains("45.5 school days").contains("2026/27").contains("0 remain");
				});
			});
		assertThat(this.store.find(Exclusions.PUPIL).exclusions()).hasSize(4);
		// A new academic year starts again from nothing (from 1 August; September here).
		assertThat(this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-07-13", 10, null)).halfDays())
			.isEqualTo(10);
	}

	@Test
	void aSuspensionThatWouldPassTheLimitSaysHowManyDaysRemain() {
		this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-09-14", 85, null));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-11-09", 6, null)))
			.satisfies(refused -> assertThat(refused.violations()).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("sessions");
				assertThat(v.detail()).contains("to 45.5 school days").contains("2.5 remain");
			}));
	}

	@Test
	void aPupilNotOnTheSchoolsRollIsRefused() {
		ExclusionRequest request = new ExclusionRequest(OFF_ROLL.value(), PLAIN, "PERMANENT_EXCLUSION", "2026-09-14",
				null, null, null, List.of("PA"), "A. Head", false, false, false);

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.recording.record(PLAIN_HEAD, request))
			.satisfies(refused -> assertThat(refused.violations()).singleElement()
				.satisfies(v -> assertThat(v.field()).isEqualTo("upn")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					an unknown reason code            | SUSPENSION          | 2026-09-14 | 2 |   | DB,XX       | A. Head | reasons[1]
					four reasons                      | SUSPENSION          | 2026-09-14 | 2 |   | DB,PP,PA,VA | A. Head | reasons
					a reason twice                    | SUSPENSION          | 2026-09-14 | 2 |   | DB,DB       | A. Head | reasons[1]
					no reason                         | SUSPENSION          | 2026-09-14 | 2 |   |             | A. Head | reasons
					no length                         | SUSPENSION          | 2026-09-14 |   |   | DB          | A. Head | sessions
					two lengths                       | SUSPENSION          | 2026-09-14 | 2 | 1 | DB          | A. Head | lunchtimes
					no sessions                       | SUSPENSION          | 2026-09-14 | 0 |   | DB          | A. Head | sessions
					more than a year's limit          | SUSPENSION          | 2026-09-14 | 91 |  | DB          | A. Head | sessions
					a length for a permanent one      | PERMANENT_EXCLUSION | 2026-09-14 | 2 |   | DB          | A. Head | sessions
					an unknown type                   | FIXED               | 2026-09-14 | 2 |   | DB          | A. Head | type
					a date that is not one            | SUSPENSION          | 2026-02-30 | 2 |   | DB          | A. Head | startDate
					no date                           | SUSPENSION          |            | 2 |   | DB          | A. Head | startDate
					nobody decided                    | SUSPENSION          | 2026-09-14 | 2 |   | DB          |         | decidedBy
					""")
	void badInputIsRefusedNamingTheField(String what, String type, String start, Integer sessions, Integer lunchtimes,
			String reasons, String decidedBy, String field) {
		ExclusionRequest request = new ExclusionRequest(PUPIL, PLAIN, type, start, null, sessions, lunchtimes,
				(reasons == null) ? List.of() : List.of(reasons.split(",")), decidedBy, false, false, false);

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.recording.record(PLAIN_HEAD, request))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.store.pupils).isEmpty();
	}

	@Test
	void theSameExclusionTwiceIsAConflictAndStoredOnce() {
		this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-09-14", 2, null));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-09-14", 2, null)))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(Problem.CONFLICT);
				assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("startDate");
			});
		assertThat(this.store.find(Exclusions.PUPIL).exclusions()).hasSize(1);
	}

	@Test
	void onlyTheExcludingSchoolRecords() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.record(INSET_HEAD, suspension(PLAIN, "2026-09-14", 2, null)))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.record(OFFICER, suspension(PLAIN, "2026-09-14", 2, null)))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
	}

	@Test
	void aPermanentExclusionRunsToTheReviewPanelAndTheBoardsReconsideration() {
		String id = this.recording
			.record(PLAIN_HEAD,
					new ExclusionRequest(PUPIL, PLAIN, "PERMANENT_EXCLUSION", "2026-09-14", null, null, null,
							List.of("PA", "VA"), "A. Head", true, true, false))
			.id();
		this.recording.recordStep(PLAIN_HEAD, id, "GOVERNING_BOARD_NOTICE", "2026-09-14", null);
		this.recording.recordStep(PLAIN_HEAD, id, "GOVERNING_BOARD_MEETING", "2026-10-01", "UPHELD");
		this.recording.recordStep(PLAIN_HEAD, id, "REVIEW_APPLICATION", "2026-10-20", null);
		this.recording.recordStep(OFFICER, id, "REVIEW_PANEL", "2026-11-16", "QUASHED");
		Exclusion reconsidered = this.recording.recordStep(PLAIN_HEAD, id, "RECONSIDERATION", "2026-11-25",
				"REINSTATED");

		assertThat(reconsidered.steps()).extracting(Step::kind)
			.containsExactly(StepKind.PARENT_NOTICE, StepKind.GOVERNING_BOARD_NOTICE, StepKind.LOCAL_AUTHORITY_NOTICE,
					StepKind.VIRTUAL_SCHOOL_HEAD_NOTICE, StepKind.SOCIAL_WORKER_NOTICE, StepKind.SIXTH_DAY_PROVISION,
					StepKind.GOVERNING_BOARD_MEETING, StepKind.REVIEW_APPLICATION, StepKind.REVIEW_PANEL,
					StepKind.RECONSIDERATION);
		assertThat(reconsidered.step(StepKind.RECONSIDERATION).orElseThrow().dueDate()).isEqualTo("2026-11-30");
		assertThat(reconsidered.reinstatedOn()).contains(LocalDate.parse("2026-11-25"));
		assertThat(this.store.changes).extracting(change -> change.payload().get("step"))
			.containsExactly(null, "GOVERNING_BOARD_NOTICE", "GOVERNING_BOARD_MEETING", "REVIEW_APPLICATION",
					"REVIEW_PANEL", "RECONSIDERATION");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a review applied for late             | false | REVIEW_APPLICATION      | 2026-10-23 |          | doneOn
			the panel before the application      | true  | REVIEW_PANEL            | 2026-10-19 | QUASHED  | doneOn
			a step done in the future             | false | REVIEW_APPLICATION      | 2027-03-02 |          | doneOn
			a meeting without its decision        | false | GOVERNING_BOARD_MEETING | 2026-10-01 |          | outcome
			a panel outcome for a board           | false | GOVERNING_BOARD_MEETING | 2026-10-01 | QUASHED  | outcome
			an outcome for a notice               | false | PARENT_NOTICE           | 2026-09-14 | UPHELD   | outcome
			a step this exclusion does not have   | true  | RECONSIDERATION         | 2026-10-21 | UPHELD   | step
			a step that does not exist            | false | APPEAL                  | 2026-10-01 |          | step
			""")
	void stepsOutOfOrderOrMalformedAreRefusedNamingTheField(String what, boolean applied, String step, String doneOn,
			String outcome, String field) {
		String id = this.recording
			.record(PLAIN_HEAD,
					new ExclusionRequest(PUPIL, PLAIN, "PERMANENT_EXCLUSION", "2026-09-14", null, null, null,
							List.of("PA"), "A. Head", false, false, false))
			.id();
		// The board upheld it on 1 October: the parent may apply until 22 October.
		this.recording.recordStep(PLAIN_HEAD, id, "GOVERNING_BOARD_MEETING", "2026-10-01", "UPHELD");
		if (applied) {
			this.recording.recordStep(PLAIN_HEAD, id, "REVIEW_APPLICATION", "2026-10-20", null);
		}
		long version = this.store.find(Exclusions.PUPIL).version();

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.recordStep(PLAIN_HEAD, id, step, doneOn, outcome))
			.satisfies(refused -> assertThat(refused.violations()).extracting(v -> v.field()).contains(field));
		assertThat(this.store.find(Exclusions.PUPIL).version()).isEqualTo(version);
	}

	@Test
	void aParentsRequestBringsTheFiftyDayMeeting() {
		String id = this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-09-14", 16, null)).id();

		Exclusion requested = this.recording.requestMeeting(PLAIN_HEAD, id, "2026-09-15");

		assertThat(requested.step(StepKind.GOVERNING_BOARD_MEETING).orElseThrow().dueDate()).isEqualTo("2026-11-30");
	}

	@Test
	void noMeetingCanBeAskedForFiveDaysOrFewer() {
		String id = this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-09-14", 10, null)).id();

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.requestMeeting(PLAIN_HEAD, id, "2026-09-15"))
			.satisfies(refused -> assertThat(refused.violations()).extracting(v -> v.field())
				.containsExactly("requestedOn"));
	}

	@Test
	void stepsDueListTheWeekAndWhatIsOverdueForTheCallersSchools() {
		this.recording.record(PLAIN_HEAD, new ExclusionRequest(PUPIL, PLAIN, "PERMANENT_EXCLUSION", "2026-09-14", null,
				null, null, List.of("PA"), "A. Head", false, false, false));
		String id = PUPIL + "-1";
		this.recording.recordStep(PLAIN_HEAD, id, "PARENT_NOTICE", "2026-09-14", null);

		List<DueStep> week = this.recording.stepsDue(OFFICER, LocalDate.parse("2026-09-21"),
				LocalDate.parse("2026-09-27"), false);
		List<DueStep> withOverdue = this.recording.stepsDue(OFFICER, LocalDate.parse("2026-09-21"),
				LocalDate.parse("2026-09-27"), true);

		assertThat(week).extracting(due -> due.step().kind()).containsExactly(StepKind.SIXTH_DAY_PROVISION);
		assertThat(withOverdue).extracting(due -> due.step().kind())
			.containsExactly(StepKind.GOVERNING_BOARD_NOTICE, StepKind.LOCAL_AUTHORITY_NOTICE,
					StepKind.SIXTH_DAY_PROVISION);
		assertThat(
				this.recording.stepsDue(PLAIN_HEAD, LocalDate.parse("2026-09-21"), LocalDate.parse("2026-09-27"), true))
			.hasSize(3);
		assertThat(
				this.recording.stepsDue(INSET_HEAD, LocalDate.parse("2026-09-21"), LocalDate.parse("2026-09-27"), true))
			.isEmpty();
		// The locality officer sees the steps of the locality's schools.
		assertThat(this.recording.stepsDue(CHESIL_OFFICER, LocalDate.parse("2026-09-21"), LocalDate.parse("2026-09-27"),
				true))
			.hasSize(3);
	}

	@Test
	void aLocalityOfficerReadsTheirLocalitysSchoolsExclusionsOnly() {
		this.recording.record(PLAIN_HEAD, suspension(PLAIN, "2026-09-14", 2, null));
		this.recording.record(INSET_HEAD, suspension(WITH_INSET, "2026-09-21", 2, null));

		assertThat(this.recording.ofPupil(CHESIL_OFFICER, PUPIL)).extracting(Exclusion::schoolUrn)
			.containsExactly(PLAIN);
		assertThat(this.recording.find(CHESIL_OFFICER, PUPIL + "-1").schoolUrn()).isEqualTo(PLAIN);
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.find(CHESIL_OFFICER, PUPIL + "-2"))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.NOT_FOUND));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(
					() -> this.recording.recordStep(CHESIL_OFFICER, PUPIL + "-1", "PARENT_NOTICE", "2026-09-14", null))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
	}

}
