package uk.gov.dorsetcouncil.edu.belonging.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionReason;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionType;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Step;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepKind;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.SuspensionLength;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.store.MongoExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementAlert;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementKeeping;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementRequest;
import uk.gov.dorsetcouncil.edu.belonging.placement.store.MongoPlacementStore;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateDimension;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateReading;
import uk.gov.dorsetcouncil.edu.belonging.rate.ReferenceFigures;
import uk.gov.dorsetcouncil.edu.belonging.rate.Roll;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableAlert;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRecording;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRequest;
import uk.gov.dorsetcouncil.edu.belonging.timetable.store.MongoTimetableStore;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Issue 14's targets at Dorset scale with a year of belonging data (docs/benchmarks.md):
 * a school's, a locality's or the LA's suspension and exclusion rates by each dimension,
 * p95 at most 50 ms; the LA's alert lists (part-time timetables, alternative provision),
 * p95 at most 100 ms. The service's own code over its real MongoDB stores on the embedded
 * engine (as the local run), with attendance-service's roll, groups and register answered
 * in memory (attendance's own figures over gRPC are measured by its benchmark). Not a
 * test: run with
 * {@code ./mvnw -q -pl belonging-service -am -Dbench.belonging -DskipTests verify}.
 *
 * <p>
 * The year (2025/26, seeded): 159 schools in six localities, 75,000 pupils; suspensions
 * near the national rate (11 per 100, about 8,400, a pupil often several), 69 permanent
 * exclusions (Dorset's yearly figure), 244 part-time timetables (Dorset 2022/23) and 400
 * AP placements, 300 of them after a suspension or exclusion.
 */
public final class BelongingBenchmark {

	static final int SCHOOLS = 159;

	static final int PUPILS = 75_000;

	static final int SUSPENSIONS = 8_400;

	static final int PERMANENT_EXCLUSIONS = 69;

	static final int TIMETABLES = 244;

	static final int PLACEMENTS = 400;

	static final String[] LOCALITIES = { "NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK" };

	static final Clock TODAY = Clock.fixed(Instant.parse("2026-07-20T09:00:00Z"), ZoneOffset.UTC);

	static final Caller OFFICER = new Caller("officer", "bench", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	static final Caller ANALYST = new Caller("analyst", "bench", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("measures:read"));

	private BelongingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int warm = Integer.getInteger("bench.warmup", 30);
		int runs = Integer.getInteger("bench.runs", 200);
		MongoServer server = new MongoServer(new MemoryBackend());
		try (MongoClient client = MongoClients.create("mongodb://" + address(server.bind()))) {
			MongoDatabase database = client.getDatabase("belonging");
			ChangeRelay relay = new ChangeRelay(new MongoChangeFeed(database, TODAY));
			MongoExclusionStore exclusions = new MongoExclusionStore(database, relay);
			long loading = System.nanoTime();
			Map<String, String> schoolLocality = new LinkedHashMap<>();
			for (int s = 0; s < SCHOOLS; s++) {
				schoolLocality.put(urn(s), LOCALITIES[s % LOCALITIES.length]);
			}
			List<String> permanent = loadExclusions(exclusions);
			Localities localities = new Localities(schoolLocality);
			MongoTimetableStore timetables = new MongoTimetableStore(database, relay);
			TimetableRecording timetableRecording = new TimetableRecording(timetables, (urn, upn, date) -> true,
					localities, (upn, code, from, to) -> Map.of(), LostRaceRetry.withoutPause(1), TODAY);
			loadTimetables(timetableRecording);
			MongoPlacementStore placements = new MongoPlacementStore(database, relay);
			PlacementKeeping placementKeeping = new PlacementKeeping(placements, exclusions, (urn, upn, date) -> true,
					localities, LostRaceRetry.withoutPause(1), TODAY);
			loadPlacements(placementKeeping, permanent);
			System.out.printf("loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);

			RateReading rates = new RateReading(exclusions, new DorsetRoll(schoolLocality), localities,
					ReferenceFigures.shipped(), new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD),
					TODAY);
			Caller school = new Caller("head", "bench", Organisation.school(urn(7)), Set.of("SCHOOL_DSL"),
					Set.of("belonging:read"));
			Caller locality = new Caller("locality", "bench", new Organisation(Organisation.Type.LOCALITY, "CHESIL"),
					Set.of("LOCALITY_INCLUSION_OFFICER"), Set.of("belonging:read"));
			StringBuilder report = new StringBuilder(
					"| Case | p50 ms | p95 ms | max ms | rows or items |\n|---|---|---|---|---|\n");
			for (RateDimension by : RateDimension.values()) {
				report.append(measure("LA rates by " + by, warm, runs,
						() -> rates.rates(OFFICER, "2025/26", null, by.name(), null, null).groups().size()));
			}
			report.append(measure("LA rates, autumn term, by SCHOOL", warm, runs,
					() -> rates.rates(OFFICER, "2025/26", "AUTUMN", "SCHOOL", null, null).groups().size()));
			report.append(measure("analyst (suppressed) rates by ETHNICITY", warm, runs,
					() -> rates.rates(ANALYST, "2025/26", null, "ETHNICITY", null, null).groups().size()));
			report.append(measure("locality officer, CHESIL by SCHOOL", warm, runs,
					() -> rates.rates(locality, "2025/26", null, "SCHOOL", null, "CHESIL").groups().size()));
			report.append(measure("a school by REASON", warm, runs,
					() -> rates.rates(school, "2025/26", null, "REASON", urn(7), null).groups().size()));
			report.append(measure("LA alert list: part-time timetables", warm, runs,
					() -> timetableRecording.alerts(OFFICER, EnumSet.allOf(TimetableAlert.class)).size()));
			report.append(measure("LA alert list: alternative provision", warm, runs,
					() -> placementKeeping.alerts(OFFICER, EnumSet.allOf(PlacementAlert.class)).size()));
			System.out.println(report);
		}
		finally {
			server.shutdownNow();
		}
	}

	private static String measure(String name, int warm, int runs, Supplier<Integer> call) {
		int size = 0;
		for (int i = 0; i < warm; i++) {
			size = call.get();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			size = call.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return String.format("| %s | %.1f | %.1f | %.1f | %d |%n", name, nanos[runs / 2] / 1e6,
				nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, nanos[runs - 1] / 1e6, size);
	}

	/**
	 * Suspensions over the year's school days, a pupil often several; the permanent ones.
	 */
	private static List<String> loadExclusions(MongoExclusionStore store) {
		SplittableRandom random = new SplittableRandom(2026);
		Map<Upn, List<Exclusion>> byPupil = new HashMap<>();
		ExclusionReason[] reasons = ExclusionReason.values();
		List<String> permanent = new ArrayList<>();
		for (int i = 0; i < SUSPENSIONS + PERMANENT_EXCLUSIONS; i++) {
			boolean isPermanent = i >= SUSPENSIONS;
			// a third of suspended pupils suspended more than once: draw from a smaller
			// pool
			int pupil = isPermanent ? random.nextInt(PUPILS / 2) : random.nextInt(PUPILS / 18);
			Upn upn = upn(pupil);
			String urn = urn(pupil % SCHOOLS);
			LocalDate start = schoolDay(random);
			List<Exclusion> held = byPupil.computeIfAbsent(upn, u -> new ArrayList<>());
			String id = upn.value() + "-" + (held.size() + 1);
			List<Step> steps = List.of(new Step(StepKind.PARENT_NOTICE, StepKind.Actor.SCHOOL, start, start, null),
					new Step(StepKind.SIXTH_DAY_PROVISION,
							isPermanent ? StepKind.Actor.LOCAL_AUTHORITY : StepKind.Actor.SCHOOL, start.plusDays(8),
							null, null));
			held.add(new Exclusion(id, upn, urn,
					isPermanent ? ExclusionType.PERMANENT_EXCLUSION : ExclusionType.SUSPENSION, start,
					isPermanent ? null : SuspensionLength.ofSessions(1 + random.nextInt(10)),
					List.of(reasons[random.nextInt(reasons.length)]), "Head", false, false, false, null,
					isPermanent ? steps : steps.subList(0, 1), "head", Instant.EPOCH));
			if (isPermanent) {
				permanent.add(id);
			}
		}
		byPupil.forEach((upn, held) -> store.save(new PupilExclusions(upn, held, 0), List.of()));
		return permanent;
	}

	private static void loadTimetables(TimetableRecording recording) {
		SplittableRandom random = new SplittableRandom(2027);
		for (int i = 0; i < TIMETABLES; i++) {
			int pupil = PUPILS / 2 + i;
			LocalDate start = schoolDay(random);
			LocalDate end = (i % 5 < 2) ? null : start.plusWeeks(7 + random.nextInt(24));
			recording.record(
					new Caller("head", "bench", Organisation.school(urn(pupil % SCHOOLS)), Set.of("SCHOOL_DSL"),
							Set.of("belonging:read", "belonging:write")),
					new TimetableRequest(upn(pupil).value(), urn(pupil % SCHOOLS), start.toString(), 15.0,
							"MEDICAL_CONDITION", start.minusDays(2).toString(), "Mornings first.",
							List.of(start.plusWeeks(4).toString()), (end != null) ? end.toString() : null));
		}
	}

	private static void loadPlacements(PlacementKeeping keeping, List<String> permanent) {
		SplittableRandom random = new SplittableRandom(2028);
		int after = 0;
		for (String id : permanent) {
			if (after++ % 3 == 0) {
				continue; // a third of excluded pupils without a placement held: the
							// alert's case
			}
			String upn = id.substring(0, id.lastIndexOf('-'));
			try {
				keeping.record(OFFICER,
						new PlacementRequest(upn, null, "LOCAL_AUTHORITY", "PERMANENT_EXCLUSION", id,
								"Dorset Learning Centre", null, "PUPIL_REFERRAL_UNIT",
								LocalDate.of(2026, 7, 13).plusDays(after % 5).toString(), null, 10, false, List.of()));
			}
			catch (uk.gov.dorsetcouncil.edu.platform.problem.ProblemException twice) {
				// a pupil drawn twice for a permanent exclusion is placed once (ten
				// sessions)
			}
		}
		for (int i = 0; i < PLACEMENTS - after; i++) {
			int pupil = PUPILS - 1 - i;
			LocalDate start = schoolDay(random);
			keeping.record(OFFICER,
					new PlacementRequest(upn(pupil).value(), urn(pupil % SCHOOLS), "LOCAL_AUTHORITY", "HEALTH_NEEDS",
							null, "Dorset Hospital Education Service", null, "HOSPITAL_SCHOOL", start.toString(), null,
							4, random.nextBoolean(), List.of(start.plusWeeks(6).toString())));
		}
	}

	/** A weekday of the academic year 2025/26 up to the benchmark's today. */
	private static LocalDate schoolDay(SplittableRandom random) {
		LocalDate day;
		do {
			day = LocalDate.of(2025, 9, 3).plusDays(random.nextInt(310));
		}
		while (day.getDayOfWeek().getValue() > 5 || day.isAfter(LocalDate.of(2026, 7, 10)));
		return day;
	}

	static String urn(int school) {
		return String.valueOf(990000 + school);
	}

	static Upn upn(int pupil) {
		return Upn.withCheckLetter(String.format("83820%07d", pupil));
	}

	private static String address(java.net.InetSocketAddress address) {
		return address.getHostString() + ":" + address.getPort();
	}

	/** The localities' schools, as attendance-service keeps them. */
	record Localities(
			Map<String, String> schoolLocality) implements uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities {

		@Override
		public Set<String> schoolsOf(String locality) {
			return this.schoolLocality.entrySet()
				.stream()
				.filter(e -> e.getValue().equals(locality))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
		}

	}

	/**
	 * Attendance's roll answered in memory: even enrolments, groups drawn from the UPN.
	 */
	record DorsetRoll(Map<String, String> schoolLocality) implements Roll {

		@Override
		public Enrolments enrolments(uk.gov.dorsetcouncil.edu.belonging.rate.RateArea area, RateDimension dimension,
				uk.gov.dorsetcouncil.edu.belonging.rate.RatePeriod period) {
			Set<String> schools = switch (area.type()) {
				case LOCAL_AUTHORITY -> this.schoolLocality.keySet();
				case LOCALITY -> new Localities(this.schoolLocality).schoolsOf(area.id());
				default -> Set.of(area.id());
			};
			long total = (long) schools.size() * (PUPILS / SCHOOLS);
			Map<String, Long> byGroup = new LinkedHashMap<>();
			if (dimension == RateDimension.SCHOOL) {
				schools.forEach(urn -> byGroup.put(urn, (long) (PUPILS / SCHOOLS)));
			}
			else if (dimension == RateDimension.LOCALITY) {
				for (String locality : LOCALITIES) {
					byGroup.put(locality, total / LOCALITIES.length);
				}
			}
			else if (dimension != RateDimension.REASON) {
				for (int g = 0; g < 4; g++) {
					byGroup.put(dimension.name() + "-" + g, total / 4);
				}
			}
			return new Enrolments(total, byGroup, schools);
		}

		@Override
		public List<String> groups(List<PupilAtSchool> pupils, RateDimension dimension) {
			return pupils.stream().map(p -> dimension.name() + "-" + Math.floorMod(p.upn().hashCode(), 4)).toList();
		}

	}

}
