package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionType;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.HeldExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.SuspensionLength;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of recording placements and moves, each refusal naming its field with nothing
 * stored. Today is Friday 20 November 2026; the pupil is permanently excluded from 2
 * November (sixth day the 9th) and was suspended before.
 */
class PlacementKeepingTest {

	static final String OTHER_SCHOOL = "990027";

	static final Caller HEAD = new Caller("head@" + Placements.SCHOOL, "mis", Organisation.school(Placements.SCHOOL),
			Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write"));

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	static final Caller OTHER_HEAD = new Caller("head@" + OTHER_SCHOOL, "mis", Organisation.school(OTHER_SCHOOL),
			Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write"));

	final Placements store = new Placements();

	final HeldExclusions exclusions = new HeldExclusions();

	/** The pupil on the school's roll until 2 November; on the other's from the 30th. */
	final PlacementKeeping keeping = new PlacementKeeping(this.store, this.exclusions,
			(urn, upn, date) -> upn.equals(Placements.PUPIL) && (urn.equals(Placements.SCHOOL)
					? date.isBefore(LocalDate.parse("2026-11-03")) : !date.isBefore(LocalDate.parse("2026-11-16"))),
			locality -> Set.of(Placements.SCHOOL), LostRaceRetry.withoutPause(2),
			Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

	@BeforeEach
	void excluded() {
		this.exclusions.pupils.put(Placements.PUPIL, new PupilExclusions(Placements.PUPIL, List.of(
				Placements.exclusion(ExclusionType.SUSPENSION, SuspensionLength.ofSessions(12), "2026-11-09", null),
				Placements.renumbered(Placements.PERMANENT, 2)), 1));
	}

	/** The LA's sixth-day provision for the permanent exclusion, as a valid body. */
	static Map<String, Object> afterExclusion() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("upn", Placements.PUPIL.value());
		body.put("commissionedBy", "LOCAL_AUTHORITY");
		body.put("reason", "PERMANENT_EXCLUSION");
		body.put("exclusionId", Placements.PUPIL.value() + "-2");
		body.put("providerName", "Dorset Learning Centre");
		body.put("setting", "PUPIL_REFERRAL_UNIT");
		body.put("startDate", "2026-11-09");
		body.put("sessionsPerWeek", 10);
		body.put("awayFromHomeLocality", false);
		body.put("reviewDates", List.of("2026-12-07"));
		return body;
	}

	/** The school's off-site direction before the exclusion, as a valid body. */
	static Map<String, Object> offSite() {
		Map<String, Object> body = new LinkedHashMap<>(afterExclusion());
		body.put("commissionedBy", "SCHOOL");
		body.put("schoolUrn", Placements.SCHOOL);
		body.put("reason", "OFF_SITE_DIRECTION");
		body.remove("exclusionId");
		body.put("startDate", "2026-10-05");
		body.put("endDate", "2026-10-23");
		body.put("sessionsPerWeek", 4);
		body.put("reviewDates", List.of("2026-10-19"));
		return body;
	}

	@SuppressWarnings("unchecked")
	static PlacementRequest request(Map<String, Object> body) {
		return new PlacementRequest((String) body.get("upn"), (String) body.get("schoolUrn"),
				(String) body.get("commissionedBy"), (String) body.get("reason"), (String) body.get("exclusionId"),
				(String) body.get("providerName"), (String) body.get("providerUrn"), (String) body.get("setting"),
				(String) body.get("startDate"), (String) body.get("endDate"), (Integer) body.get("sessionsPerWeek"),
				(Boolean) body.get("awayFromHomeLocality"), (List<String>) body.get("reviewDates"));
	}

	@Test
	void theLocalAuthorityPlacesAPermanentlyExcludedPupilFromTheSixthDay() {
		ApPlacement placed = this.keeping.record(OFFICER, request(afterExclusion()));

		assertThat(placed.id()).isEqualTo(Placements.PUPIL.value() + "-AP1");
		assertThat(placed.commissionedBy()).isEqualTo(Commissioner.LOCAL_AUTHORITY);
		assertThat(placed.daysInProvision(LocalDate.parse("2026-11-20"))).isEqualTo(12);
		assertThat(this.keeping.alerts(OFFICER, Set.of(PlacementAlert.values()))).isEmpty();
		assertThat(this.store.changes).singleElement()
			.satisfies(change -> assertThat(change.entityType()).isEqualTo("ap_placement"));

		ApPlacement ended = this.keeping.end(OFFICER, placed.id(), "2026-11-20", "NEW_SCHOOL", OTHER_SCHOOL);
		assertThat(ended.outcome()).isEqualTo(PlacementOutcome.NEW_SCHOOL);
		assertThat(this.keeping.end(OFFICER, placed.id(), "2026-11-20", "NEW_SCHOOL", OTHER_SCHOOL)).isEqualTo(ended);
		assertThatThrownBy(() -> this.keeping.end(OFFICER, placed.id(), "2026-11-20", "REINTEGRATED", null))
			.isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.problem()).isEqualTo(Problem.CONFLICT));
		assertThat(this.keeping.figures(OFFICER, 2026).reintegrated()).isEqualTo(1);
	}

	@Test
	void withNothingHeldThePermanentExclusionRaisesItsAlert() {
		List<RaisedAlert> alerts = this.keeping.alerts(OFFICER, Set.of(PlacementAlert.NO_PROVISION_FROM_DAY_SIX));

		assertThat(alerts).singleElement().satisfies(alert -> {
			assertThat(alert.recordId()).isEqualTo(Placements.PUPIL.value() + "-2");
			assertThat(alert.since()).isEqualTo("2026-11-09");
		});
		assertThat(this.keeping.alerts(OTHER_HEAD, Set.of(PlacementAlert.values()))).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1}={2} -> {3} {4}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			LA;   upn;                  A838200126;          INVALID_INPUT; upn
			LA;   commissionedBy;       TRUST;               INVALID_INPUT; commissionedBy
			LA;   commissionedBy;       SCHOOL;              INVALID_INPUT; schoolUrn
			LA;   reason;               BEHAVIOUR;           INVALID_INPUT; reason
			LA;   reason;               SUSPENSION_SIXTH_DAY; INVALID_INPUT; commissionedBy
			LA;   reason;               HEALTH_NEEDS;        INVALID_INPUT; exclusionId
			LA;   exclusionId;          null;                INVALID_INPUT; exclusionId
			LA;   exclusionId;          A838200125001-1;     INVALID_INPUT; exclusionId
			LA;   exclusionId;          SELF-9;              RULE_BROKEN;   exclusionId
			LA;   exclusionId;          SELF-1;              RULE_BROKEN;   exclusionId
			LA;   providerName;         null;                INVALID_INPUT; providerName
			LA;   providerUrn;          12;                  INVALID_INPUT; providerUrn
			LA;   setting;              NOT_RECORDED;        INVALID_INPUT; setting
			LA;   startDate;            2026-02-30;          INVALID_INPUT; startDate
			LA;   startDate;            2026-10-30;          RULE_BROKEN;   startDate
			LA;   endDate;              2026-11-06;          INVALID_INPUT; endDate
			LA;   sessionsPerWeek;      11;                  INVALID_INPUT; sessionsPerWeek
			LA;   sessionsPerWeek;      0;                   INVALID_INPUT; sessionsPerWeek
			LA;   awayFromHomeLocality; null;                INVALID_INPUT; awayFromHomeLocality
			LA;   reviewDates;          2026-11-09;          INVALID_INPUT; reviewDates[0]
			HEAD; reason;               OTHER_REASON;        RULE_BROKEN;   upn
			HEAD; reviewDates;          null;                INVALID_INPUT; reviewDates
			HEAD; startDate;            2026-10-19;          INVALID_INPUT; reviewDates[0]
			""")
	void refusalsNameTheFieldAndStoreNothing(String who, String field, String value, Problem problem, String named) {
		Map<String, Object> body = who.equals("LA") ? afterExclusion() : offSite();
		Object given = (value == null) ? null : switch (field) {
			case "sessionsPerWeek" -> Integer.valueOf(value);
			case "reviewDates" -> List.of(value);
			default -> value.replace("SELF", Placements.PUPIL.value());
		};
		body.put(field, given);
		if (who.equals("HEAD") && field.equals("reason")) {
			// a reason that needs no review, at a time the pupil is off the roll
			body.put("startDate", "2026-11-09");
			body.put("endDate", null);
			body.put("reviewDates", null);
		}
		Caller caller = who.equals("LA") ? OFFICER : HEAD;

		assertThatThrownBy(() -> this.keeping.record(caller, request(body)))
			.isInstanceOfSatisfying(ProblemException.class, refused -> {
				assertThat(refused.problem()).isEqualTo(problem);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(named);
			});
		assertThat(this.store.pupils).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = PlacementReason.class, names = "NOT_RECORDED", mode = EnumSource.Mode.EXCLUDE)
	void eachReasonHasItsCommissioners(PlacementReason reason) {
		Set<Commissioner> may = PlacementKeeping.mayCommission(reason);
		assertThat(may).isNotEmpty().doesNotContain(Commissioner.NOT_RECORDED);
		assertThat(PlacementKeeping.forAnExclusion(reason))
			.isEqualTo(reason == PlacementReason.PERMANENT_EXCLUSION || reason == PlacementReason.SUSPENSION_SIXTH_DAY);
	}

	@Test
	void aSchoolCommissionsForItsOwnPupilOnlyAndTheLocalAuthorityNotForASchool() {
		assertThatThrownBy(() -> this.keeping.record(OTHER_HEAD, request(offSite())))
			.isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.problem()).isEqualTo(Problem.FORBIDDEN));
		Map<String, Object> laForSchool = offSite();
		laForSchool.put("reason", "HEALTH_NEEDS");
		laForSchool.put("commissionedBy", "LOCAL_AUTHORITY");
		assertThat(this.keeping.record(OFFICER, request(laForSchool)).commissionedBy())
			.isEqualTo(Commissioner.LOCAL_AUTHORITY);
		assertThatThrownBy(() -> this.keeping.record(HEAD, request(afterExclusion())))
			.isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.problem()).isEqualTo(Problem.FORBIDDEN));
	}

	@Test
	void theSameOneAgainIsAConflictAndPlacementsNeverExceedAFullWeek() {
		this.keeping.record(HEAD, request(offSite()));
		assertThatThrownBy(() -> this.keeping.record(HEAD, request(offSite())))
			.isInstanceOfSatisfying(ProblemException.class, p -> {
				assertThat(p.problem()).isEqualTo(Problem.CONFLICT);
				assertThat(p.violations().get(0).field()).isEqualTo("startDate");
			});
		Map<String, Object> alongside = offSite();
		alongside.put("providerName", "Weymouth College");
		alongside.put("sessionsPerWeek", 7);
		assertThatThrownBy(() -> this.keeping.record(HEAD, request(alongside))).isInstanceOfSatisfying(
				ProblemException.class, p -> assertThat(p.violations().get(0).field()).isEqualTo("sessionsPerWeek"));
		alongside.put("sessionsPerWeek", 6);
		assertThat(this.keeping.record(HEAD, request(alongside)).id()).endsWith("-AP2");
	}

	@Test
	void aManagedMoveIsConfirmedOnTheNewSchoolsRollOnly() {
		MoveRequest move = new MoveRequest(Placements.PUPIL.value(), Placements.SCHOOL, OTHER_SCHOOL, "2026-10-26",
				"2026-10-27", "2026-11-09");
		ManagedMove recorded = this.keeping.recordMove(HEAD, move);

		assertThat(recorded.id()).isEqualTo(Placements.PUPIL.value() + "-MM1");
		assertThatThrownBy(() -> this.keeping.recordMove(HEAD, move)).isInstanceOfSatisfying(ProblemException.class,
				p -> assertThat(p.problem()).isEqualTo(Problem.CONFLICT));
		// the new school's roll holds the pupil from the 16th
		assertThatThrownBy(() -> this.keeping.endMove(OTHER_HEAD, recorded.id(), "ON_ROLL", "2026-11-09"))
			.isInstanceOfSatisfying(ProblemException.class,
					p -> assertThat(p.violations().get(0).field()).isEqualTo("outcome"));
		assertThatThrownBy(() -> this.keeping.endMove(OTHER_HEAD, recorded.id(), "WITHDRAWN", "2026-11-10"))
			.isInstanceOfSatisfying(ProblemException.class,
					p -> assertThat(p.violations().get(0).field()).isEqualTo("on"));
		assertThat(this.keeping.endMove(OTHER_HEAD, recorded.id(), "ON_ROLL", "2026-11-16").outcome())
			.isEqualTo(MoveOutcome.ON_ROLL);
		assertThat(this.store.changes).extracting(c -> c.entityType() + " " + c.type())
			.containsExactly("managed_move CREATED", "managed_move UPDATED");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			the same school;          990126;  2026-10-26; 2026-10-27; 2026-11-09; toSchoolUrn
			the parent after start;   990027;  2026-11-10; 2026-10-27; 2026-11-09; parentAgreedOn
			the school not yet;       990027;  2026-10-26; 2026-11-21; 2026-11-30; newSchoolAgreedOn
			no start;                 990027;  2026-10-26; 2026-10-27; null;       startDate
			""")
	void moveRefusalsNameTheField(String name, String to, String parent, String school, String start, String field) {
		MoveRequest move = new MoveRequest(Placements.PUPIL.value(), Placements.SCHOOL, to, parent, school, start);
		assertThatThrownBy(() -> this.keeping.recordMove(HEAD, move)).isInstanceOfSatisfying(ProblemException.class,
				p -> assertThat(new ArrayList<>(p.violations()).get(0).field()).isEqualTo(field));
		assertThat(this.store.pupils).isEmpty();
	}

}
