package uk.gov.dorsetcouncil.edu.send.sen2.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

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
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRequest;
import uk.gov.dorsetcouncil.edu.send.assessment.store.MongoAssessmentStore;
import uk.gov.dorsetcouncil.edu.send.plan.ModelledSections;
import uk.gov.dorsetcouncil.edu.send.plan.PlanKeeping;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRecording;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRequest;
import uk.gov.dorsetcouncil.edu.send.review.store.MongoReviewStore;
import uk.gov.dorsetcouncil.edu.send.review.store.StoredPlans;
import uk.gov.dorsetcouncil.edu.send.sen2.Sen2Counting;
import uk.gov.dorsetcouncil.edu.send.web.CaseworkReads;
import uk.gov.dorsetcouncil.edu.synthetic.send.PlanSectionsModel;

/**
 * The SEND reads at Dorset scale, in process over the embedded (in-memory) store with the
 * service's own stores and rules: about 3,900 final plans with their sections (the
 * synthetic {@link PlanSectionsModel}), each reviewed once in the last year (about 91% on
 * time), and a year of about 900 requests for assessment with their decisions. Then, each
 * many times after a warm-up: a caseworker's assessment queue and review queue (first
 * page of 50), the SEN2 measures, and the SEN2 export as CSV. Run by
 * {@code ./mvnw -q -pl send-service -am -Psen2-benchmark -DskipTests verify}
 * (docs/benchmarks.md); not a test.
 */
public final class Sen2Benchmark {

	static final long SEED = 2026;

	static final Caller CASEWORKER = new Caller("caseworker-bench", "benchmark", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write"));

	static final Caller ANALYST = new Caller("analyst-bench", "benchmark", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("measures:read"));

	private Sen2Benchmark() {
	}

	public static void main(String[] args) {
		int plans = Integer.getInteger("bench.plans", 3_900);
		int requests = Integer.getInteger("bench.requests", 900);
		int warmup = Integer.getInteger("bench.warmup", 30);
		int rounds = Integer.getInteger("bench.rounds", 200);
		Clock clock = Clock.system(ZoneId.of("Europe/London"));
		LocalDate today = LocalDate.now(clock);
		System.out.printf("%d plans, %d requests; %d cores, Java %s, max heap %d MiB%n", plans, requests,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20);
		try (EmbeddedMongo server = EmbeddedMongo.start(new MongoSettings(null, "send", null, true));
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoDatabase database = client.getDatabase("send");
			ChangeRelay relay = new ChangeRelay(new MongoChangeFeed(database, clock));
			EhcPlanStore planStore = new EhcPlanStore(database, relay);
			PlanKeeping keeping = new PlanKeeping(planStore, LostRaceRetry.withoutPause(3), clock);
			AssessmentRecording assessments = new AssessmentRecording(new MongoAssessmentStore(database, relay),
					upn -> true, LostRaceRetry.withoutPause(3), clock);
			ReviewRecording reviews = new ReviewRecording(new MongoReviewStore(database, relay),
					new StoredPlans(planStore, keeping), LostRaceRetry.withoutPause(3), clock);
			Sen2Counting sen2 = new Sen2Counting(assessments, reviews, planStore, clock);

			long started = System.nanoTime();
			load(keeping, reviews, assessments, plans, requests, today);
			System.out.printf("loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);

			PageRequest page = new PageRequest(0, 50, List.of());
			report("assessment queue, first page of 50", warmup, rounds, () -> CaseworkReads.queuePage(null, page,
					by -> assessments.queue(CASEWORKER, by, step -> true), due -> due));
			report("review queue, first page of 50", warmup, rounds, () -> CaseworkReads.queuePage(null, page,
					by -> reviews.queue(CASEWORKER, by, step -> true), due -> due));
			report("SEN2 measures (LA, in full)", warmup, rounds, () -> sen2.count(CASEWORKER, null).rows());
			report("SEN2 measures (analyst, suppressed)", warmup, rounds, () -> sen2.count(ANALYST, null).rows());
			report("SEN2 export, CSV", warmup, rounds, () -> {
				Sen2Counting.Counted counted = sen2.count(CASEWORKER, null);
				return Sen2Csv.write(counted.figures(), counted.rows());
			});
		}
	}

	private static void load(PlanKeeping keeping, ReviewRecording reviews, AssessmentRecording assessments, int plans,
			int requests, LocalDate today) {
		PlanSectionsModel model = new PlanSectionsModel(SEED);
		SplittableRandom random = new SplittableRandom(SEED);
		String[] localities = { "NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK" };
		for (int i = 0; i < plans; i++) {
			Upn upn = Upn.withCheckLetter("8382" + String.format("%08d", i));
			LocalDate issued = today.minusDays(400 + random.nextInt(1800));
			LocalDate reviewedFrom = issued;
			while (!reviewedFrom.plusMonths(12).isAfter(today.minusMonths(12))) {
				reviewedFrom = reviewedFrom.plusMonths(12);
			}
			keeping.put(CASEWORKER, upn.value(), "FINAL", issued.toString(), String.valueOf(991000 + i % 170),
					reviewedFrom.equals(issued) ? null : reviewedFrom.toString());
			LocalDate bornOn = today.minusYears(4 + random.nextInt(18)).minusDays(random.nextInt(365));
			keeping.recordSections(CASEWORKER, upn.value(),
					ModelledSections.request(model.sections(upn.value(), bornOn, localities[i % 6], true, today)));
			// the meeting 12 months on, 91 in 100 on time (Dorset 2023/24), the rest up
			// to 6 weeks late
			LocalDate due = reviewedFrom.plusMonths(12);
			LocalDate meeting = (random.nextInt(100) < 91) ? due.minusDays(random.nextInt(28))
					: due.plusDays(1 + random.nextInt(42));
			if (!meeting.isAfter(today)) {
				String id = reviews
					.arrange(CASEWORKER, upn.value(), new ReviewRequest(meeting.toString(), null, null, null))
					.id();
				reviews.recordStep(CASEWORKER, id, "REVIEW_MEETING", meeting.toString());
				reviews.recordDecision(CASEWORKER, id,
						meeting.plusDays(14).isAfter(today) ? today.toString() : meeting.plusDays(14).toString(),
						"MAINTAIN");
			}
		}
		String[] needs = { "ASD", "SLCN", "SEMH", "MLD", "SPLD" };
		for (int i = 0; i < requests; i++) {
			Upn upn = Upn.withCheckLetter("8383" + String.format("%08d", i));
			LocalDate received = today.minusDays(random.nextInt(365));
			String id = assessments
				.record(CASEWORKER,
						new AssessmentRequest(upn.value(), "PARENT", received.toString(), "991001",
								needs[i % needs.length]))
				.id();
			LocalDate decided = received.plusDays(20 + random.nextInt(25));
			if (!decided.isAfter(today)) {
				assessments.recordStep(CASEWORKER, id, "DECISION_TO_ASSESS", decided.toString(),
						(random.nextInt(5) == 0) ? "REFUSE" : "ASSESS");
			}
		}
	}

	private static void report(String name, int warmup, int rounds, Supplier<Object> read) {
		for (int i = 0; i < warmup; i++) {
			read.get();
		}
		long[] nanos = new long[rounds];
		int size = 0;
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			Object answer = read.get();
			nanos[i] = System.nanoTime() - t;
			size = String.valueOf(answer).length();
		}
		Arrays.sort(nanos);
		System.out.printf("%-40s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%d rounds, answer %d chars)%n", name,
				nanos[rounds / 2] / 1e6, nanos[(int) Math.ceil(rounds * 0.95) - 1] / 1e6, nanos[rounds - 1] / 1e6,
				rounds, size);
	}

}
