package uk.gov.dorsetcouncil.edu.transport.application.web;

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

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.application.Application;
import uk.gov.dorsetcouncil.edu.transport.application.ApplicationHandling;
import uk.gov.dorsetcouncil.edu.transport.application.ApplicationRequests;
import uk.gov.dorsetcouncil.edu.transport.application.DecisionLetter;
import uk.gov.dorsetcouncil.edu.transport.application.HeldApplications;
import uk.gov.dorsetcouncil.edu.transport.arrangement.HeldArrangements;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EhcPlanEvidence;
import uk.gov.dorsetcouncil.edu.transport.eligibility.HeldDecisions;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Outcome;
import uk.gov.dorsetcouncil.edu.transport.eligibility.PupilDecisions;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.NetworkSchoolSites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body of applications and appeals (ADR 0038): an application, a decision,
 * an appeal, an answer. The first byte chooses the body; any bytes are read by the
 * platform's strict JSON rules and applied to a pupil with a not-eligible assessment and
 * a refused application. The answer is an application within its bounds (with a letter
 * that renders once decided), or a problem that names its fields; never another
 * exception. Seeds in {@code ApplicationBodiesFuzzTestInputs}; coverage-guided in the
 * test command (ADR 0019).
 */
class ApplicationBodiesFuzzTest {

	static final Caller OFFICER = new Caller("transport-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("transport:read", "transport:write"));

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

	static final LocalDate TODAY = LocalDate.now(CLOCK);

	static final NetworkSchoolSites SITES = new NetworkSchoolSites(2026, TravelNetwork.generate(2026));

	static final String URN = SITES.all().get(0).urn();

	static final String UPN = Upn.withCheckLetter("838200129001").value();

	static final LetterPages PAGES = new LetterPages();

	@FuzzTest
	@DictionaryEntries({ "upn", "schoolUrn", "kind", "receivedOn", "dateOfBirth", "eligibilityDecisionId", "evidence",
			"reference", "outcome", "reasons", "overrideReason", "decidedOn", "applicationId", "stage", "grounds",
			"HOME_TO_SCHOOL", "POST_16", "SEN", "AWARDED", "REFUSED", "CONFIRMED", "CHANGED", "A838200129001-1",
			"A838200129001-T1", "A838200129001-T2", "2026-12-07", "2026-11-02", "2008-03-01", "990001", "null",
			"\\ud800", "\\u0000", "<script>" })
	void anyBodyIsKeptOrAProblemNamingAField(FuzzedDataProvider data) {
		int body = data.consumeInt(0, 3);
		byte[] bytes = data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
		HeldDecisions decisions = new HeldDecisions();
		decisions.save(
				PupilDecisions.none(new Upn(UPN))
					.with(new Decision(UPN + "-1", UPN, URN, TODAY, Outcome.NOT_ELIGIBLE, null, null, null,
							new Decision.Explanation(LocalDate.of(2018, 1, 1), TODAY, 8, 4, new GeoPoint(50.7, -2.4),
									List.of(), List.of(), List.of(), List.of(), null),
							"officer", CLOCK.instant())),
				List.of());
		ApplicationHandling handling = new ApplicationHandling(new HeldApplications(), decisions, SITES,
				upn -> new EhcPlanEvidence(true, true, "FINAL", URN, "stand-in"), new HeldArrangements(),
				LostRaceRetry.withoutPause(1), CLOCK);
		String refused = handling
			.submit(OFFICER,
					new ApplicationRequests.Submit(UPN, URN, "HOME_TO_SCHOOL", "2026-11-02", null, UPN + "-1",
							List.of()))
			.id();
		handling.decide(OFFICER, refused,
				new ApplicationRequests.Decide(null, "within walking distance", null, "2026-11-02"));
		try {
			Application kept = switch (body) {
				case 0 -> handling.submit(OFFICER,
						StrictJson.read(bytes, ApplicationController.ApplicationBody.class).request());
				case 1 -> {
					String fresh = handling
						.submit(OFFICER,
								new ApplicationRequests.Submit(UPN, URN, "HOME_TO_SCHOOL", null, null, UPN + "-1",
										List.of()))
						.id();
					ApplicationController.DecisionBody decide = StrictJson.read(bytes,
							ApplicationController.DecisionBody.class);
					yield handling.decide(OFFICER, fresh, new ApplicationRequests.Decide(decide.outcome(),
							decide.reasons(), decide.overrideReason(), decide.decidedOn()));
				}
				case 2 -> {
					ApplicationController.AppealBody appeal = StrictJson.read(bytes,
							ApplicationController.AppealBody.class);
					yield handling.appeal(OFFICER, new ApplicationRequests.Appeal(appeal.applicationId(),
							appeal.stage(), appeal.receivedOn(), appeal.grounds()));
				}
				default -> {
					handling.appeal(OFFICER,
							new ApplicationRequests.Appeal(refused, 1, "2026-11-03", "the lane has no pavement"));
					ApplicationController.AnswerBody answer = StrictJson.read(bytes,
							ApplicationController.AnswerBody.class);
					yield handling.answer(OFFICER, refused + "-A1",
							new ApplicationRequests.Answer(answer.outcome(), answer.decidedOn(), answer.reasons()));
				}
			};
			assertWithinBounds(kept);
		}
		catch (ProblemException problem) {
			assertThat(problem.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN, Problem.NOT_FOUND);
			if (problem.problem() != Problem.NOT_FOUND) {
				assertThat(problem.violations()).isNotEmpty().allSatisfy(v -> {
					assertThat(v.field()).isNotNull();
					assertThat(v.detail()).isNotBlank();
				});
			}
		}
	}

	private static void assertWithinBounds(Application application) {
		assertThat(application.receivedOn()).isBeforeOrEqualTo(TODAY);
		assertThat(SITES.find(application.schoolUrn())).isPresent();
		if (application.decision() != null) {
			assertThat(application.decision().decidedOn()).isBetween(application.receivedOn(), TODAY);
			assertThat(application.decision().reasons()).isNotBlank();
			DecisionLetter letter = DecisionLetter.of(application, "a school");
			assertThat(PAGES.render(letter)).contains(letter.reference()).doesNotContain("<script>");
		}
		for (Application.Appeal appeal : application.appeals()) {
			assertThat(appeal.receivedOn()).isAfterOrEqualTo(application.decision().decidedOn());
			assertThat(appeal.dueOn()).isAfter(appeal.receivedOn());
			assertThat(appeal.stage()).isBetween(1, 2);
		}
	}

}
