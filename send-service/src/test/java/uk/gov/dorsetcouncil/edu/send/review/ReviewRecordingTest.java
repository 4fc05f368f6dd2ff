package uk.gov.dorsetcouncil.edu.send.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.PlanStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Recording annual reviews: every refusal names its field and stores nothing, a retry
 * changes nothing, a meeting held becomes the plan's last review, queues and figures.
 * Today is Monday 7 December 2026.
 */
class ReviewRecordingTest {

	static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write"));

	static final Caller SENCO = new Caller("senco@991001", null, Organisation.school("991001"), Set.of("SENCO"),
			Set.of("ehcp:read"));

	static final Caller OTHER_SENCO = new Caller("senco@991002", null, Organisation.school("991002"), Set.of("SENCO"),
			Set.of("ehcp:read"));

	static final Upn CHILD = Upn.withCheckLetter("838200125001");

	static final Upn DRAFTED = Upn.withCheckLetter("838200125002");

	static final Upn OTHER = Upn.withCheckLetter("838200125003");

	static final Upn NONE = Upn.withCheckLetter("838200125009");

	HeldReviews held;

	ReviewRecording recording;

	@BeforeEach
	void setUp() {
		this.held = new HeldReviews();
		this.held.plans.put(CHILD,
				new EhcPlan(CHILD, PlanStatus.FINAL, LocalDate.of(2024, 1, 10), "991001", LocalDate.of(2026, 1, 12)));
		this.held.plans.put(DRAFTED, new EhcPlan(DRAFTED, PlanStatus.DRAFT, LocalDate.of(2026, 10, 1), null, null));
		this.held.plans.put(OTHER, new EhcPlan(OTHER, PlanStatus.FINAL, LocalDate.of(2025, 11, 20), "991002", null));
		this.recording = new ReviewRecording(this.held, this.held, LostRaceRetry.withoutPause(2),
				Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London")));
	}

	AnnualReview arranged(String meetingOn) {
		return this.recording.arrange(CASEWORKER, CHILD.value(), new ReviewRequest(meetingOn, null, null, null));
	}

	@ParameterizedTest(name = "{0} {1} {2} {3} {4}: {5} {6}")
	@CsvSource(
			textBlock = """
					# upn,          meetingOn,  bornOn,     transfer,             year, status, field,         why
					A83820012500Z, 2026-12-14, ,           ,                     , INVALID_INPUT,    upn,           check letter wrong
					CHILD,         2026-02-30, ,           ,                     , INVALID_INPUT,    meetingOn,     no such day
					CHILD,         ,           ,           ,                     , INVALID_INPUT,    meetingOn,     required
					CHILD,         2028-01-10, ,           ,                     , INVALID_INPUT,    meetingOn,     more than 12 months ahead
					CHILD,         2026-12-14, 2026-12-20, ,                     , INVALID_INPUT,    bornOn,        born in the future
					CHILD,         2026-12-14, ,           PRIMARY_TO_SIXTH,     2027, INVALID_INPUT,    phaseTransfer, no such transfer
					CHILD,         2026-12-14, ,           PRIMARY_TO_SECONDARY, , INVALID_INPUT,    transferYear,  a transfer names its year
					CHILD,         2026-12-14, ,           ,                     2027, INVALID_INPUT,    transferYear,  a year without a transfer
					NONE,          2026-12-14, ,           ,                     , RULE_BROKEN,    upn,           no plan held
					DRAFTED,       2026-12-14, ,           ,                     , RULE_BROKEN,    upn,           a draft is not reviewed
					CHILD,         2026-01-12, ,           ,                     , RULE_BROKEN,    meetingOn,     the day of the last review: out of order
					CHILD,         2025-12-01, ,           ,                     , RULE_BROKEN,    meetingOn,     before the last review
					CHILD,         2026-12-14, ,           PRIMARY_TO_SECONDARY, 2025, RULE_BROKEN,    transferYear,  the transfer date is before the last review
					""")
	void aReviewArrangedWrongIsAProblemNamingTheFieldAndNothingIsStored(String upn, String meetingOn, String bornOn,
			String transfer, Integer year, Problem status, String field, String why) {
		String child = switch (upn) {
			case "CHILD" -> CHILD.value();
			case "NONE" -> NONE.value();
			case "DRAFTED" -> DRAFTED.value();
			default -> upn;
		};

		assertThatExceptionOfType(ProblemException.class).isThrownBy(
				() -> this.recording.arrange(CASEWORKER, child, new ReviewRequest(meetingOn, bornOn, transfer, year)))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(status);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.held.pupils).isEmpty();
		assertThat(this.held.changes).isEmpty();
	}

	@Test
	void aReviewIsArrangedWithItsStepsAndASecondOpenOneIsAConflict() {
		AnnualReview review = this.recording.arrange(CASEWORKER, CHILD.value(),
				new ReviewRequest("2026-12-21", null, "PRIMARY_TO_SECONDARY", 2027));

		assertThat(review.id()).isEqualTo(CHILD.value() + "-R1");
		assertThat(review.reviewFrom()).isEqualTo("2026-01-12");
		assertThat(review.steps()).extracting(s -> s.kind() + " " + s.dueDate())
			.containsExactly("PAPERS_CIRCULATED 2026-12-07", "REVIEW_MEETING 2027-01-12", "AMENDED_PLAN 2027-02-15");
		assertThat(this.held.changes).singleElement()
			.satisfies(change -> assertThat(change.entityType()).isEqualTo("annual_review"));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> arranged("2026-12-22"))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(Problem.CONFLICT);
				assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("upn");
			});
	}

	@Test
	void theMeetingHeldIsThePlansLastReviewAndARetryChangesNothing() {
		String id = arranged("2026-12-01").id();

		AnnualReview met = this.recording.recordStep(CASEWORKER, id, "REVIEW_MEETING", "2026-12-02");
		int changes = this.held.changes.size();
		AnnualReview again = this.recording.recordStep(CASEWORKER, id, "REVIEW_MEETING", "2026-12-02");

		assertThat(again).isEqualTo(met);
		assertThat(this.held.changes).hasSize(changes);
		assertThat(met.step(ReviewStepKind.DECISION).orElseThrow().dueDate()).isEqualTo("2026-12-30");
		assertThat(this.held.plans.get(CHILD).lastReview()).contains(LocalDate.of(2026, 12, 2));
		assertThat(this.held.plans.get(CHILD).nextAnnualReviewDue()).contains(LocalDate.of(2027, 12, 2));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.recordStep(CASEWORKER, id, "REVIEW_MEETING", "2026-12-03"))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.CONFLICT));
	}

	@ParameterizedTest(name = "{0} on {1}: {2} {3}")
	@CsvSource(textBlock = """
			# step,          doneOn,     status, field,   why
			REVIEW_MEETING,  2026-12-08, RULE_BROKEN,    doneOn,  in the future
			REVIEW_MEETING,  2026-01-11, RULE_BROKEN,    doneOn,  before it began (the last review)
			PAPERS_CIRCULATED, 2025-12-31, RULE_BROKEN,  doneOn,  before it began
			DECISION,        2026-12-02, INVALID_INPUT,    step,    the decision has its own call
			AMENDED_PLAN,    2026-12-02, RULE_BROKEN,    step,    no such step before a decision to amend
			SUMMARY,         2026-12-02, INVALID_INPUT,    step,    no such step
			REVIEW_MEETING,  02/12/2026, INVALID_INPUT,    doneOn,  not yyyy-MM-dd
			""")
	void aStepDoneWrongIsAProblemNamingTheField(String step, String doneOn, Problem status, String field, String why) {
		String id = arranged("2026-12-01").id();
		int changes = this.held.changes.size();

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.recordStep(CASEWORKER, id, step, doneOn))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(status);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.held.changes).hasSize(changes);
	}

	@Test
	void aDecisionComesAfterTheMeetingAndAnAmendmentWaitsForTheParentsFifteenDays() {
		String id = arranged("2026-10-20").id();
		assertThat(decisionRefused(id, "2026-10-21", "AMEND")).as("no meeting recorded").isEqualTo("decidedOn");
		this.recording.recordStep(CASEWORKER, id, "REVIEW_MEETING", "2026-10-20");
		assertThat(decisionRefused(id, "2026-10-19", "AMEND")).as("before the meeting").isEqualTo("decidedOn");
		assertThat(decisionRefused(id, "2026-12-08", "AMEND")).as("in the future").isEqualTo("decidedOn");
		assertThat(decisionRefused(id, "2026-10-21", "KEEP")).as("no such outcome").isEqualTo("outcome");

		AnnualReview amending = this.recording.recordDecision(CASEWORKER, id, "2026-11-24", "AMEND");

		ReviewStep decision = amending.step(ReviewStepKind.DECISION).orElseThrow();
		assertThat(decision.breach(this.recording.today())).as("4 weeks ended 17 November").isTrue();
		assertThat(amending.step(ReviewStepKind.AMENDED_PLAN).orElseThrow().dueDate()).isEqualTo("2027-01-19");
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.recordStep(CASEWORKER, id, "AMENDED_PLAN", "2026-12-07"))
			.satisfies(
					refused -> assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("doneOn"));
		this.recording.recordStep(CASEWORKER, id, "PARENT_COMMENTS", "2026-12-01");
		AnnualReview amended = this.recording.recordStep(CASEWORKER, id, "AMENDED_PLAN", "2026-12-07");
		assertThat(amended.status()).isEqualTo(ReviewStatus.AMENDED);
		assertThat(decisionRefused(id, "2026-11-24", "CEASE")).as("decided already").isEqualTo("decidedOn");
	}

	@Test
	void aTransferReviewIsNotMaintainedAsItIs() {
		String id = this.recording
			.arrange(CASEWORKER, CHILD.value(), new ReviewRequest("2026-11-02", null, "SECONDARY_TO_POST_16", 2027))
			.id();
		this.recording.recordStep(CASEWORKER, id, "REVIEW_MEETING", "2026-11-02");

		assertThat(decisionRefused(id, "2026-11-20", "MAINTAIN")).isEqualTo("outcome");
		assertThat(this.recording.recordDecision(CASEWORKER, id, "2026-11-20", "AMEND")
			.step(ReviewStepKind.AMENDED_PLAN)
			.orElseThrow()
			.dueDate()).as("8 weeks before 31 March").isEqualTo("2027-01-15");
	}

	@Test
	void theQueueHoldsArrangedStepsAndPlansNotYetArrangedSoonestFirstForTheirSchool() {
		arranged("2026-12-21");

		assertThat(this.recording.queue(CASEWORKER, null, step -> true))
			.extracting(d -> d.upn().value().substring(9) + " " + d.step().kind() + " " + d.step().dueDate())
			.containsExactly(OTHER.value().substring(9) + " REVIEW_MEETING 2026-11-20",
					CHILD.value().substring(9) + " PAPERS_CIRCULATED 2026-12-07",
					CHILD.value().substring(9) + " REVIEW_MEETING 2027-01-12");
		assertThat(this.recording.queue(SENCO, null, step -> true)).extracting(DueReviewStep::upn).containsOnly(CHILD);
		assertThat(this.recording.queue(OTHER_SENCO, LocalDate.of(2026, 12, 31), step -> true)).singleElement()
			.satisfies(due -> {
				assertThat(due.reviewId()).isNull();
				assertThat(due.step().breach(this.recording.today())).isTrue();
			});
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.recording.find(OTHER_SENCO, CHILD.value() + "-R1"))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.NOT_FOUND));
	}

	@Test
	void theShareOnTimeCountsTheMeetingsHeldInThePeriod() {
		String late = this.recording
			.arrange(CASEWORKER, OTHER.value(), new ReviewRequest("2026-11-30", null, null, null))
			.id();
		this.recording.recordStep(CASEWORKER, late, "REVIEW_MEETING", "2026-11-30");
		String onTime = arranged("2026-12-01").id();
		this.recording.recordStep(CASEWORKER, onTime, "REVIEW_MEETING", "2026-12-01");

		ReviewMeasures measures = this.recording.measures(CASEWORKER, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31));

		assertThat(measures.held()).isEqualTo(2);
		assertThat(measures.onTime()).isEqualTo(1);
		assertThat(measures.late()).isEqualTo(1);
		assertThat(measures.onTimePercent()).isEqualTo(50.0);
		assertThat(measures.overdueNow()).as("both reviewed now").isZero();
		assertThat(this.recording.measures(CASEWORKER, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).held())
			.isEqualTo(1);
	}

	private String decisionRefused(String id, String on, String outcome) {
		try {
			this.recording.recordDecision(CASEWORKER, id, on, outcome);
		}
		catch (ProblemException refused) {
			return refused.violations().get(0).field();
		}
		throw new AssertionError("the decision " + outcome + " on " + on + " was recorded");
	}

}
