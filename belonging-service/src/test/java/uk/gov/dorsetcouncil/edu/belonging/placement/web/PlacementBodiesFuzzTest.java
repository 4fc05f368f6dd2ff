package uk.gov.dorsetcouncil.edu.belonging.placement.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.HeldExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
import uk.gov.dorsetcouncil.edu.belonging.placement.ApPlacement;
import uk.gov.dorsetcouncil.edu.belonging.placement.ManagedMove;
import uk.gov.dorsetcouncil.edu.belonging.placement.MoveRequest;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementKeeping;
import uk.gov.dorsetcouncil.edu.belonging.placement.Placements;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body of alternative provision and managed moves (ADR 0036): a placement,
 * a review, an outcome, a move, a move's outcome. The first number chooses the body; any
 * bytes are read by the platform's strict JSON rules and kept against a permanently
 * excluded pupil with a placement and a move held. The answer is a record within its
 * bounds, or a problem that names its fields; never another exception. Coverage-guided in
 * the test command (ADR 0019).
 */
class PlacementBodiesFuzzTest {

	static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	@FuzzTest
	@DictionaryEntries({ "upn", "schoolUrn", "commissionedBy", "reason", "exclusionId", "providerName", "providerUrn",
			"setting", "startDate", "endDate", "sessionsPerWeek", "awayFromHomeLocality", "reviewDates", "reviewedOn",
			"nextReviewOn", "outcome", "destinationUrn", "fromSchoolUrn", "toSchoolUrn", "parentAgreedOn",
			"newSchoolAgreedOn", "on", "SCHOOL", "LOCAL_AUTHORITY", "PERMANENT_EXCLUSION", "SUSPENSION_SIXTH_DAY",
			"HEALTH_NEEDS", "OFF_SITE_DIRECTION", "PUPIL_REFERRAL_UNIT", "REINTEGRATED", "NEW_SCHOOL", "CONTINUED",
			"ON_ROLL", "BROKEN_DOWN", "WITHDRAWN", "A838200126001", "A838200126001-1", "990126", "990027", "2026-11-09",
			"2026-11-16", "2026-12-07", "10", "true", "null", "\\ud800" })
	void anyBodyIsKeptOrAProblemNamingAField(FuzzedDataProvider data) {
		int body = data.consumeInt(0, 4);
		byte[] bytes = data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
		HeldExclusions exclusions = new HeldExclusions();
		exclusions.pupils.put(Placements.PUPIL,
				new PupilExclusions(Placements.PUPIL, List.of(Placements.PERMANENT), 1));
		PlacementKeeping keeping = new PlacementKeeping(new Placements(), exclusions, (urn, upn, date) -> true,
				locality -> Set.of(), LostRaceRetry.withoutPause(1), TODAY);
		ApPlacement held = keeping.record(OFFICER,
				new PlacementController.PlacementBody(Placements.PUPIL.value(), null, "LOCAL_AUTHORITY",
						"PERMANENT_EXCLUSION", Placements.PUPIL.value() + "-1", "Learning Centre", null,
						"PUPIL_REFERRAL_UNIT", "2026-11-09", null, 10, false, List.of("2026-11-16"))
					.request());
		ManagedMove move = keeping.recordMove(OFFICER, new MoveRequest(Placements.PUPIL.value(), "990126", "990027",
				"2026-10-26", "2026-10-27", "2026-11-02"));
		try {
			switch (body) {
				case 0 -> assertWithinBounds(keeping.record(OFFICER,
						StrictJson.read(bytes, PlacementController.PlacementBody.class).request()));
				case 1 -> {
					PlacementController.ApReviewBody review = StrictJson.read(bytes,
							PlacementController.ApReviewBody.class);
					assertWithinBounds(keeping.review(OFFICER, held.id(), review.reviewedOn(), review.nextReviewOn()));
				}
				case 2 -> {
					PlacementController.ApOutcomeBody outcome = StrictJson.read(bytes,
							PlacementController.ApOutcomeBody.class);
					assertWithinBounds(keeping.end(OFFICER, held.id(), outcome.endDate(), outcome.outcome(),
							outcome.destinationUrn()));
				}
				case 3 -> {
					ManagedMove recorded = keeping.recordMove(OFFICER,
							StrictJson.read(bytes, PlacementController.MoveBody.class).request());
					assertThat(recorded.parentAgreedOn()).isBeforeOrEqualTo(recorded.startDate());
					assertThat(recorded.fromSchoolUrn()).isNotEqualTo(recorded.toSchoolUrn());
				}
				default -> {
					PlacementController.MoveOutcomeBody outcome = StrictJson.read(bytes,
							PlacementController.MoveOutcomeBody.class);
					ManagedMove ended = keeping.endMove(OFFICER, move.id(), outcome.outcome(), outcome.on());
					assertThat(ended.outcomeOn()).isBeforeOrEqualTo(LocalDate.now(TODAY));
				}
			}
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN, Problem.CONFLICT);
			assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> {
				assertThat(v.field()).isNotNull();
				assertThat(v.detail()).isNotBlank();
			});
		}
	}

	private static void assertWithinBounds(ApPlacement placement) {
		assertThat(placement.sessionsPerWeek()).isBetween(1, PlacementKeeping.FULL_TIME_SESSIONS);
		if (placement.endDate() != null) {
			assertThat(placement.endDate()).isAfterOrEqualTo(placement.startDate());
		}
		placement.reviewDates().forEach(date -> assertThat(date).isAfter(placement.startDate()));
		placement.reviewsDone()
			.forEach(date -> assertThat(date).isBetween(placement.startDate(), LocalDate.now(TODAY)));
		if (placement.outcome() != null) {
			assertThat(placement.endDate()).isBeforeOrEqualTo(LocalDate.now(TODAY));
		}
	}

}
