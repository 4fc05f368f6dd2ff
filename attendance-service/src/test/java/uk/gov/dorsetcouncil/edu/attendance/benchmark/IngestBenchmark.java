package uk.gov.dorsetcouncil.edu.attendance.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.alerts.Alert;
import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.alerts.Page;
import uk.gov.dorsetcouncil.edu.attendance.benchmark.Streaming.Streamed;
import uk.gov.dorsetcouncil.edu.attendance.ingest.BatchOutcome;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkIngest;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.CohortDimension;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldAttendance;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCounts;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetAlertCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IngestResult;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Period;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.Scale;

import static uk.gov.dorsetcouncil.edu.attendance.benchmark.ServedAttendance.LA;
import static uk.gov.dorsetcouncil.edu.attendance.benchmark.Streaming.heapAfterGc;
import static uk.gov.dorsetcouncil.edu.attendance.benchmark.Streaming.loadAverage;
import static uk.gov.dorsetcouncil.edu.attendance.benchmark.Streaming.print;
import static uk.gov.dorsetcouncil.edu.attendance.benchmark.Streaming.seconds;

/**
 * The attendance performance benchmark (docs/benchmarks.md): the synthetic generator's
 * full Dorset year (calibrated absence, characteristics, INSET days) streamed through the
 * real gRPC ingestion (Netty, caller check, error mapping) into the embedded store; the
 * next autumn's first school days as daily registers, each day its own stream, and their
 * fold into the pupils' years; the LA-wide summary by cohort and locality and the "needs
 * help now" counts asked N times; and the one-document-per-mark design's write rate
 * measured on a sample in the same run. Optionally ({@code bench.england}), a day of
 * England's registers ({@link EnglandDayBenchmark}). Not a test: run it with
 * {@code ./mvnw -q -pl attendance-service -Pbenchmark verify}.
 * <p>
 * System properties: {@code bench.seed} (2026, the local run's county),
 * {@code bench.fraction} (1.0: the generator's DORSET scale; smaller takes that share of
 * each year group), {@code bench.summaries} (200), {@code bench.alerts} (20),
 * {@code bench.naive-marks} (500000), {@code bench.backends} (memory,h2; empty for none),
 * {@code bench.batch-pupils} (50), {@code bench.england} (0: off; else the share of each
 * year group of England's day), {@code bench.england-backend} (h2),
 * {@code bench.england-fold} (false: fold England's day into the pupils' years too).
 */
public final class IngestBenchmark {

	/** A Wednesday of the summer term of the streamed year. */
	private static final LocalDate ALERTS_AS_OF = LocalDate.of(2026, 7, 1);

	/** School days of 2026/27 each school sends as daily registers. */
	static final int REGISTER_DAYS = 5;

	private final GeneratedDorset dorset;

	private final int summaries;

	private final int alertCalls;

	private final int naiveMarks;

	private final int batchPupils;

	private IngestBenchmark(GeneratedDorset dorset, int summaries, int alertCalls, int naiveMarks, int batchPupils) {
		this.dorset = dorset;
		this.summaries = summaries;
		this.alertCalls = alertCalls;
		this.naiveMarks = naiveMarks;
		this.batchPupils = batchPupils;
	}

	public static void main(String[] args) throws Exception {
		long seed = Long.getLong("bench.seed", 2026);
		double fraction = Double.parseDouble(System.getProperty("bench.fraction", "1.0"));
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB, %s %s%n",
				runtime.availableProcessors(), System.getProperty("java.version"), runtime.maxMemory() >> 20,
				System.getProperty("os.name"), System.getProperty("os.arch"));
		System.out.println("load average at the start (other work on the machine): " + loadAverage());
		List<String> backends = Arrays.stream(System.getProperty("bench.backends", "memory,h2").split(","))
			.map(String::strip)
			.filter((backend) -> !backend.isEmpty())
			.toList();
		if (!backends.isEmpty()) {
			long generating = System.nanoTime();
			GeneratedDorset dorset = new GeneratedDorset(seed, Scale.dorset(fraction));
			System.out.printf(Locale.ROOT,
					"synthetic generator, seed %d, scale %s: %d schools, registers %s to %s, academic year %s (%.1f s)%n",
					seed, dorset.scale().name(), dorset.schools().size(), dorset.scale().from(), dorset.scale().to(),
					dorset.yearLabel(), seconds(generating));
			IngestBenchmark benchmark = new IngestBenchmark(dorset, Integer.getInteger("bench.summaries", 200),
					Integer.getInteger("bench.alerts", 20), Integer.getInteger("bench.naive-marks", 500_000),
					Integer.getInteger("bench.batch-pupils", 50));
			for (String backend : backends) {
				benchmark.run(backend);
			}
		}
		double england = Double.parseDouble(System.getProperty("bench.england", "0"));
		if (england > 0) {
			EnglandDayBenchmark.run(seed, england, System.getProperty("bench.england-backend", "h2"),
					Boolean.getBoolean("bench.england-fold"));
		}
		System.out.println("load average at the end (other work on the machine): " + loadAverage());
		Headlines.write();
	}

	private void run(String backend) throws Exception {
		System.out.printf(Locale.ROOT, "%n=== embedded store: %s ===%n", backend);
		try (ServedAttendance service = new ServedAttendance(backend, LocalDate.of(2026, 9, 30), ALERTS_AS_OF)) {
			long setup = System.nanoTime();
			int onRoll = this.dorset.record(service.schools, service.pupils);
			System.out.printf(Locale.ROOT,
					"setup (schools with INSET closures and %,d pupils on roll, generated and stored, not timed as ingestion): %.1f s%n",
					onRoll, seconds(setup));

			phase("the year");
			long ingestStart = System.nanoTime();
			Streamed streamed = Streaming.send(service.channel, this.dorset.year(this.batchPupils));
			double ingestSeconds = seconds(ingestStart);
			IngestResult result = streamed.result();
			System.out.printf(Locale.ROOT,
					"gRPC StreamMarks, end to end: %,d marks sent in %,d batches of %d pupils in %.1f s = %,.0f marks/s%n",
					streamed.marks(), streamed.batches(), this.batchPupils, ingestSeconds,
					streamed.marks() / ingestSeconds);
			System.out.printf(Locale.ROOT,
					"  of which the client generating the batches (on the same cores): %.1f s; "
							+ "without it %,.0f marks/s%n",
					streamed.generating(), streamed.marks() / (ingestSeconds - streamed.generating()));
			System.out.printf(Locale.ROOT,
					"  result: read %,d, stored %,d, changed %,d, rejected %,d; %,d pupil-years%n",
					result.getRowsRead(), result.getRowsStored(), result.getMarksChanged(), result.getRowsRejected(),
					service.held.size());
			if (result.getRowsRejected() > 0) {
				System.out.println("  first rejection: " + result.getRejections(0));
			}
			double year = streamed.marks() / ingestSeconds;
			if (backend.equals("memory")) {
				Headlines.atLeast("year-memory",
						"A year (scale " + this.dorset.scale().name() + "), gRPC StreamMarks, in memory", year,
						1_000_000, "marks/s");
			}
			else {
				Headlines.note("year-" + backend,
						"A year (scale " + this.dorset.scale().name() + "), gRPC StreamMarks, " + backend, year,
						"marks/s");
			}
			System.out.printf(Locale.ROOT,
					"  heap in use after ingestion and a GC (store, read model, client): %,d MB%n", heapAfterGc());

			phase("daily registers");
			registerDays(service);

			phase("LA summaries");
			summaries(service);

			phase("alerts");
			alerts(service);

			phase("rebuild");
			long rebuild = System.nanoTime();
			HeldAttendance rebuilt = new HeldAttendance();
			rebuilt.rebuild(service.pupils, service.marks);
			System.out.printf(Locale.ROOT, "read model rebuilt from the store (start-up): %,d pupil-years in %.1f s%n",
					rebuilt.size(), seconds(rebuild));

			naive(service.database.getCollection("marks_one_document_per_mark"), streamed.marks());
		}
	}

	/**
	 * The daily shape: each school sends its day's registers (AM and PM for every pupil,
	 * one batch), every school its own batch, each day one stream, generated before the
	 * timing; then the days are folded into the pupils' years, as the background fold
	 * would.
	 */
	private void registerDays(ServedAttendance service) throws Exception {
		Map<String, List<MarkBatch>> byDay = new TreeMap<>();
		for (MarkBatch batch : this.dorset.nextAutumnRegisters(REGISTER_DAYS)) {
			byDay.computeIfAbsent(batch.getPupils(0).getMarks(0).getDate(), (day) -> new ArrayList<>()).add(batch);
		}
		long allMarks = 0;
		double allSeconds = 0;
		for (Map.Entry<String, List<MarkBatch>> day : byDay.entrySet()) {
			long start = System.nanoTime();
			Streamed sent = Streaming.send(service.channel, day.getValue().iterator());
			double took = seconds(start);
			allMarks += sent.marks();
			allSeconds += took;
			System.out.printf(Locale.ROOT,
					"gRPC StreamMarks, a day's registers (%s, %d schools, one batch each): %,d marks in %.2f s = %,.0f marks/s "
							+ "(stored %,d, rejected %,d)%n",
					day.getKey(), sent.batches(), sent.marks(), took, sent.marks() / took,
					sent.result().getRowsStored(), sent.result().getRowsRejected());
		}
		System.out.printf(Locale.ROOT, "  %d days' registers: %,d marks in %.1f s = %,.0f marks/s%n", byDay.size(),
				allMarks, allSeconds, allMarks / allSeconds);
		Headlines.atMost("day-" + service.backend(), "A day as registers (scale " + this.dorset.scale().name() + "), "
				+ service.backend() + ", mean of " + byDay.size() + " days", allSeconds / byDay.size(), 2, "s");
		long folding = System.nanoTime();
		int schools = service.fold.foldAll().size();
		System.out.printf(Locale.ROOT,
				"  fold of the %d days into the pupils' years (background work, not in the days' times): %d schools in %.1f s%n",
				byDay.size(), schools, seconds(folding));
	}

	private void summaries(ServedAttendance service) {
		AttendanceServiceGrpc.AttendanceServiceBlockingStub stub = AttendanceServiceGrpc
			.newBlockingStub(service.channel);
		GetLocalAuthoritySummaryRequest request = GetLocalAuthoritySummaryRequest.newBuilder()
			.setAcademicYear(this.dorset.yearLabel())
			.addAllBy(Arrays.stream(CohortDimension.values())
				.filter((dimension) -> dimension != CohortDimension.SCHOOL)
				.map(Enum::name)
				.toList())
			.build();
		AreaSummary summary = stub.getLocalAuthoritySummary(request);
		System.out.printf(Locale.ROOT,
				"LA summary: %d groups over %d dimensions; all enrolments %,.0f, overall absence %.1f%%, persistent %.1f%%, severe %.1f%%%n",
				summary.getGroupsCount(), request.getByCount(), summary.getTotal().getEnrolments().getValue(),
				summary.getTotal().getOverallAbsenceRate().getValue(),
				summary.getTotal().getPersistentAbsenceRate().getValue(),
				summary.getTotal().getSevereAbsenceRate().getValue());
		Headlines.atMost("summary-" + service.backend(),
				"LA summary, 11 dimensions, year to date, gRPC, p95 (scale " + this.dorset.scale().name() + "), "
						+ service.backend(),
				Streaming.report("LA summary by cohort and locality, gRPC GetLocalAuthoritySummary", 20, this.summaries,
						() -> stub.getLocalAuthoritySummary(request)),
				50, "ms");
		GetLocalAuthoritySummaryRequest springTerm = request.toBuilder()
			.setPeriod(Period.newBuilder().setTerm("SPRING"))
			.build();
		AreaSummary spring = stub.getLocalAuthoritySummary(springTerm);
		System.out.printf(Locale.ROOT,
				"LA summary, %s (%s to %s): all enrolments %,.0f, overall absence %.1f%%, persistent %.1f%%, severe %.1f%%%n",
				spring.getBasis(), spring.getFromDate(), spring.getToDate(),
				spring.getTotal().getEnrolments().getValue(), spring.getTotal().getOverallAbsenceRate().getValue(),
				spring.getTotal().getPersistentAbsenceRate().getValue(),
				spring.getTotal().getSevereAbsenceRate().getValue());
		Streaming.report("LA summary by cohort and locality for one term, gRPC GetLocalAuthoritySummary", 20,
				this.summaries, () -> stub.getLocalAuthoritySummary(springTerm));
		Streaming.report("LA summary by cohort and locality, suppressed (publishable), in process", 20, this.summaries,
				() -> service.measures.localAuthority(LA,
						new AreaMeasures.Request(this.dorset.yearLabel(), null, true, request.getByList())));
	}

	/**
	 * The "needs help now" counts for the whole LA and for one school over gRPC, and the
	 * county list's first page in process: the first call after ingestion timed on its
	 * own (every school's alerts computed), then each {@code bench.alerts} times; then
	 * the LA's counts with one school's marks changed before each call.
	 */
	private void alerts(ServedAttendance service) {
		AttendanceServiceGrpc.AttendanceServiceBlockingStub stub = AttendanceServiceGrpc
			.newBlockingStub(service.channel);
		NeedsHelpNow needsHelpNow = service.needsHelpNow;
		String school = this.dorset.first(Phase.SECONDARY).urn();
		GetAlertCountsRequest county = GetAlertCountsRequest.getDefaultInstance();
		GetAlertCountsRequest oneSchool = GetAlertCountsRequest.newBuilder().setUrn(school).build();
		long cold = System.nanoTime();
		AlertCounts counts = stub.getAlertCounts(county);
		System.out.printf(Locale.ROOT,
				"alert counts, whole LA, first call after ingestion (every school's alerts computed): %.1f ms%n",
				(System.nanoTime() - cold) / 1e6);
		System.out.printf(Locale.ROOT, "alerts as of %s: %,d children need help now in the LA; %s%n", counts.getAsOf(),
				counts.getChildrenNeedingHelp(),
				counts.getCountsList()
					.stream()
					.map((count) -> count.getType() + " " + count.getChildren())
					.collect(Collectors.joining(", ")));
		System.out.printf(Locale.ROOT, "  school %s: %,d children need help now%n", school,
				stub.getAlertCounts(oneSchool).getChildrenNeedingHelp());
		Page<Alert> first = needsHelpNow.alerts(LA, null, null, 0, 50);
		System.out.printf(Locale.ROOT, "  county list: %,d alerts, first page %d%n", first.total(),
				first.items().size());
		Headlines.atMost("alert-counts-" + service.backend(),
				"LA alert counts, gRPC, p95 (scale " + this.dorset.scale().name() + "), " + service.backend(),
				Streaming.report("alert counts, whole LA, gRPC GetAlertCounts", 0, this.alertCalls,
						() -> stub.getAlertCounts(county)),
				100, "ms");
		Streaming.report("alert counts, one school, gRPC GetAlertCounts", 0, this.alertCalls,
				() -> stub.getAlertCounts(oneSchool));
		Headlines.atMost("alert-page-" + service.backend(),
				"county alert list, first page, p95 (scale " + this.dorset.scale().name() + "), " + service.backend(),
				Streaming.report("county alerts list, first page of 50, in process", 0, this.alertCalls,
						() -> needsHelpNow.alerts(LA, null, null, 0, 50)),
				100, "ms");
		oneSchoolChanged(stub, county, service.ingest, school);
	}

	/**
	 * The LA's counts when one school's marks changed since the last request (a register
	 * amended before each call, not timed): only that school's alerts are computed again.
	 */
	private void oneSchoolChanged(AttendanceServiceGrpc.AttendanceServiceBlockingStub stub,
			GetAlertCountsRequest county, MarkIngest ingest, String school) {
		LocalDate day = ALERTS_AS_OF.minusDays(1);
		uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil pupil = this.dorset.pupilsOf(school)
			.stream()
			.filter((candidate) -> !candidate.admissionDate().isAfter(day)
					&& (candidate.leavingDate() == null || candidate.leavingDate().isAfter(day)))
			.findFirst()
			.orElseThrow();
		long[] took = new long[this.alertCalls];
		for (int i = 0; i < took.length; i++) {
			String code = (i % 2 == 0) ? "C" : "M";
			BatchOutcome changed = ingest.start(LA)
				.apply(List.of(new MarkRow(1, school, pupil.upn(), day.toString(), "AM", code)));
			if (i > 0 && changed.changed() != 1) {
				throw new IllegalStateException("the amended mark was not stored: " + changed);
			}
			long start = System.nanoTime();
			stub.getAlertCounts(county);
			took[i] = System.nanoTime() - start;
		}
		print("alert counts, whole LA, gRPC, after one school's marks changed", took);
	}

	/**
	 * The naive design: one document per mark, written as idempotent upserts keyed by
	 * school, pupil, date and session, 1,000 to a bulk write (its best case: no
	 * validation, no gRPC). A sample of the same generated marks, built before the
	 * timing, extrapolated to the year.
	 */
	private void naive(MongoCollection<Document> collection, long yearMarks) {
		List<ReplaceOneModel<Document>> sample = new ArrayList<>();
		Iterator<MarkBatch> year = this.dorset.year(this.batchPupils);
		while (sample.size() < this.naiveMarks && year.hasNext()) {
			for (PupilMarks pupil : year.next().getPupilsList()) {
				for (SessionMark mark : pupil.getMarksList()) {
					String id = pupil.getUrn() + ":" + pupil.getUpn() + ":" + mark.getDate() + ":" + mark.getSession();
					sample.add(new ReplaceOneModel<>(Filters.eq("_id", id),
							new Document("_id", id).append("urn", pupil.getUrn())
								.append("upn", pupil.getUpn())
								.append("date", mark.getDate())
								.append("session", mark.getSession().name())
								.append("code", mark.getCode()),
							new ReplaceOptions().upsert(true)));
				}
			}
		}
		long start = System.nanoTime();
		for (int from = 0; from < sample.size(); from += 1000) {
			collection.bulkWrite(sample.subList(from, Math.min(sample.size(), from + 1000)),
					new BulkWriteOptions().ordered(false));
		}
		double took = seconds(start);
		double rate = sample.size() / took;
		System.out.printf(Locale.ROOT,
				"naive one document per mark (store only, bulk upserts of 1,000): %,d marks in %.1f s = %,.0f marks/s; "
						+ "extrapolated to the year's %,d marks: %.0f s (%.1f min)%n",
				sample.size(), took, rate, yearMarks, yearMarks / rate, yearMarks / rate / 60);
	}

	/**
	 * Marks where a phase starts, in seconds since the JVM started, so that a profile
	 * recorded alongside can be cut by phase.
	 */
	static void phase(String name) {
		System.out.printf(Locale.ROOT, "[%.1f s] %s%n", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
				name);
	}

}
