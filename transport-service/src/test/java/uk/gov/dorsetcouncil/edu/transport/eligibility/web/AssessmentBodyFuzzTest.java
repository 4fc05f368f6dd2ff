package uk.gov.dorsetcouncil.edu.transport.eligibility.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.NetworkRouteDistances;
import uk.gov.dorsetcouncil.edu.transport.distance.config.SyntheticRoadNetwork;
import uk.gov.dorsetcouncil.edu.transport.eligibility.AcademicYear;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EhcPlanEvidence;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityAssessing;
import uk.gov.dorsetcouncil.edu.transport.eligibility.HeldDecisions;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Outcome;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.NetworkSchoolSites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An assessment body: any bytes are read as the API reads them (strict JSON) and assessed
 * over the local run's network, and the answer is a decision that explains itself or a
 * refusal that names a field; never another exception. Seeds in
 * {@code AssessmentBodyFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class AssessmentBodyFuzzTest {

	static final Caller OFFICER = new Caller("transport-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("transport:read", "transport:write"));

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

	static final TravelNetwork NETWORK = TravelNetwork.generate(2026);

	static final NetworkSchoolSites SITES = new NetworkSchoolSites(2026, NETWORK);

	static final NetworkRouteDistances ROUTER = new NetworkRouteDistances(SyntheticRoadNetwork.of(NETWORK), CLOCK);

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/transport/eligibility/web/assessment-body.dict")
	void anyBodyIsDecidedOrAProblemNamingAField(byte[] body) {
		EligibilityController.AssessmentBody read;
		try {
			read = StrictJson.mapper().readValue(body, EligibilityController.AssessmentBody.class);
		}
		catch (JacksonException refused) {
			Violation violation = StrictJson.violation(refused);
			assertThat(violation.field()).isNotNull();
			assertThat(violation.detail()).isNotBlank();
			return;
		}
		if (read == null) {
			return;
		}
		EligibilityAssessing assessing = new EligibilityAssessing(SITES, SITES, ROUTER,
				upn -> new EhcPlanEvidence(true, false, null, null, "stand-in"), new HeldDecisions(),
				LostRaceRetry.withoutPause(1), CLOCK);
		Decision decision;
		try {
			decision = assessing.assess(OFFICER, read.request());
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN);
			assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.field()).isNotBlank());
			return;
		}
		assertThat(SITES.find(decision.schoolUrn())).isPresent();
		assertThat(decision.explanation().age()).isBetween(3, 17);
		assertThat(decision.explanation().findings()).isNotEmpty();
		assertThat(decision.explanation().schoolsCompared()).isNotEmpty();
		assertThat(decision.outcome()).isNotEqualTo(Outcome.PENDING);
		if (decision.outcome() == Outcome.ELIGIBLE) {
			assertThat(decision.rule()).isNotNull();
			assertThat(decision.validUntil()).isEqualTo(AcademicYear.endOf(decision.assessedOn()));
		}
		else {
			assertThat(decision.rule()).isNull();
		}
	}

}
