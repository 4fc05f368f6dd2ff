package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
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
import uk.gov.dorsetcouncil.edu.send.assessment.NeedType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Keeping EHC plans: sections as data, cessation with its reason, transfers, amendments
 * on their own timeline, and the history of every change; every refusal names its field
 * and stores nothing. Today is Monday 7 December 2026; the child's final plan was made 10
 * January 2025 naming school 991001.
 */
class PlanKeepingTest {

	static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write"));

	static final Caller SENCO = new Caller("senco@991001", null, Organisation.school("991001"), Set.of("SENCO"),
			Set.of("ehcp:read"));

	static final Upn CHILD = Upn.withCheckLetter("838200125001");

	static final Upn NONE = Upn.withCheckLetter("838200125009");

	static final PlanContent.Request SECTIONS = new PlanContent.Request("ASD", "SLCN", "MAINSTREAM", "2015-04-02",
			"WEST", List.of(new PlanContent.OutcomeRequest("Reads a bus timetable on his own", "2027-07-23")),
			List.of(new PlanContent.ProvisionRequest("F", "Speech and language therapy, weekly", 0.75),
					new PlanContent.ProvisionRequest("G", "Annual hearing check", null)),
			Map.of("A", "Likes trains; wants to work outdoors"));

	HeldPlans held;

	PlanKeeping keeping;

	@BeforeEach
	void setUp() {
		this.held = new HeldPlans();
		this.keeping = new PlanKeeping(this.held, LostRaceRetry.withoutPause(2),
				Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London")));
		this.keeping.put(CASEWORKER, CHILD.value(), "FINAL", "2025-01-10", "991001", null);
	}

	@Test
	void sectionsAreHeldAsDataWithEachChangeInTheHistory() {
		PlanRecord record = this.keeping.recordSections(CASEWORKER, CHILD.value(), SECTIONS);

		assertThat(record.content().primaryNeed()).isEqualTo(NeedType.ASD);
		assertThat(record.content().placement().specialist()).isFalse();
		assertThat(record.content().provision()).extracting(PlanContent.Provision::section)
			.containsExactly(PlanSection.F, PlanSection.G);
		assertThat(record.history()).extracting(PlanChange::field, PlanChange::from, PlanChange::to)
			.contains(tuple("status", null, "FINAL"), tuple("sections.primaryNeed", null, "ASD"),
					tuple("sections.placementType", null, "MAINSTREAM"));
		assertThat(record.history()).allSatisfy(change -> assertThat(change.by()).isEqualTo("caseworker-7"));

		PlanContent.Request moved = new PlanContent.Request("ASD", "SEMH", "INCLUSION_HUB_OR_RESOURCED_PROVISION",
				"2015-04-02", "WEST", SECTIONS.outcomes(), SECTIONS.provision(), SECTIONS.summaries());
		PlanRecord changed = this.keeping.recordSections(CASEWORKER, CHILD.value(), moved);
		assertThat(changed.history().subList(record.history().size(), changed.history().size()))
			.extracting(PlanChange::field, PlanChange::from, PlanChange::to)
			.containsExactly(tuple("sections.secondaryNeed", "SLCN", "SEMH"),
					tuple("sections.placementType", "MAINSTREAM", "INCLUSION_HUB_OR_RESOURCED_PROVISION"));
		assertThat(this.held.changes).extracting(c -> c.type(), c -> c.payload().get("change"))
			.containsExactly(tuple(ChangeType.CREATED, null), tuple(ChangeType.UPDATED, "sections"),
					tuple(ChangeType.UPDATED, "sections"));
	}

	@Test
	void theSameSectionsAgainChangeNothing() {
		PlanRecord first = this.keeping.recordSections(CASEWORKER, CHILD.value(), SECTIONS);
		PlanRecord again = this.keeping.recordSections(CASEWORKER, CHILD.value(), SECTIONS);

		assertThat(again.version()).isEqualTo(first.version());
		assertThat(this.held.changes).hasSize(2);
	}

	@ParameterizedTest(name = "{0}={1}: {2} {3}")
	@CsvSource(textBlock = """
			# which,         value,          status,        field
			primaryNeed,     NSA,            INVALID_INPUT, primaryNeed
			primaryNeed,     asd,            INVALID_INPUT, primaryNeed
			primaryNeed,     '',             INVALID_INPUT, primaryNeed
			secondaryNeed,   ASD,            INVALID_INPUT, secondaryNeed
			secondaryNeed,   NSA,            INVALID_INPUT, secondaryNeed
			placementType,   ACADEMY,        INVALID_INPUT, placementType
			placementType,   '',             INVALID_INPUT, placementType
			provisionSection, I,             INVALID_INPUT, provision[0].section
			provisionSection, G,             INVALID_INPUT, provision
			hours,           0,              INVALID_INPUT, provision[0].hoursPerWeek
			hours,           61,             INVALID_INPUT, provision[0].hoursPerWeek
			outcomeBy,       2027-02-30,     INVALID_INPUT, outcomes[0].by
			outcomeText,     '',             INVALID_INPUT, outcomes[0].text
			bornOn,          2026-12-08,     INVALID_INPUT, bornOn
			bornOn,          2000-12-06,     INVALID_INPUT, bornOn
			bornOn,          2015-13-01,     INVALID_INPUT, bornOn
			locality,        BOURNEMOUTH,    INVALID_INPUT, locality
			summary,         B,              INVALID_INPUT, summaries.B
			summary,         Z,              INVALID_INPUT, summaries.Z
			placementType,   EOTAS,          RULE_BROKEN,   placementType
			upn,             NONE,           RULE_BROKEN,   upn
			upn,             A83820012500Z,  INVALID_INPUT, upn
			""")
	void badSectionsAreRefusedNamingTheFieldAndNothingIsStored(String which, String value, Problem status,
			String field) {
		String secondary = "SLCN";
		String primary = "ASD";
		String placement = "MAINSTREAM";
		String section = "F";
		Double hours = 2.0;
		String by = "2027-07-23";
		String text = "Reads a bus timetable";
		String summary = "A";
		String bornOn = "2015-04-02";
		String locality = "WEST";
		String upn = CHILD.value();
		switch (which) {
			case "primaryNeed" -> primary = value;
			case "secondaryNeed" -> secondary = value;
			case "placementType" -> placement = value;
			case "provisionSection" -> section = value;
			case "hours" -> hours = Double.valueOf(value);
			case "outcomeBy" -> by = value;
			case "outcomeText" -> text = value;
			case "summary" -> summary = value;
			case "bornOn" -> bornOn = value;
			case "locality" -> locality = value;
			case "upn" -> upn = "NONE".equals(value) ? NONE.value() : value;
			default -> throw new IllegalArgumentException(which);
		}
		PlanContent.Request request = new PlanContent.Request(primary, secondary, placement, bornOn, locality,
				List.of(new PlanContent.OutcomeRequest(text, by)),
				List.of(new PlanContent.ProvisionRequest(section, "Therapy", hours)), Map.of(summary, "text"));
		long version = this.held.records.get(CHILD).version();
		String child = upn;

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.keeping.recordSections(CASEWORKER, child, request))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(status);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.held.records.get(CHILD).version()).isEqualTo(version);
		assertThat(this.held.records.get(CHILD).content()).isNull();
	}

	@Test
	void aPlanCeasesWithItsReasonOnceAndAnotherReasonIsAConflict() {
		PlanRecord ceased = this.keeping.cease(CASEWORKER, CHILD.value(),
				new PlanKeeping.CessationRequest("2026-11-30", "NEEDS_MET_WITHOUT_PLAN"));

		assertThat(ceased.plan().status()).isEqualTo(PlanStatus.CEASED);
		assertThat(ceased.ceased())
			.isEqualTo(new Cessation(LocalDate.of(2026, 11, 30), CeaseReason.NEEDS_MET_WITHOUT_PLAN));
		assertThat(ceased.plan().nextAnnualReviewDue()).isEmpty();
		assertThat(this.keeping
			.cease(CASEWORKER, CHILD.value(), new PlanKeeping.CessationRequest("2026-11-30", "NEEDS_MET_WITHOUT_PLAN"))
			.version()).isEqualTo(ceased.version());
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.keeping.cease(CASEWORKER, CHILD.value(),
					new PlanKeeping.CessationRequest("2026-12-01", "HIGHER_EDUCATION")))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.CONFLICT));
	}

	@ParameterizedTest(name = "{0} {1}: {2} {3}")
	@CsvSource(textBlock = """
			# ceasedOn,  reason,                    status,        field
			2026-12-08,  NEEDS_MET_WITHOUT_PLAN,    INVALID_INPUT, ceasedOn
			2024-12-31,  NEEDS_MET_WITHOUT_PLAN,    RULE_BROKEN,   ceasedOn
			,            NEEDS_MET_WITHOUT_PLAN,    INVALID_INPUT, ceasedOn
			2026-11-30,  BORED,                     INVALID_INPUT, reason
			2026-11-30,  TRANSFERRED_TO_ANOTHER_LA, INVALID_INPUT, reason
			""")
	void badCessationsAreRefusedNamingTheField(String on, String reason, Problem status, String field) {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(
					() -> this.keeping.cease(CASEWORKER, CHILD.value(), new PlanKeeping.CessationRequest(on, reason)))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(status);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.held.records.get(CHILD).plan().status()).isEqualTo(PlanStatus.FINAL);
	}

	@Test
	void aTransferOutCeasesThePlanHereAndATransferInHasItsNoticeDueInSixWeeks() {
		PlanRecord in = this.keeping.transfer(CASEWORKER, CHILD.value(),
				new PlanKeeping.TransferRequest("IN", "839", "2026-10-05", null));
		Transfer transfer = in.transfers().get(0);
		assertThat(transfer.noticeDue()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(transfer.noticeBreach(LocalDate.of(2026, 12, 7))).isTrue();
		assertThat(transfer.noticeBreach(LocalDate.of(2026, 11, 16))).isFalse();
		assertThat(in.plan().status()).isEqualTo(PlanStatus.FINAL);

		PlanRecord out = this.keeping.transfer(CASEWORKER, CHILD.value(),
				new PlanKeeping.TransferRequest("OUT", "835", "2026-12-01", null));
		assertThat(out.plan().status()).isEqualTo(PlanStatus.CEASED);
		assertThat(out.ceased().reason()).isEqualTo(CeaseReason.TRANSFERRED_TO_ANOTHER_LA);
		assertThat(out.transfers()).hasSize(2);
		assertThat(out.history()).extracting(PlanChange::field)
			.contains("transfers.IN.2026-10-05", "transfers.OUT.2026-12-01", "ceaseReason");
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}: {4} {5}")
	@CsvSource(textBlock = """
			# direction, otherLa, movedOn,    noticeGivenOn, status,        field
			SIDEWAYS,    839,     2026-10-05, ,              INVALID_INPUT, direction
			IN,          838,     2026-10-05, ,              INVALID_INPUT, otherLa
			IN,          83,      2026-10-05, ,              INVALID_INPUT, otherLa
			IN,          839,     2026-12-08, ,              INVALID_INPUT, movedOn
			IN,          839,     2026-10-05, 2026-10-01,    INVALID_INPUT, noticeGivenOn
			OUT,         839,     2026-10-05, 2026-10-06,    INVALID_INPUT, noticeGivenOn
			OUT,         839,     2024-10-05, ,              RULE_BROKEN,   movedOn
			""")
	void badTransfersAreRefusedNamingTheField(String direction, String otherLa, String movedOn, String notice,
			Problem status, String field) {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.keeping.transfer(CASEWORKER, CHILD.value(),
					new PlanKeeping.TransferRequest(direction, otherLa, movedOn, notice)))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(status);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.held.records.get(CHILD).transfers()).isEmpty();
	}

	@Test
	void anAmendmentRunsOnItsOwnTimelineAndOnIssueItsSectionsBecomeThePlans() {
		this.keeping.recordSections(CASEWORKER, CHILD.value(), SECTIONS);
		PlanContent.Request hub = new PlanContent.Request("ASD", "SLCN", "INCLUSION_HUB_OR_RESOURCED_PROVISION",
				"2015-04-02", "WEST", SECTIONS.outcomes(), SECTIONS.provision(), SECTIONS.summaries());
		PlanRecord proposed = this.keeping.proposeAmendment(CASEWORKER, CHILD.value(),
				new PlanKeeping.AmendmentRequest("2026-11-02", CHILD.value() + "-R1", "Move to the hub", hub));
		Amendment amendment = proposed.amendments().get(0);
		assertThat(amendment.commentsDue()).isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(amendment.issueDue()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(amendment.breach(LocalDate.of(2026, 12, 7))).isFalse();
		assertThat(amendment.breach(LocalDate.of(2026, 12, 29))).isTrue();
		assertThat(proposed.content().placement()).isEqualTo(PlacementType.MAINSTREAM);

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.keeping.progressAmendment(CASEWORKER, CHILD.value(), "1",
					new PlanKeeping.AmendmentProgress(null, "2026-11-10")))
			.satisfies(
					refused -> assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("issuedOn"));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.keeping.proposeAmendment(CASEWORKER, CHILD.value(),
					new PlanKeeping.AmendmentRequest("2026-11-03", null, "Another", SECTIONS)))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.CONFLICT));

		PlanRecord issued = this.keeping.progressAmendment(CASEWORKER, CHILD.value(), "1",
				new PlanKeeping.AmendmentProgress("2026-11-12", "2026-11-20"));
		assertThat(issued.content().placement()).isEqualTo(PlacementType.INCLUSION_HUB_OR_RESOURCED_PROVISION);
		assertThat(issued.amendments().get(0).breach(LocalDate.of(2027, 6, 1))).isFalse();
		assertThat(issued.history()).extracting(PlanChange::field, PlanChange::to)
			.contains(tuple("sections.placementType", "INCLUSION_HUB_OR_RESOURCED_PROVISION"),
					tuple("amendments[1]", "proposed 2026-11-02, comments 2026-11-12, issued 2026-11-20"));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.keeping.progressAmendment(CASEWORKER, CHILD.value(), "1",
					new PlanKeeping.AmendmentProgress(null, "2026-11-21")))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.CONFLICT));
	}

	@ParameterizedTest(name = "{0} {1} {2}: {3} {4}")
	@CsvSource(textBlock = """
			# proposedOn, reviewId,         reason, status,        field
			2026-12-08,   ,                 Hub,    INVALID_INPUT, proposedOn
			2024-11-02,   ,                 Hub,    RULE_BROKEN,   proposedOn
			2026-11-02,   A838200125002-R1, Hub,    INVALID_INPUT, reviewId
			2026-11-02,   ,                 '',     INVALID_INPUT, reason
			""")
	void badAmendmentsAreRefusedNamingTheField(String proposedOn, String reviewId, String reason, Problem status,
			String field) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.keeping.proposeAmendment(CASEWORKER,
				CHILD.value(), new PlanKeeping.AmendmentRequest(proposedOn, reviewId, reason, SECTIONS)))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(status);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.held.records.get(CHILD).amendments()).isEmpty();
	}

	@Test
	void aReviewHeldBecomesTheLastReviewInTheHistoryByTheAnnualReview() {
		this.keeping.reviewedOn(CHILD, LocalDate.of(2026, 1, 8));
		this.keeping.reviewedOn(CHILD, LocalDate.of(2025, 12, 1));

		PlanRecord record = this.held.records.get(CHILD);
		assertThat(record.plan().lastReviewDate()).isEqualTo(LocalDate.of(2026, 1, 8));
		assertThat(record.history()).last()
			.extracting(PlanChange::by, PlanChange::field, PlanChange::from, PlanChange::to)
			.containsExactly(PlanKeeping.ANNUAL_REVIEW, "lastReviewDate", null, "2026-01-08");
	}

	@Test
	void onlyTheLocalAuthorityKeepsPlansAndASchoolSeesOnlyThoseNamingIt() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.keeping.recordSections(SENCO, CHILD.value(), SECTIONS))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThat(this.keeping.find(SENCO, CHILD.value()).plan().namedSchoolUrn()).isEqualTo("991001");
		Caller other = new Caller("senco@991002", null, Organisation.school("991002"), Set.of("SENCO"),
				Set.of("ehcp:read"));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.keeping.find(other, CHILD.value()))
			.satisfies(refused -> assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN));
	}

}
