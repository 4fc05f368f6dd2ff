package uk.gov.dorsetcouncil.edu.attendance.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.MetadataUtils;
import org.bson.Document;
import org.springframework.grpc.server.exception.GrpcExceptionHandlerInterceptor;

import uk.gov.dorsetcouncil.edu.attendance.alerts.Alert;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AlertSettings;
import uk.gov.dorsetcouncil.edu.attendance.alerts.HeldAttendancePlans;
import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.alerts.Page;
import uk.gov.dorsetcouncil.edu.attendance.alerts.RollsAndMarks;
import uk.gov.dorsetcouncil.edu.attendance.alerts.store.MongoAttendancePlans;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.ingest.BatchOutcome;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJobs;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkIngest;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.ingest.store.MongoImportStore;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.CohortDimension;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldAttendance;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceQuery;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceData;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceFigure;
import uk.gov.dorsetcouncil.edu.attendance.measures.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.attendance.measures.grpc.AttendanceGrpcService;
import uk.gov.dorsetcouncil.edu.attendance.measures.store.MongoReferenceFigures;
import uk.gov.dorsetcouncil.edu.attendance.register.store.MongoMarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
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

/**
 * The attendance performance benchmark (docs/benchmarks.md): the synthetic generator's
 * full Dorset year (calibrated absence, characteristics, INSET days) streamed through the
 * real gRPC ingestion (Netty, caller check, error mapping) into the embedded store, then
 * the LA-wide summary by cohort and locality asked N times; and the one-document-per-mark
 * design's write rate measured on a sample in the same run. Not a test: run it with
 * {@code ./mvnw -q -pl attendance-service -Pbenchmark verify}.
 * <p>
 * System properties: {@code bench.seed} (2026, the local run's county),
 * {@code bench.fraction} (1.0: the generator's DORSET scale; smaller takes that share of
 * each year group), {@code bench.summaries} (200), {@code bench.alerts} (20),
 * {@code bench.naive-marks} (500000), {@code bench.backends} (memory,h2),
 * {@code bench.batch-pupils} (50).
 */
public final class IngestBenchmark {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/** A Wednesday of the summer term of the streamed year. */
	private static final LocalDate ALERTS_AS_OF = LocalDate.of(2026, 7, 1);

	private static final Caller LA = new Caller("benchmark@dorsetcouncil.gov.uk", "benchmark",
			Organisation.localAuthority("838"), Set.of(), Set.of("attendance:read", "registers:write"));

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
		long generating = System.nanoTime();
		GeneratedDorset dorset = new GeneratedDorset(seed, Scale.dorset(fraction));
		System.out.printf(Locale.ROOT,
				"synthetic generator, seed %d, scale %s: %d schools, registers %s to %s, academic year %s (%.1f s)%n",
				seed, dorset.scale().name(), dorset.schools().size(), dorset.scale().from(), dorset.scale().to(),
				dorset.yearLabel(), seconds(generating));
		IngestBenchmark benchmark = new IngestBenchmark(dorset, Integer.getInteger("bench.summaries", 200),
				Integer.getInteger("bench.alerts", 20), Integer.getInteger("bench.naive-marks", 500_000),
				Integer.getInteger("bench.batch-pupils", 50));
		for (String backend : System.getProperty("bench.backends", "memory,h2").split(",")) {
			benchmark.run(backend.strip());
		}
		System.out.println("load average at the end (other work on the machine): " + loadAverage());
	}

	private void run(String backend) throws Exception {
		System.out.printf(Locale.ROOT, "%n=== embedded store: %s ===%n", backend);
		Path dataDir = Files.createTempDirectory("attendance-benchmark");
		MongoServer mongo = backend.equals("h2")
				? new MongoServer(new H2Backend(dataDir.resolve("attendance.mv").toString()))
				: new MongoServer(new MemoryBackend());
		MongoClient client = MongoClients.create(mongo.bindAndGetConnectionString());
		Server server = null;
		ManagedChannel channel = null;
		try {
			MongoDatabase database = client.getDatabase("attendance");
			Clock clock = Clock.fixed(LocalDate.of(2026, 9, 30).atTime(15, 0).atZone(ENGLAND).toInstant(), ENGLAND);
			TermDates termDates = TermDates.dorset();
			MongoSchoolDirectory schools = new MongoSchoolDirectory(database);
			MongoPupilRecords pupils = new MongoPupilRecords(database);
			MongoMarkStore marks = new MongoMarkStore(database);
			HeldAttendance held = new HeldAttendance();
			pupils.listen(held);
			marks.listen(held);
			MarkIngest ingest = new MarkIngest(schools, pupils, held::standing, marks, termDates, clock);
			ImportJobs jobs = new ImportJobs(ingest, new MongoImportStore(database), Runnable::run, clock);
			AreaMeasures measures = new AreaMeasures(held, schools,
					new ReferenceData(ReferenceFigure.held(), new MongoReferenceFigures(database)),
					new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD), termDates, clock);
			// Alerts are asked as of a day inside the streamed year, so that they are
			// real.
			NeedsHelpNow needsHelpNow = new NeedsHelpNow(schools, RollsAndMarks.held(held), pupils, termDates,
					new HeldAttendancePlans(new MongoAttendancePlans(database)), AlertSettings.DEFAULTS,
					Clock.fixed(ALERTS_AS_OF.atTime(15, 0).atZone(ENGLAND).toInstant(), ENGLAND));
			AttendanceGrpcService service = new AttendanceGrpcService(
					new PupilAttendanceQuery(pupils, schools, marks, clock), measures, jobs,
					new RollKeeping(pupils, schools, termDates, clock), schools, needsHelpNow);

			long setup = System.nanoTime();
			int onRoll = this.dorset.record(schools, pupils);
			System.out.printf(Locale.ROOT,
					"setup (schools with INSET closures and %,d pupils on roll, generated and stored, not timed as ingestion): %.1f s%n",
					onRoll, seconds(setup));

			server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
				.addService(ServerInterceptors.intercept(service,
						new GrpcExceptionHandlerInterceptor(new GrpcProblemMapping()), new CallerServerInterceptor()))
				.build()
				.start();
			Metadata headers = new Metadata();
			CallerHeaders.toHeaders(LA)
				.forEach((name, value) -> headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
			channel = Grpc.newChannelBuilder("localhost:" + server.getPort(), InsecureChannelCredentials.create())
				.intercept(MetadataUtils.newAttachHeadersInterceptor(headers))
				.build();

			long ingestStart = System.nanoTime();
			Streamed streamed = stream(channel);
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
					held.size());
			if (result.getRowsRejected() > 0) {
				System.out.println("  first rejection: " + result.getRejections(0));
			}
			System.gc();
			Runtime runtime = Runtime.getRuntime();
			System.out.printf(Locale.ROOT,
					"  heap in use after ingestion and a GC (store, read model, client): %,d MB%n",
					(runtime.totalMemory() - runtime.freeMemory()) >> 20);

			long registersStart = System.nanoTime();
			Streamed registers = streamRegisters(channel);
			double registersSeconds = seconds(registersStart);
			System.out.printf(Locale.ROOT,
					"gRPC StreamMarks, register-shaped (one batch per school per day, first %d school days of 2026/27): "
							+ "%,d marks in %,d batches in %.1f s = %,.0f marks/s (stored %,d, rejected %,d)%n",
					REGISTER_DAYS, registers.marks(), registers.batches(), registersSeconds,
					registers.marks() / registersSeconds, registers.result().getRowsStored(),
					registers.result().getRowsRejected());

			AttendanceServiceGrpc.AttendanceServiceBlockingStub stub = AttendanceServiceGrpc.newBlockingStub(channel);
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
			report("LA summary by cohort and locality, gRPC GetLocalAuthoritySummary",
					() -> stub.getLocalAuthoritySummary(request));
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
			report("LA summary by cohort and locality for one term, gRPC GetLocalAuthoritySummary",
					() -> stub.getLocalAuthoritySummary(springTerm));
			report("LA summary by cohort and locality, suppressed (publishable), in process",
					() -> measures.localAuthority(LA,
							new AreaMeasures.Request(this.dorset.yearLabel(), null, true, request.getByList())));

			alerts(stub, needsHelpNow, ingest);

			long rebuild = System.nanoTime();
			HeldAttendance rebuilt = new HeldAttendance();
			rebuilt.rebuild(pupils, marks);
			System.out.printf(Locale.ROOT, "read model rebuilt from the store (start-up): %,d pupil-years in %.1f s%n",
					rebuilt.size(), seconds(rebuild));

			naive(database.getCollection("marks_one_document_per_mark"), streamed.marks());
		}
		finally {
			if (channel != null) {
				channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
			}
			if (server != null) {
				server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
			}
			client.close();
			mongo.shutdown();
		}
	}

	/**
	 * The "needs help now" counts for the whole LA and for one school over gRPC, and the
	 * county list's first page in process: each asked once and described (which warms it
	 * up), then timed {@code bench.alerts} times.
	 */
	private void alerts(AttendanceServiceGrpc.AttendanceServiceBlockingStub stub, NeedsHelpNow needsHelpNow,
			MarkIngest ingest) {
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
		report("alert counts, whole LA, gRPC GetAlertCounts", 0, this.alertCalls, () -> stub.getAlertCounts(county));
		report("alert counts, one school, gRPC GetAlertCounts", 0, this.alertCalls,
				() -> stub.getAlertCounts(oneSchool));
		report("county alerts list, first page of 50, in process", 0, this.alertCalls,
				() -> needsHelpNow.alerts(LA, null, null, 0, 50));
		oneSchoolChanged(stub, county, ingest, school);
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
	 * What a stream sent: marks, batches, the result, and the seconds the client spent
	 * generating batches.
	 */
	private record Streamed(long marks, int batches, IngestResult result, double generating) {
	}

	/** School days of 2026/27 each school sends as daily registers. */
	static final int REGISTER_DAYS = 5;

	/**
	 * The daily shape: each batch is one school's registers for one day, so each batch
	 * writes every pupil-year of the school for two marks. Generated before the timing.
	 */
	private Streamed streamRegisters(ManagedChannel channel) throws Exception {
		List<MarkBatch> batches = this.dorset.nextAutumnRegisters(REGISTER_DAYS);
		long marks = batches.stream()
			.flatMap((batch) -> batch.getPupilsList().stream())
			.mapToLong(PupilMarks::getMarksCount)
			.sum();
		Streamed sent = send(channel, batches.iterator());
		return new Streamed(marks, sent.batches(), sent.result(), 0);
	}

	/**
	 * The full year, the client generating each school's batches as flow control allows
	 * (the year is never held whole on the client).
	 */
	private Streamed stream(ManagedChannel channel) throws Exception {
		long[] marks = { 0 };
		long[] generating = { 0 };
		Iterator<MarkBatch> year = this.dorset.year(this.batchPupils);
		Iterator<MarkBatch> batches = new Iterator<>() {

			@Override
			public boolean hasNext() {
				long start = System.nanoTime();
				boolean more = year.hasNext();
				generating[0] += System.nanoTime() - start;
				return more;
			}

			@Override
			public MarkBatch next() {
				long start = System.nanoTime();
				MarkBatch batch = year.next();
				generating[0] += System.nanoTime() - start;
				batch.getPupilsList().forEach((pupil) -> marks[0] += pupil.getMarksCount());
				return batch;
			}

		};
		Streamed sent = send(channel, batches);
		return new Streamed(marks[0], sent.batches(), sent.result(), generating[0] / 1e9);
	}

	private Streamed send(ManagedChannel channel, Iterator<MarkBatch> batches) throws Exception {
		CompletableFuture<IngestResult> result = new CompletableFuture<>();
		Object ready = new Object();
		ClientCallStreamObserver<MarkBatch>[] requests = new ClientCallStreamObserver[1];
		AttendanceServiceGrpc.newStub(channel).streamMarks(new ClientResponseObserver<MarkBatch, IngestResult>() {

			@Override
			public void beforeStart(ClientCallStreamObserver<MarkBatch> stream) {
				requests[0] = stream;
				stream.setOnReadyHandler(() -> {
					synchronized (ready) {
						ready.notifyAll();
					}
				});
			}

			@Override
			public void onNext(IngestResult value) {
				result.complete(value);
			}

			@Override
			public void onError(Throwable error) {
				result.completeExceptionally(error);
			}

			@Override
			public void onCompleted() {
			}

		});
		ClientCallStreamObserver<MarkBatch> stream = requests[0];
		int sent = 0;
		while (batches.hasNext()) {
			MarkBatch batch = batches.next();
			synchronized (ready) {
				while (!stream.isReady()) {
					ready.wait(50);
				}
			}
			stream.onNext(batch);
			sent++;
		}
		stream.onCompleted();
		return new Streamed(0, sent, result.get(30, TimeUnit.MINUTES), 0);
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

	private void report(String what, Runnable call) {
		report(what, 20, this.summaries, call);
	}

	private static void report(String what, int warmUp, int calls, Runnable call) {
		for (int i = 0; i < warmUp; i++) {
			call.run();
		}
		long[] took = new long[calls];
		for (int i = 0; i < calls; i++) {
			long start = System.nanoTime();
			call.run();
			took[i] = System.nanoTime() - start;
		}
		print(what, took);
	}

	private static void print(String what, long[] took) {
		Arrays.sort(took);
		System.out.printf(Locale.ROOT, "%s, %d calls: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, took.length,
				took[took.length / 2] / 1e6, took[(int) Math.ceil(took.length * 0.95) - 1] / 1e6,
				took[took.length - 1] / 1e6);
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
