package uk.gov.dorsetcouncil.edu.transport.disruption.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.arrangement.EligibilityBasis;
import uk.gov.dorsetcouncil.edu.transport.arrangement.HeldArrangements;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.disruption.AttendanceNotice;
import uk.gov.dorsetcouncil.edu.transport.disruption.Disruption;
import uk.gov.dorsetcouncil.edu.transport.disruption.DisruptionHandling;
import uk.gov.dorsetcouncil.edu.transport.disruption.HeldDisruptions;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.NetworkSchoolSites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disruption body (ADR 0038): any bytes are read by the platform's strict JSON rules
 * and recorded against one pupil on route R-1 to the first school; the answer is a
 * disruption within its bounds, told to attendance exactly as kept, or a problem that
 * names its fields; never another exception. Coverage-guided in the test command (ADR
 * 0019).
 */
class DisruptionBodyFuzzTest {

	static final Caller OFFICER = new Caller("transport-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("transport:read", "transport:write"));

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

	static final NetworkSchoolSites SITES = new NetworkSchoolSites(2026, TravelNetwork.generate(2026));

	@FuzzTest
	@DictionaryEntries({ "kind", "description", "firstDay", "lastDay", "sessions", "routeIds", "schoolUrns",
			"CANCELLED_RUN", "OPERATOR_FAILURE", "WEATHER", "ROAD_CLOSURE", "AM", "PM", "R-1", "2026-12-07",
			"2026-12-31", "990001", "null", "\\ud800" })
	void anyBodyIsKeptOrAProblemNamingAField(byte[] body) {
		HeldArrangements arrangements = new HeldArrangements();
		arrangements.keep(Upn.withCheckLetter("838200132001"), new TravelArrangement(SITES.all().get(0).urn(),
				EligibilityBasis.STATUTORY_WALKING_DISTANCE, "R-1", LocalDate.of(2026, 9, 1), null));
		List<Disruption> told = new ArrayList<>();
		DisruptionHandling handling = new DisruptionHandling(new HeldDisruptions(), arrangements, SITES,
				AttendanceNotice.collecting(told), CLOCK);
		try {
			DisruptionController.DisruptionBody read = StrictJson.read(body, DisruptionController.DisruptionBody.class);
			Disruption kept = handling.record(OFFICER, new DisruptionHandling.Request(read.kind(), read.description(),
					read.firstDay(), read.lastDay(), read.sessions(), read.routeIds(), read.schoolUrns()));
			assertThat(told).containsExactly(kept);
			assertThat(kept.lastDay()).isAfterOrEqualTo(kept.firstDay());
			assertThat(kept.lastDay().toEpochDay() - kept.firstDay().toEpochDay()).isLessThan(31);
			assertThat(kept.sessions()).isNotEmpty().allMatch(s -> s.equals("AM") || s.equals("PM"));
			kept.affected().forEach(a -> assertThat(a.date()).isBetween(kept.firstDay(), kept.lastDay()));
			assertThat(kept.notices()).hasSize(kept.schools().size() + kept.pupils().size());
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN);
			assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> {
				assertThat(v.field()).isNotNull();
				assertThat(v.detail()).isNotBlank();
			});
			assertThat(told).isEmpty();
		}
	}

}
