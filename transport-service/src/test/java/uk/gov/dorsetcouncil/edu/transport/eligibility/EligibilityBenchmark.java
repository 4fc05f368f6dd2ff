package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.EmbeddedMongo;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.school.SchoolCatalogue;
import uk.gov.dorsetcouncil.edu.synthetic.transport.Homes;
import uk.gov.dorsetcouncil.edu.synthetic.transport.SchoolSites;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.NetworkRouteDistances;
import uk.gov.dorsetcouncil.edu.transport.distance.config.SyntheticRoadNetwork;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.MongoDecisionStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.NetworkSchoolSites;

/**
 * How long one eligibility decision takes with distances from the embedded router: the
 * request checked, every suitable school's entrances routed to on foot (and by road where
 * extended rights need it), the rules applied and the decision stored with its change in
 * the embedded (in-memory) store and relayed to the feed. Assessments are drawn from the
 * local run's county: each pupil of a Dorset school living where the synthetic homes are
 * (a third anywhere in the locality), a third of families on low income, some with a
 * religious preference or a need, one decision each, one after another. Run by
 * {@code ./mvnw -q -pl transport-service -Pbenchmark verify} (docs/benchmarks.md).
 */
public final class EligibilityBenchmark {

	static final long SEED = 2026;

	static final Caller OFFICER = new Caller("transport-officer", "benchmark", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("transport:read", "transport:write"));

	private EligibilityBenchmark() {
	}

	public static void main(String[] args) {
		int warmup = Integer.getInteger("bench.warmup", 2_000);
		int decisions = Integer.getInteger("bench.decisions", 10_000);
		long started = System.nanoTime();
		TravelNetwork network = TravelNetwork.generate(SEED);
		NetworkSchoolSites sites = new NetworkSchoolSites(SEED, network);
		NetworkRouteDistances router = new NetworkRouteDistances(SyntheticRoadNetwork.of(network), Clock.systemUTC());
		System.out.printf("network: %d junctions, %d links, %d schools; built in %d ms; %d cores, Java %s%n",
				network.nodes().size(), network.links().size(), sites.all().size(),
				(System.nanoTime() - started) / 1_000_000, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		try (EmbeddedMongo server = EmbeddedMongo.start(new MongoSettings(null, "transport", null, true));
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoDatabase database = client.getDatabase("transport");
			Clock clock = Clock.systemUTC();
			EligibilityAssessing assessing = new EligibilityAssessing(sites, sites, router,
					upn -> new EhcPlanEvidence(true, false, null, null, "benchmark"),
					new MongoDecisionStore(database, new ChangeRelay(new MongoChangeFeed(database, clock))),
					LostRaceRetry.withoutPause(3), clock);
			List<AssessmentRequest> requests = requests(warmup + decisions);
			for (int i = 0; i < warmup; i++) {
				assessing.assess(OFFICER, requests.get(i));
			}
			long[] nanos = new long[decisions];
			Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
			for (int i = 0; i < decisions; i++) {
				long t = System.nanoTime();
				Decision decision = assessing.assess(OFFICER, requests.get(warmup + i));
				nanos[i] = System.nanoTime() - t;
				outcomes.merge(decision.outcome(), 1, Integer::sum);
			}
			Arrays.sort(nanos);
			System.out.printf("%d decisions after %d warm-up: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %s%n",
					decisions, warmup, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6,
					outcomes);
		}
	}

	/** One assessment per pupil, school by school, as many as asked. */
	static List<AssessmentRequest> requests(int count) {
		TravelNetwork network = TravelNetwork.generate(SEED);
		List<School> schools = SchoolCatalogue.dorset(SEED)
			.stream()
			.filter(s -> s.phase().mainstream() && s.lowestYear() <= 11)
			.toList();
		List<SchoolSites.Site> sites = SchoolSites.of(SEED, network, schools);
		List<AssessmentRequest> requests = new ArrayList<>();
		LocalDate assessed = LocalDate.of(2026, 12, 7);
		for (int serial = 0; requests.size() < count; serial++) {
			for (int i = 0; i < schools.size() && requests.size() < count; i++) {
				School school = schools.get(i);
				int year = school.lowestYear()
						+ serial % (Math.min(11, school.highestYear()) - school.lowestYear() + 1);
				// born in the autumn of the year that puts the child in this year group
				LocalDate born = LocalDate.of(assessed.getYear() - 5 - year, 10, 1 + serial % 28);
				Homes.Home home = Homes.of(SEED, network, school, sites.get(i), serial);
				boolean lowIncome = serial % 3 == 0;
				String religion = (lowIncome && serial % 2 == 0) ? "CHURCH_OF_ENGLAND" : null;
				boolean need = serial % 17 == 0;
				requests.add(new AssessmentRequest(Upn.withCheckLetter(String.format("838%03d%06d", i, serial)).value(),
						born.toString(), assessed.toString(), home.latitude(), home.longitude(), school.urn(),
						lowIncome ? "FREE_SCHOOL_MEALS" : null, lowIncome ? "FSM check" : null, religion,
						need ? "MOBILITY" : null, need ? "GP letter, 2026-10-01" : null));
			}
		}
		return requests;
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
	}

}
