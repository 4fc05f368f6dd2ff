package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Recording requests and what follows: the rules, and a problem naming the field. */
class AssessmentRecordingTest {

	static final String CHILD = Upn.withCheckLetter("838200125001").value();

	static final String OTHER_CHILD = Upn.withCheckLetter("838200125002").value();

	static final String STRANGER = Upn.withCheckLetter("838200199999").value();

	static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write"));

	static final Caller SENCO = new Caller("senco-1", "dashboard", Organisation.school("991001"), Set.of("SENCO"),
			Set.of("ehcp:read"));

	static final Caller OTHER_SENCO = new Caller("senco-2", "dashboard", Organisation.school("991002"), Set.of("SENCO"),
			Set.of("ehcp:read"));

	static final Caller ANALYST = new Caller("analyst-1", "dashboard", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("measures:read"));

	final HeldAssessments store = new HeldAssessments();

	final Set<String> onRoll = new HashSet<>(Set.of(CHILD, OTHER_CHILD));

	AssessmentRecording recording;

	@BeforeEach
	void setUp() {
		Clock today = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London"));
		this.recording = new AssessmentRecording(this.store, upn -> this.onRoll.contains(upn.value()),
				LostRaceRetry.withoutPause(3), today);
	}

	Assessment request(String upn, String received) {
		return this.recording.record(CASEWORKER, new AssessmentRequest(upn, "PARENT", received, "991001", "ASD"));
	}

	static void refusedNaming(Runnable action, Problem problem, String field) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(action::run).satisfies(refused -> {
			assertThat(refused.problem()).isEqualTo(problem);
			assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
		});
	}

	@Test
	void aRequestIsRecordedWithItsFirstClockAndTold() {
		Assessment recorded = request(CHILD, "2026-11-02");

		assertThat(recorded.id()).isEqualTo(CHILD + "-1");
		assertThat(recorded.steps()).extracting(Step::kind, Step::dueDate)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(StepKind.DECISION_TO_ASSESS, LocalDate.of(2026, 12, 14)));
		assertThat(this.store.changes).singleElement().satisfies(change -> {
			assertThat(change.entityType()).isEqualTo("ehc_assessment");
			assertThat(change.key()).isEqualTo(CHILD + "-1");
			assertThat(change.organisations()).contains("SCHOOL:991001", "LOCAL_AUTHORITY:838");
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "null", value = {
			"an invalid UPN, A83820012500Z, PARENT, 2026-11-02, 991001, ASD, INVALID_INPUT, upn",
			"an unknown need code, " + "A838200125001"
					+ ", PARENT, 2026-11-02, 991001, NSA, INVALID_INPUT, primaryNeed",
			"an unknown requester, A838200125001, GRANDPARENT, 2026-11-02, 991001, ASD, INVALID_INPUT, requestedBy",
			"a request from the future, A838200125001, PARENT, 2026-12-08, 991001, ASD, INVALID_INPUT, receivedOn",
			"a malformed date, A838200125001, PARENT, 2026-13-02, 991001, ASD, INVALID_INPUT, receivedOn",
			"before EHC plans began, A838200125001, PARENT, 2014-08-31, 991001, ASD, INVALID_INPUT, receivedOn",
			"a school request naming no school, A838200125001, SCHOOL, 2026-11-02, null, ASD, INVALID_INPUT, schoolUrn",
			"a malformed URN, A838200125001, SCHOOL, 2026-11-02, 99100, ASD, INVALID_INPUT, schoolUrn" })
	void badInputIsAProblemNamingTheFieldAndNothingIsStored(String why, String upn, String requester, String received,
			String school, String need, Problem problem, String field) {
		String valid = upn.equals("A838200125001") ? CHILD : upn;
		refusedNaming(() -> this.recording.record(CASEWORKER,
				new AssessmentRequest(valid, requester, received, school, need)), problem, field);
		assertThat(this.store.pupils).isEmpty();
	}

	@Test
	void aUpnOnNoRollIsRefusedNamingTheUpn() {
		refusedNaming(() -> request(STRANGER, "2026-11-02"), Problem.RULE_BROKEN, "upn");
		assertThat(this.store.pupils).isEmpty();
	}

	@Test
	void aSecondOpenRequestForTheSameChildIsAConflictNamingTheUpn() {
		request(CHILD, "2026-11-02");

		refusedNaming(() -> request(CHILD, "2026-11-20"), Problem.CONFLICT, "upn");
		assertThat(this.store.find(new Upn(CHILD)).assessments()).hasSize(1);
	}

	@Test
	void afterARefusalANewRequestMayFollow() {
		Assessment first = request(CHILD, "2026-09-01");
		this.recording.recordStep(CASEWORKER, first.id(), "DECISION_TO_ASSESS", "2026-10-05", "REFUSE");

		Assessment second = request(CHILD, "2026-11-20");

		assertThat(second.id()).isEqualTo(CHILD + "-2");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "null",
			value = { "done before the request, DECISION_TO_ASSESS, 2026-10-31, ASSESS, doneOn",
					"done in the future, DECISION_TO_ASSESS, 2026-12-08, ASSESS, doneOn",
					"an outcome it cannot decide, DECISION_TO_ASSESS, 2026-11-10, ISSUE, outcome",
					"no outcome for a decision, DECISION_TO_ASSESS, 2026-11-10, null, outcome",
					"a step not begun, FINAL_PLAN, 2026-11-10, null, step",
					"an unknown step, PLAN_FINAL, 2026-11-10, null, step" })
	void aStepRecordedWrongIsRefusedNamingTheField(String why, String step, String doneOn, String outcome,
			String field) {
		Assessment held = request(CHILD, "2026-11-02");

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.recordStep(CASEWORKER, held.id(), step, doneOn, outcome))
			.satisfies(refused -> assertThat(refused.violations()).extracting(v -> v.field()).contains(field));
		assertThat(this.store.find(new Upn(CHILD))
			.assessments()
			.get(0)
			.step(StepKind.DECISION_TO_ASSESS)
			.orElseThrow()
			.done()).isFalse();
	}

	@Test
	void recordingAStepAgainChangesNothingAndAnotherDateIsAConflict() {
		Assessment held = request(CHILD, "2026-11-02");
		this.recording.recordStep(CASEWORKER, held.id(), "DECISION_TO_ASSESS", "2026-11-10", "ASSESS");
		int written = this.store.changes.size();

		Assessment again = this.recording.recordStep(CASEWORKER, held.id(), "DECISION_TO_ASSESS", "2026-11-10",
				"ASSESS");

		assertThat(again.step(StepKind.DECISION_TO_ASSESS).orElseThrow().doneDate())
			.isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(this.store.changes).hasSize(written);
		refusedNaming(
				() -> this.recording.recordStep(CASEWORKER, held.id(), "DECISION_TO_ASSESS", "2026-11-11", "ASSESS"),
				Problem.CONFLICT, "doneOn");
	}

	@Test
	void adviceIsAskedOnceTheLaDecidesToAssessAndAnsweredNotBeforeItWasAsked() {
		Assessment held = request(CHILD, "2026-10-01");
		refusedNaming(() -> this.recording.requestAdvice(CASEWORKER, held.id(), "HEALTH", "2026-10-05"),
				Problem.RULE_BROKEN, "source");
		this.recording.recordStep(CASEWORKER, held.id(), "DECISION_TO_ASSESS", "2026-10-10", "ASSESS");
		refusedNaming(() -> this.recording.requestAdvice(CASEWORKER, held.id(), "HEALTH", "2026-10-09"),
				Problem.RULE_BROKEN, "requestedOn");
		refusedNaming(() -> this.recording.requestAdvice(CASEWORKER, held.id(), "DENTIST", "2026-10-12"),
				Problem.INVALID_INPUT, "source");

		Assessment asked = this.recording.requestAdvice(CASEWORKER, held.id(), "HEALTH", "2026-10-12");

		assertThat(asked.step(StepKind.ADVICE_HEALTH).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 11, 23));
		refusedNaming(() -> this.recording.recordStep(CASEWORKER, held.id(), "ADVICE_HEALTH", "2026-10-11", null),
				Problem.RULE_BROKEN, "doneOn");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "null", value = {
			"dates out of order, PERSONAL_CIRCUMSTANCES, 2026-10-20, 2026-10-19, note 1, null, INVALID_INPUT, to",
			"an unknown kind, ILLNESS, 2026-10-20, 2026-10-29, note 1, null, INVALID_INPUT, kind",
			"no evidence, PERSONAL_CIRCUMSTANCES, 2026-10-20, 2026-10-29, null, null, INVALID_INPUT, evidence",
			"an absence under four weeks, ABSENCE_FROM_AREA, 2026-10-20, 2026-11-15, note 1, null, RULE_BROKEN, to",
			"a closure under four weeks, SCHOOL_CLOSURE, 2026-10-24, 2026-11-01, term dates, null, RULE_BROKEN, to",
			"a closure the advice was not asked around, SCHOOL_CLOSURE, 2026-12-19, 2027-01-31, term dates, null, RULE_BROKEN, from",
			"an advice-giver's exception for advice not asked, ADVICE_GIVER, 2026-10-20, 2026-10-29, note 1, SOCIAL_CARE, RULE_BROKEN, adviceSource",
			"an advice-giver's exception naming no advice, ADVICE_GIVER, 2026-10-20, 2026-10-29, note 1, null, INVALID_INPUT, adviceSource",
			"an LA exception naming advice, PERSONAL_CIRCUMSTANCES, 2026-10-20, 2026-10-29, note 1, HEALTH, INVALID_INPUT, adviceSource",
			"a period over before the request, PERSONAL_CIRCUMSTANCES, 2026-09-01, 2026-09-30, note 1, null, RULE_BROKEN, to" })
	void anExceptionThatCannotApplyIsRefusedNamingTheField(String why, String kind, String from, String to,
			String evidence, String advice, Problem problem, String field) {
		Assessment held = request(CHILD, "2026-10-01");
		this.recording.recordStep(CASEWORKER, held.id(), "DECISION_TO_ASSESS", "2026-10-10", "ASSESS");
		this.recording.requestAdvice(CASEWORKER, held.id(), "HEALTH", "2026-10-12");

		refusedNaming(() -> this.recording.recordException(CASEWORKER, held.id(),
				new ExceptionRequest(kind, from, to, evidence, advice)), problem, field);
		assertThat(this.store.find(new Upn(CHILD)).assessments().get(0).exceptions()).isEmpty();
	}

	@Test
	void aSummerClosureIsRecordedWhenTheSchoolWasAskedTheWeekBeforeAndMovesTheFinalPlan() {
		this.recording = new AssessmentRecording(this.store, upn -> true, LostRaceRetry.withoutPause(3),
				Clock.fixed(Instant.parse("2026-09-10T10:00:00Z"), ZoneId.of("Europe/London")));
		Assessment held = request(CHILD, "2026-06-01");
		this.recording.recordStep(CASEWORKER, held.id(), "DECISION_TO_ASSESS", "2026-07-06", "ASSESS");
		this.recording.requestAdvice(CASEWORKER, held.id(), "EDUCATION", "2026-07-15");

		Assessment excepted = this.recording.recordException(CASEWORKER, held.id(),
				new ExceptionRequest("SCHOOL_CLOSURE", "2026-07-22", "2026-09-02", "Term dates 2025/26", null));
		Assessment again = this.recording.recordException(CASEWORKER, held.id(),
				new ExceptionRequest("SCHOOL_CLOSURE", "2026-07-22", "2026-09-02", "Term dates 2025/26", null));

		assertThat(again.exceptions()).hasSize(1);
		assertThat(excepted.step(StepKind.DECISION_TO_ISSUE).orElseThrow().dueDate())
			.isEqualTo(LocalDate.of(2026, 11, 3));
		assertThat(excepted.step(StepKind.FINAL_PLAN).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(excepted.step(StepKind.FINAL_PLAN).orElseThrow().exceptionsApplied()).containsExactly(1);
	}

	@Test
	void theWholeWayToAFinalPlanInTwentyWeeks() {
		Assessment held = request(CHILD, "2026-06-01");
		String id = held.id();
		this.recording.recordStep(CASEWORKER, id, "DECISION_TO_ASSESS", "2026-07-06", "ASSESS");
		this.recording.requestAdvice(CASEWORKER, id, "EDUCATIONAL_PSYCHOLOGY", "2026-07-07");
		this.recording.recordStep(CASEWORKER, id, "ADVICE_EDUCATIONAL_PSYCHOLOGY", "2026-08-10", null);
		this.recording.recordStep(CASEWORKER, id, "DECISION_TO_ISSUE", "2026-08-20", "ISSUE");
		this.recording.recordStep(CASEWORKER, id, "DRAFT_PLAN", "2026-08-24", null);
		refusedNaming(() -> this.recording.recordStep(CASEWORKER, id, "FINAL_PLAN", "2026-09-01", null),
				Problem.RULE_BROKEN, "doneOn");
		this.recording.recordStep(CASEWORKER, id, "DRAFT_COMMENTS", "2026-09-04", null);
		this.recording.recordStep(CASEWORKER, id, "SCHOOL_CONSULTATION", "2026-09-15", null);

		Assessment issued = this.recording.recordStep(CASEWORKER, id, "FINAL_PLAN", "2026-10-12", null);

		assertThat(issued.status()).isEqualTo(AssessmentStatus.PLAN_ISSUED);
		assertThat(issued.steps()).noneMatch(step -> step.breach(LocalDate.of(2026, 12, 7)));
		assertThat(this.recording.measures(ANALYST, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7)))
			.satisfies(m -> {
				assertThat(m.received()).isEqualTo(1);
				assertThat(m.withinTwentyWeeks()).isEqualTo(1);
				assertThat(m.late()).isZero();
			});
	}

	@Test
	void anAppealFollowsARefusalWithItsDatesInOrder() {
		Assessment held = request(CHILD, "2026-09-01");
		refusedNaming(() -> this.recording.recordAppeal(CASEWORKER, held.id(),
				new AppealRequest(null, "2026-10-20", null, null)), Problem.RULE_BROKEN, "lodgedOn");
		this.recording.recordStep(CASEWORKER, held.id(), "DECISION_TO_ASSESS", "2026-10-05", "REFUSE");
		refusedNaming(() -> this.recording.recordAppeal(CASEWORKER, held.id(),
				new AppealRequest(null, "2026-11-20", "2026-11-10", null)), Problem.INVALID_INPUT, "hearingOn");
		refusedNaming(
				() -> this.recording.recordAppeal(CASEWORKER, held.id(),
						new AppealRequest("2026-10-01", null, null, null)),
				Problem.RULE_BROKEN, "mediationCertificateOn");

		Assessment appealed = this.recording.recordAppeal(CASEWORKER, held.id(),
				new AppealRequest("2026-11-20", "2026-12-01", "2027-03-15", null));

		Step window = appealed.step(StepKind.APPEAL_WINDOW).orElseThrow();
		assertThat(window.dueDate()).isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(window.doneDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(appealed.appeal().hearingOn()).isEqualTo(LocalDate.of(2027, 3, 15));
	}

	@Test
	void aSencoSeesTheirOwnPupilsAndTheQueueIsOrderedBySoonestBreach() {
		Assessment late = request(CHILD, "2026-10-01");
		this.recording.record(CASEWORKER, new AssessmentRequest(OTHER_CHILD, "PARENT", "2026-11-20", "991002", null));

		assertThat(this.recording.queue(CASEWORKER, null, step -> true))
			.extracting(due -> due.assessment().upn().value())
			.containsExactly(CHILD, OTHER_CHILD);
		assertThat(this.recording.queue(CASEWORKER, null, step -> true).get(0).step().breach(LocalDate.of(2026, 12, 7)))
			.isTrue();
		assertThat(this.recording.queue(SENCO, null, step -> true)).extracting(due -> due.assessment().id())
			.containsExactly(late.id());
		assertThat(this.recording.ofPupil(OTHER_SENCO, new Upn(CHILD))).isEmpty();
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.recording.find(OTHER_SENCO, late.id()))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.NOT_FOUND));
	}

	@Test
	void theBoardAnalystCountsButCannotReadOrWrite() {
		request(CHILD, "2026-10-01");

		assertThat(AssessmentAccess.checkMayCount(ANALYST)).isFalse();
		assertThat(AssessmentAccess.checkMayCount(CASEWORKER)).isTrue();
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.queue(ANALYST, null, s -> true))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.record(SENCO,
					new AssessmentRequest(OTHER_CHILD, "SCHOOL", "2026-11-02", "991001", null)))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> AssessmentAccess.checkMayCount(SENCO))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThat(List.of(this.recording.measures(CASEWORKER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7))))
			.singleElement()
			.satisfies(m -> assertThat(m.undecided()).isEqualTo(1));
	}

}
