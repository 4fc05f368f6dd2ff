package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static uk.gov.dorsetcouncil.edu.belonging.register.Registers.OFFICER;
import static uk.gov.dorsetcouncil.edu.belonging.register.Registers.PUPIL;
import static uk.gov.dorsetcouncil.edu.belonging.register.Registers.SCHOOL;
import static uk.gov.dorsetcouncil.edu.belonging.register.Registers.SPECIAL_SCHOOL;
import static uk.gov.dorsetcouncil.edu.belonging.register.Registers.OTHER_SCHOOL;

/**
 * Keeping the registers: what an officer may open and how each refusal names its field,
 * the steps each entry carries and when each falls due, the roll changes from attendance,
 * who sees what. Today is 7 December 2026.
 */
class RegisterKeepingTest {

	final HeldRegisters store = new HeldRegisters();

	final RegisterKeeping registers = Registers.keeping(this.store);

	@ParameterizedTest(name = "{0} upn={1} school={2} opened={3} notice={4} -> {8} {9}")
	@CsvSource(nullValues = "-", value = {
			"ELECTIVE_HOME_EDUCATION, A838200127001, -, 2026-11-04, 2026-11-02, -, -, -, INVALID_INPUT, schoolLeftUrn",
			"ELECTIVE_HOME_EDUCATION, A838200127001, 991001, 2026-11-04, -, -, -, -, INVALID_INPUT, noticeDate",
			"ELECTIVE_HOME_EDUCATION, A838200127001, 991001, 2026-11-04, 2026-11-05, -, -, -, INVALID_INPUT, noticeDate",
			"ELECTIVE_HOME_EDUCATION, A838200127001, 991001, 2026-12-08, 2026-11-05, -, -, -, INVALID_INPUT, openedOn",
			"ELECTIVE_HOME_EDUCATION, A838200127001, 991001, 2026-13-01, 2026-11-05, -, -, -, INVALID_INPUT, openedOn",
			"ELECTIVE_HOME_EDUCATION, A838200127001, 12, 2026-11-04, 2026-11-02, -, -, -, INVALID_INPUT, schoolLeftUrn",
			"ELECTIVE_HOME_EDUCATION, not-a-upn, 991001, 2026-11-04, 2026-11-02, -, -, -, INVALID_INPUT, upn",
			"ELECTIVE_HOME_EDUCATION, UNKNOWN, 991001, 2026-11-04, 2026-11-02, -, -, -, RULE_BROKEN, upn",
			"HOME, A838200127001, 991001, 2026-11-04, -, -, -, -, INVALID_INPUT, kind",
			"-, A838200127001, 991001, 2026-11-04, -, -, -, -, INVALID_INPUT, kind",
			"CHILD_MISSING_EDUCATION, A838200127001, -, 2026-11-04, -, -, -, -, INVALID_INPUT, reason",
			"CHILD_MISSING_EDUCATION, A838200127001, -, 2026-11-04, 2026-11-02, -, -, not seen, INVALID_INPUT, noticeDate",
			"NO_SCHOOL_PLACE, A838200127001, -, 2026-11-04, -, true, -, moved in, INVALID_INPUT, specialSchool",
			"FAIR_ACCESS, A838200127001, -, 2026-11-04, -, -, false, -, INVALID_INPUT, ehcPlan",
			"FAIR_ACCESS, A838200127001, -, -, -, -, -, -, INVALID_INPUT, openedOn" })
	void anEntryIsRefusedNamingTheFieldAndNothingIsStored(String kind, String upn, String school, String openedOn,
			String notice, Boolean special, Boolean plan, String reason, Problem problem, String field) {
		String child = "UNKNOWN".equals(upn) ? Registers.UNKNOWN.value()
				: "A838200127001".equals(upn) ? PUPIL.value() : upn;
		RegisterRequest request = new RegisterRequest(kind, child, school, openedOn, notice, special, plan, reason);

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.registers.open(OFFICER, request))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(problem);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.store.pupils).isEmpty();
		assertThat(this.store.changes).isEmpty();
	}

	@ParameterizedTest(name = "{0} opened {2} (notice {1}, special {3}, plan {4}) -> {5}")
	@CsvSource(nullValues = "-", value = {
			"ELECTIVE_HOME_EDUCATION, 2026-11-02, 2026-11-04, -, -, FIRST_ENQUIRY@2026-11-14",
			"ELECTIVE_HOME_EDUCATION, 2026-11-02, 2026-11-04, true, true, FIRST_ENQUIRY@2026-11-14 LA_CONSENT@2026-11-12",
			"ELECTIVE_HOME_EDUCATION, 2026-11-02, 2026-11-04, true, false, FIRST_ENQUIRY@2026-11-14",
			"ELECTIVE_HOME_EDUCATION, 2026-11-02, 2026-11-04, false, true, FIRST_ENQUIRY@2026-11-14",
			"ELECTIVE_HOME_EDUCATION, 2026-12-21, 2026-12-28, true, true, FIRST_ENQUIRY@2027-01-07 LA_CONSENT@2026-12-31",
			"CHILD_MISSING_EDUCATION, -, 2026-11-25, -, -, FIRST_ENQUIRY@2026-12-05",
			"NO_SCHOOL_PLACE, -, 2026-11-25, -, -, ''", "FAIR_ACCESS, -, 2026-11-20, -, -, PANEL_DECISION@2026-12-10" })
	void eachEntryOpensWithItsSteps(String kind, String notice, String openedOn, Boolean special, Boolean plan,
			String expected) {
		LocalDate opened = LocalDate.parse(openedOn);
		if (opened.isAfter(LocalDate.now(Registers.TODAY))) {
			// the Christmas case: opened on a later "today"
			RegisterKeeping later = new RegisterKeeping(this.store, (urn, upn, date) -> true,
					locality -> java.util.Set.of(),
					uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.off(),
					uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry.withoutPause(1),
					java.time.Clock.fixed(java.time.Instant.parse("2027-01-04T09:00:00Z"), java.time.ZoneOffset.UTC));
			assertSteps(later.open(OFFICER, request(kind, notice, openedOn, special, plan)), expected);
			return;
		}
		assertSteps(this.registers.open(OFFICER, request(kind, notice, openedOn, special, plan)), expected);
	}

	private static RegisterRequest request(String kind, String notice, String openedOn, Boolean special, Boolean plan) {
		boolean ehe = kind.equals("ELECTIVE_HOME_EDUCATION");
		boolean reason = kind.equals("CHILD_MISSING_EDUCATION") || kind.equals("NO_SCHOOL_PLACE");
		return new RegisterRequest(kind, PUPIL.value(), ehe ? SCHOOL : null, openedOn, notice, special, plan,
				reason ? "not at any school" : null);
	}

	private static void assertSteps(RegisterEntry entry, String expected) {
		List<String> steps = entry.steps().stream().map(s -> s.kind() + "@" + s.dueDate()).toList();
		List<String> wanted = expected.isBlank() ? List.of() : Arrays.asList(expected.split(" "));
		assertThat(steps).containsExactlyElementsOf(wanted);
		assertThat(entry.consentNeeded()).isEqualTo(expected.contains("LA_CONSENT"));
	}

	@Test
	void aSecondOpenEntryOfTheSameKindIsAConflictNamingKindUntilTheFirstIsClosed() {
		RegisterEntry first = this.registers.open(OFFICER,
				Registers.of("CHILD_MISSING_EDUCATION", "2026-11-02", "not at school"));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(
					() -> this.registers.open(OFFICER, Registers.of("CHILD_MISSING_EDUCATION", "2026-11-09", "again")))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(Problem.CONFLICT);
				assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("kind");
			});
		// Another register for the same child is another matter.
		this.registers.open(OFFICER, Registers.of("NO_SCHOOL_PLACE", "2026-11-09", "no place"));

		this.registers.close(OFFICER, first.id(), "2026-11-20", "MOVED_AWAY", null);
		RegisterEntry second = this.registers.open(OFFICER,
				Registers.of("CHILD_MISSING_EDUCATION", "2026-12-01", "missing again"));

		assertThat(second.id()).isEqualTo(PUPIL.value() + "-R3");
		assertThat(this.store.changes).extracting(c -> c.type())
			.containsExactly(ChangeType.CREATED, ChangeType.CREATED, ChangeType.UPDATED, ChangeType.CREATED);
		assertThat(this.store.changes.get(0).entityType()).isEqualTo("register-entry");
		assertThat(this.store.changes.get(0).organisations()).containsExactly("LOCAL_AUTHORITY:838");
	}

	@ParameterizedTest(name = "deleted on ground {0} to [{1}] -> CME {2}")
	@CsvSource(nullValues = "-",
			value = { "CONTINUOUS_ABSENCE_NOT_LOCATED, -, true", "CONTINUOUS_ABSENCE_NOT_LOCATED, '', true",
					"CONTINUOUS_ABSENCE_NOT_LOCATED, '  ', true", "MOVED_AWAY, -, true",
					"MOVED_AWAY, Somerset County Council, false", "REGISTERED_AT_ANOTHER_SCHOOL, -, true",
					"REGISTERED_AT_ANOTHER_SCHOOL, Beaminster School, false", "NOT_GIVEN, -, true", "OTHER, -, true",
					"EDUCATED_OTHERWISE_THAN_AT_SCHOOL, -, false", "MEDICALLY_UNFIT_TO_ATTEND, -, false",
					"PERMANENTLY_EXCLUDED, -, false", "DIED, -, false", "CEASED_COMPULSORY_SCHOOL_AGE, -, false",
					"IN_CUSTODY, -, false" })
	void aDeletionWithNoKnownDestinationOpensAMissingEducationEntry(String ground, String destination, boolean opens) {
		RollChange deletion = new RollChange(7, false, SCHOOL, PUPIL, LocalDate.parse("2026-11-20"), ground,
				destination);

		assertThat(deletion.opensMissingEducation()).isEqualTo(opens);
		assertThat(this.registers.apply(deletion)).isEqualTo(opens);
		assertThat(this.store.find(PUPIL).openOf(RegisterKind.CHILD_MISSING_EDUCATION).isPresent()).isEqualTo(opens);
	}

	@Test
	void aDeletionOpensCmeOnceAndANewPupilReturnElsewhereClosesIt() {
		RollChange deleted = new RollChange(7, false, SCHOOL, PUPIL, LocalDate.parse("2026-11-20"),
				"CONTINUOUS_ABSENCE_NOT_LOCATED", null);
		assertThat(this.registers.apply(deleted)).isTrue();
		// Delivered again (at least once): no second effect.
		assertThat(this.registers.apply(deleted)).isFalse();
		RegisterEntry opened = this.store.find(PUPIL).openOf(RegisterKind.CHILD_MISSING_EDUCATION).orElseThrow();
		assertThat(opened.source()).isEqualTo(RegisterEntry.Source.DELETION_RETURN);
		assertThat(opened.schoolLeftUrn()).isEqualTo(SCHOOL);
		assertThat(opened.openedOn()).isEqualTo("2026-11-20");
		assertThat(opened.steps()).extracting(s -> s.kind() + "@" + s.dueDate())
			.containsExactly("FIRST_ENQUIRY@2026-11-30");
		assertThat(opened.openedBy()).isEqualTo("attendance");

		RollChange joined = new RollChange(9, true, OTHER_SCHOOL, PUPIL, LocalDate.parse("2026-12-02"), null, null);
		assertThat(this.registers.apply(joined)).isTrue();
		assertThat(this.registers.apply(joined)).isFalse();

		RegisterEntry closed = this.store.find(PUPIL).find(opened.id()).orElseThrow();
		assertThat(closed.open()).isFalse();
		assertThat(closed.closureReason()).isEqualTo(ClosureReason.ON_ROLL);
		assertThat(closed.onRollOn()).isEqualTo("2026-12-02");
		assertThat(closed.daysWithoutPlace(LocalDate.now(Registers.TODAY))).contains(12L);
		assertThat(this.store.find(PUPIL).appliedThrough()).isEqualTo(9);
		assertThat(this.store.changes).extracting(c -> c.type() + ":" + c.payload().get("event"))
			.containsExactly("CREATED:OPENED", "UPDATED:ON_ROLL");
		assertThat(this.store.changes.get(1).organisations()).containsExactlyInAnyOrder("LOCAL_AUTHORITY:838",
				"SCHOOL:" + SCHOOL);
	}

	@Test
	void aFairAccessCaseCountsTheDaysUntilTheNamedSchoolHasTheChildOnRoll() {
		RegisterEntry referred = this.registers.open(OFFICER, Registers.of("FAIR_ACCESS", "2026-11-02", null));
		RegisterEntry named = this.registers.recordStep(OFFICER, referred.id(), "PANEL_DECISION", "2026-11-12",
				"SCHOOL_NAMED", SPECIAL_SCHOOL);
		assertThat(named.schoolNamedUrn()).isEqualTo(SPECIAL_SCHOOL);
		assertThat(named.step(RegisterStepKind.ON_ROLL).orElseThrow().dueDate()).isEqualTo("2026-12-02");
		assertThat(named.daysUntilOnRoll(LocalDate.now(Registers.TODAY))).contains(25L);

		// On another school's roll: the case stays open.
		this.registers.apply(new RollChange(3, true, OTHER_SCHOOL, PUPIL, LocalDate.parse("2026-11-16"), null, null));
		assertThat(this.store.find(PUPIL).find(referred.id()).orElseThrow().open()).isTrue();

		this.registers.apply(new RollChange(4, true, SPECIAL_SCHOOL, PUPIL, LocalDate.parse("2026-11-19"), null, null));
		RegisterEntry admitted = this.store.find(PUPIL).find(referred.id()).orElseThrow();
		assertThat(admitted.open()).isFalse();
		assertThat(admitted.daysUntilOnRoll(LocalDate.now(Registers.TODAY))).contains(7L);
		assertThat(admitted.step(RegisterStepKind.ON_ROLL).orElseThrow().doneDate()).isEqualTo("2026-11-19");
		assertThat(admitted.step(RegisterStepKind.ON_ROLL).orElseThrow().breach(LocalDate.now(Registers.TODAY)))
			.isFalse();
	}

	@Test
	void aSchoolAttendanceOrderRunsAsDatedStepsWithBreaches() {
		RegisterEntry ehe = this.registers.open(OFFICER, Registers.ehe("2026-09-07", "2026-09-08", false, false));
		RegisterEntry noticed = this.registers.serveNoticeOfIntention(OFFICER, ehe.id(), "2026-10-01");
		assertThat(noticed.steps()).extracting(s -> s.kind() + "@" + s.dueDate())
			.containsExactly("FIRST_ENQUIRY@2026-09-18", "PARENT_RESPONSE@2026-10-16", "ORDER_DECISION@2026-10-26");
		// Served again on the same day: the same answer; on another day: a conflict.
		assertThat(this.registers.serveNoticeOfIntention(OFFICER, ehe.id(), "2026-10-01")).isEqualTo(noticed);
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.serveNoticeOfIntention(OFFICER, ehe.id(), "2026-10-02"))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.CONFLICT));

		this.registers.recordStep(OFFICER, ehe.id(), "PARENT_RESPONSE", "2026-10-16", "NOT_SATISFIED", null);
		RegisterEntry ordered = this.registers.recordStep(OFFICER, ehe.id(), "ORDER_DECISION", "2026-10-30",
				"ORDER_SERVED", SCHOOL);
		LocalDate today = LocalDate.now(Registers.TODAY);
		assertThat(ordered.steps()).extracting(s -> s.kind() + ":" + s.breach(today))
			.containsExactly("FIRST_ENQUIRY:true", "PARENT_RESPONSE:false", "ORDER_DECISION:true",
					"ORDER_COMPLIANCE:true");
		assertThat(ordered.step(RegisterStepKind.ORDER_COMPLIANCE).orElseThrow().dueDate()).isEqualTo("2026-11-14");

		// The child registered at the named school: compliance done (late) and the EHE
		// entry closed.
		this.registers.apply(new RollChange(11, true, SCHOOL, PUPIL, LocalDate.parse("2026-11-16"), null, null));
		RegisterEntry complied = this.store.find(PUPIL).find(ehe.id()).orElseThrow();
		assertThat(complied.step(RegisterStepKind.ORDER_COMPLIANCE).orElseThrow().doneDate()).isEqualTo("2026-11-16");
		assertThat(complied.closureReason()).isEqualTo(ClosureReason.RETURNED_TO_SCHOOL);
	}

	@ParameterizedTest(name = "{0} on {1} ({2}) -> {3} {4}")
	@CsvSource(nullValues = "-",
			value = { "PANEL_DECISION, 2026-11-12, SCHOOL_NAMED, -, schoolUrn",
					"PANEL_DECISION, 2026-11-12, NOT_ALLOCATED, 991002, schoolUrn",
					"PANEL_DECISION, 2026-11-12, UPHELD, -, outcome", "PANEL_DECISION, 2026-11-12, -, -, outcome",
					"PANEL_DECISION, 2026-12-08, NOT_ALLOCATED, -, doneOn",
					"PANEL_DECISION, 2026-11-31, NOT_ALLOCATED, -, doneOn",
					"PANEL_DECISION, -, NOT_ALLOCATED, -, doneOn", "FIRST_ENQUIRY, 2026-11-12, -, -, step",
					"NEXT_STEP, 2026-11-12, -, -, step", "PANEL_DECISION, 2026-10-30, NOT_ALLOCATED, -, doneOn" })
	void aStepIsRefusedNamingTheField(String step, String doneOn, String outcome, String school, String field) {
		RegisterEntry referred = this.registers.open(OFFICER, Registers.of("FAIR_ACCESS", "2026-11-02", null));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.recordStep(OFFICER, referred.id(), step, doneOn, outcome, school))
			.satisfies(refused -> assertThat(refused.violations()).extracting(v -> v.field()).contains(field));
		assertThat(this.store.find(PUPIL).find(referred.id()).orElseThrow()).isEqualTo(referred);
	}

	@Test
	void theEnquiryLogNeverHoldsTheSameLineTwiceAndItsFirstLineIsTheFirstEnquiry() {
		RegisterEntry cme = this.registers.open(OFFICER,
				Registers.of("CHILD_MISSING_EDUCATION", "2026-11-23", "not seen since half term"));
		RegisterEntry logged = this.registers.logEnquiry(OFFICER, cme.id(), "2026-11-24", "home visit", "no answer");
		assertThat(this.registers.logEnquiry(OFFICER, cme.id(), "2026-11-24", "home visit", "no answer"))
			.isEqualTo(logged);
		RegisterEntry twice = this.registers.logEnquiry(OFFICER, cme.id(), "2026-11-26", "checked with GP", null);

		assertThat(twice.enquiries()).extracting(Enquiry::action).containsExactly("home visit", "checked with GP");
		assertThat(twice.step(RegisterStepKind.FIRST_ENQUIRY).orElseThrow().doneDate()).isEqualTo("2026-11-24");
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.logEnquiry(OFFICER, cme.id(), "2026-11-20", "letter", null))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(Problem.RULE_BROKEN);
				assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("date");
			});
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.logEnquiry(OFFICER, cme.id(), "2026-11-27", " ", null))
			.satisfies(
					refused -> assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("action"));
	}

	@ParameterizedTest(name = "closed {0} for {1} [{2}] -> {3} {4}")
	@CsvSource(nullValues = "-",
			value = { "2026-11-20, OTHER, -, INVALID_INPUT, note", "2026-11-01, MOVED_AWAY, -, RULE_BROKEN, closedOn",
					"2026-12-08, MOVED_AWAY, -, INVALID_INPUT, closedOn", "2026-11-20, LOST, -, INVALID_INPUT, reason",
					"-, MOVED_AWAY, -, INVALID_INPUT, closedOn" })
	void aClosureIsRefusedNamingTheField(String closedOn, String reason, String note, Problem problem, String field) {
		RegisterEntry cme = this.registers.open(OFFICER, Registers.of("CHILD_MISSING_EDUCATION", "2026-11-02", "gone"));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.close(OFFICER, cme.id(), closedOn, reason, note))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(problem);
				assertThat(refused.violations()).extracting(v -> v.field()).containsExactly(field);
			});
	}

	@Test
	void closingAgainTheSameWayIsTheSameAnswerAndAnotherWayAConflict() {
		RegisterEntry cme = this.registers.open(OFFICER, Registers.of("CHILD_MISSING_EDUCATION", "2026-11-02", "gone"));
		RegisterEntry closed = this.registers.close(OFFICER, cme.id(), "2026-11-20", "MOVED_AWAY", "to Devon");

		assertThat(this.registers.close(OFFICER, cme.id(), "2026-11-20", "MOVED_AWAY", "to Devon")).isEqualTo(closed);
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.close(OFFICER, cme.id(), "2026-11-21", "MOVED_AWAY", null))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(Problem.CONFLICT);
				assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("closedOn");
			});
		assertThat(this.store.changes).hasSize(2);
	}

	@ParameterizedTest(name = "{0} opened {1}, on roll {2}, closed {3} -> {4} days")
	@CsvSource(nullValues = "-", value = { "NO_SCHOOL_PLACE, 2026-11-02, -, -, 35",
			"NO_SCHOOL_PLACE, 2026-11-02, 2026-11-30, 2026-11-30, 28", "CHILD_MISSING_EDUCATION, 2026-12-07, -, -, 0",
			"CHILD_MISSING_EDUCATION, 2026-07-20, -, 2026-09-03, 45", "ELECTIVE_HOME_EDUCATION, 2026-11-02, -, -, -" })
	void daysWithoutASchoolPlaceRunFromOpeningToTheRollOrClosure(RegisterKind kind, LocalDate opened, LocalDate onRoll,
			LocalDate closed, Long days) {
		RegisterEntry entry = new RegisterEntry("x-R1", kind, PUPIL, null, opened, RegisterEntry.Source.OFFICER, null,
				null, false, null, onRoll, closed, (closed != null) ? ClosureReason.ON_ROLL : null, null, List.of(),
				List.of(), "officer", java.time.Instant.EPOCH);

		assertThat(entry.daysWithoutPlace(LocalDate.now(Registers.TODAY)).orElse(null)).isEqualTo(days);
	}

	@Test
	void eachCallerSeesOnlyTheEntriesReleasedToThem() {
		this.registers.open(OFFICER, Registers.ehe("2026-11-02", "2026-11-04", false, false));
		Upn other = Upn.withCheckLetter("838200127002");
		this.registers.apply(new RollChange(5, false, OTHER_SCHOOL, other, LocalDate.parse("2026-11-20"),
				"CONTINUOUS_ABSENCE_NOT_LOCATED", null));

		assertThat(this.registers.list(OFFICER, null, true)).hasSize(2);
		assertThat(this.registers.list(Registers.INCLUSION, "CHILD_MISSING_EDUCATION", true)).hasSize(1);
		assertThat(this.registers.list(Registers.school(SCHOOL), null, true)).extracting(e -> e.kind())
			.containsExactly(RegisterKind.ELECTIVE_HOME_EDUCATION);
		assertThat(this.registers.list(Registers.school(OTHER_SCHOOL), null, true)).extracting(e -> e.upn())
			.containsExactly(other);
		assertThat(this.registers.list(Registers.CHESIL, null, true)).extracting(e -> e.schoolLeftUrn())
			.containsExactly(SCHOOL);
		assertThat(this.registers.ofPupil(Registers.school(OTHER_SCHOOL), PUPIL.value())).isEmpty();
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.list(Registers.ANALYST, null, true))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
		// Only the EHE and CME officers keep the registers.
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.open(Registers.INCLUSION,
					Registers.of("NO_SCHOOL_PLACE", "2026-11-04", "no place")))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.open(Registers.school(SCHOOL),
					Registers.ehe("2026-11-02", "2026-11-04", null, null)))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
	}

	@Test
	void stepsDueAreTheLocalAuthoritysAndASchoolIsGivenNone() {
		this.registers.open(OFFICER, Registers.ehe("2026-11-30", "2026-12-01", true, true));
		LocalDate today = LocalDate.now(Registers.TODAY);

		assertThat(this.registers.stepsDue(OFFICER, today, today.plusDays(7), true))
			.extracting(d -> d.step().kind() + "@" + d.step().dueDate())
			.containsExactly("LA_CONSENT@2026-12-10", "FIRST_ENQUIRY@2026-12-11");
		assertThat(this.registers.stepsDue(OFFICER, today, today.plusDays(3), false)).hasSize(1);
		assertThat(this.registers.stepsDue(Registers.school(SCHOOL), today, today.plusDays(7), true)).isEmpty();
		assertThat(this.registers.stepsDue(Registers.CHESIL, today, today.plusDays(7), true)).hasSize(2);
	}

	@Test
	void theAnalystCountsWithSmallNumbersSuppressedAndTheOfficerWithout() {
		this.registers.open(OFFICER, Registers.ehe("2026-11-02", "2026-11-04", false, false));
		for (int i = 2; i <= 6; i++) {
			this.registers.apply(new RollChange(i, false, OTHER_SCHOOL, Upn.withCheckLetter("83820012710" + i),
					LocalDate.parse("2026-11-20"), "MOVED_AWAY", null));
		}
		LocalDate since = LocalDate.parse("2026-09-01");

		RegisterCounts officer = this.registers.counts(OFFICER, since);
		RegisterCounts analyst = this.registers.counts(Registers.ANALYST, since);

		assertThat(officer.open()).extracting(r -> r.register() + "=" + r.count())
			.containsExactly("ELECTIVE_HOME_EDUCATION=1", "CHILD_MISSING_EDUCATION=5", "NO_SCHOOL_PLACE=0",
					"FAIR_ACCESS=0", "ALL=6");
		// 1 is hidden; the 5 beside it is hidden too, or 6 - 5 would give it away.
		assertThat(analyst.open()).extracting(r -> r.register() + "=" + r.count())
			.containsExactly("ELECTIVE_HOME_EDUCATION=c", "CHILD_MISSING_EDUCATION=c", "NO_SCHOOL_PLACE=0",
					"FAIR_ACCESS=0", "ALL=6");
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.registers.counts(Registers.CHESIL, since))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
	}

}
