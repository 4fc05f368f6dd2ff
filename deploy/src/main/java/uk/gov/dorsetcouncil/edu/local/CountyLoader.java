package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.MetadataUtils;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IngestResult;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilMarks;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * Loads a whole generated county straight into the services, as a platform service on the
 * inside network would (caller context {@code SERVICE:county-loader}): schools, INSET
 * closures and rolls through the attendance service's REST API, many requests side by
 * side; every register through its gRPC {@code StreamMarks}, the high-volume path, each
 * pupil's marks for the year in one message (ADR 0008); EHC plans through the SEND
 * service's REST API. Used for the county scale of the local run and by the calibration.
 */
final class CountyLoader {

	/** Pupils per gRPC batch: a pupil-year is about 380 marks, well under 4 MB for 50. */
	static final int PUPILS_PER_BATCH = 50;

	static final Caller LOADER = new Caller("county-loader", "county-loader", Organisation.service("county-loader"),
			Set.of("PLATFORM_SERVICE"),
			Set.of("schools:write", "registers:write", "attendance:read", "ehcp:write", "ehcp:read"));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.shared();

	private final String attendanceRest;

	private final String attendanceGrpc;

	private final String sendRest;

	private final int threads;

	/**
	 * @param attendanceRest e.g. {@code http://127.0.0.1:8081}
	 * @param attendanceGrpc e.g. {@code 127.0.0.1:9081}
	 * @param sendRest the SEND service, or null to load no EHC plans
	 * @param threads REST requests in flight at once
	 */
	CountyLoader(String attendanceRest, String attendanceGrpc, String sendRest, int threads) {
		this.attendanceRest = attendanceRest;
		this.attendanceGrpc = attendanceGrpc;
		this.sendRest = sendRest;
		this.threads = threads;
	}

	record Loaded(int schools, int closures, int pupils, long marks, int plans, Duration rollsTook,
			Duration registersTook, Duration plansTook) {
	}

	Loaded load(County county, Consumer<String> progress) throws Exception {
		long start = System.nanoTime();
		List<Callable<Integer>> schoolWork = new ArrayList<>();
		for (School school : county.schools()) {
			schoolWork.add(() -> {
				expectOk(put(this.attendanceRest, "/api/v1/attendance/schools/" + school.urn(),
						County.schoolRecord(school)));
				for (LocalDate day : county.insetDays(school)) {
					expectOk(put(this.attendanceRest, "/api/v1/attendance/schools/" + school.urn() + "/closures/" + day,
							Map.of("reason", "INSET")));
				}
				return county.insetDays(school).size();
			});
		}
		int closures = runAll(schoolWork);
		List<Callable<Integer>> rollWork = new ArrayList<>();
		for (School school : county.schools()) {
			for (Pupil pupil : county.pupilsOnRollBy(school)) {
				rollWork.add(() -> {
					expectOk(put(this.attendanceRest,
							"/api/v1/attendance/schools/" + school.urn() + "/pupils/" + pupil.upn(),
							county.rollRecord(pupil)));
					return 1;
				});
			}
		}
		int pupils = runAll(rollWork);
		Duration rollsTook = Duration.ofNanos(System.nanoTime() - start);
		progress.accept(String.format("%d schools, %d INSET closures and %d pupils on roll in %.1f s",
				county.schools().size(), closures, pupils, rollsTook.toMillis() / 1000.0));

		long registersStart = System.nanoTime();
		IngestResult result = streamMarks(county);
		Duration registersTook = Duration.ofNanos(System.nanoTime() - registersStart);
		if (result.getRowsRejected() > 0) {
			throw new IllegalStateException("StreamMarks rejected " + result.getRowsRejected() + " of "
					+ result.getRowsRead() + " marks; first: " + result.getRejectionsList().stream().limit(5).toList());
		}
		progress.accept(String.format("%,d marks through StreamMarks in %.1f s (%,.0f marks/s)", result.getRowsStored(),
				registersTook.toMillis() / 1000.0,
				result.getRowsStored() / Math.max(0.001, registersTook.toMillis() / 1000.0)));

		long plansStart = System.nanoTime();
		int plans = 0;
		if (this.sendRest != null) {
			List<Callable<Integer>> planWork = new ArrayList<>();
			for (School school : county.schools()) {
				for (Pupil pupil : county.pupilsOnRollBy(school)) {
					if (County.hasEhcPlan(pupil)) {
						planWork.add(() -> {
							expectOk(put(this.sendRest, "/api/v1/send/ehc-plans/" + pupil.upn(),
									County.ehcPlanRecord(pupil, county.scale().to())));
							return 1;
						});
					}
				}
			}
			plans = runAll(planWork);
			progress.accept(String.format("%d EHC plans in %.1f s", plans, (System.nanoTime() - plansStart) / 1e9));
		}
		return new Loaded(county.schools().size(), closures, pupils, result.getRowsStored(), plans, rollsTook,
				registersTook, Duration.ofNanos(System.nanoTime() - plansStart));
	}

	/**
	 * Every school's marks in one stream, school by school, each pupil's marks in one
	 * message part; the next batch is generated only when flow control allows.
	 */
	private IngestResult streamMarks(County county) throws Exception {
		Metadata headers = new Metadata();
		CallerHeaders.toHeaders(LOADER)
			.forEach((name, value) -> headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
		ManagedChannel channel = Grpc.newChannelBuilder(this.attendanceGrpc, InsecureChannelCredentials.create())
			.intercept(MetadataUtils.newAttachHeadersInterceptor(headers))
			.maxInboundMessageSize(16 * 1024 * 1024)
			.build();
		try {
			CompletableFuture<IngestResult> result = new CompletableFuture<>();
			Object ready = new Object();
			List<ClientCallStreamObserver<MarkBatch>> requests = new ArrayList<>(1);
			AttendanceServiceGrpc.newStub(channel)
				.withWaitForReady()
				.streamMarks(new ClientResponseObserver<MarkBatch, IngestResult>() {

					@Override
					public void beforeStart(ClientCallStreamObserver<MarkBatch> stream) {
						requests.add(stream);
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
						result.completeExceptionally(new IllegalStateException("StreamMarks ended with no result"));
					}

				});
			ClientCallStreamObserver<MarkBatch> stream = requests.get(0);
			Iterator<MarkBatch> batches = new Batches(county);
			// No idempotency key: a load run again after an interruption sends the same
			// marks, which change nothing (writes are idempotent by content).
			while (batches.hasNext() && !result.isDone()) {
				MarkBatch batch = batches.next();
				synchronized (ready) {
					while (!stream.isReady() && !result.isDone()) {
						ready.wait(50);
					}
				}
				stream.onNext(batch);
			}
			stream.onCompleted();
			return result.get(60, TimeUnit.MINUTES);
		}
		finally {
			channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
		}
	}

	/** The county's marks as batches: a school's marks grouped by pupil. */
	private static final class Batches implements Iterator<MarkBatch> {

		private final County county;

		private final Iterator<School> schools;

		private final Deque<PupilMarks> pending = new ArrayDeque<>();

		Batches(County county) {
			this.county = county;
			this.schools = county.schools().iterator();
		}

		@Override
		public boolean hasNext() {
			while (this.pending.isEmpty() && this.schools.hasNext()) {
				fill(this.schools.next());
			}
			return !this.pending.isEmpty();
		}

		@Override
		public MarkBatch next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			MarkBatch.Builder batch = MarkBatch.newBuilder();
			while (!this.pending.isEmpty() && batch.getPupilsCount() < PUPILS_PER_BATCH) {
				batch.addPupils(this.pending.poll());
			}
			return batch.build();
		}

		private void fill(School school) {
			Map<String, PupilMarks.Builder> byPupil = new LinkedHashMap<>();
			this.county.marks(school)
				.forEach(mark -> byPupil
					.computeIfAbsent(mark.upn(), upn -> PupilMarks.newBuilder().setUrn(mark.urn()).setUpn(upn))
					.addMarks(sessionMark(mark)));
			byPupil.values().forEach(b -> this.pending.add(b.build()));
		}

		private static uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark sessionMark(SessionMark mark) {
			return uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark.newBuilder()
				.setDate(mark.date().toString())
				.setSession(uk.gov.dorsetcouncil.edu.proto.attendance.v1.Session.valueOf(mark.session().name()))
				.setCode(mark.code())
				.build();
		}

	}

	HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	private HttpResponse<String> put(String base, String path, Object body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body))));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
		CallerHeaders.toHeaders(LOADER).forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int runAll(List<Callable<Integer>> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		AtomicInteger done = new AtomicInteger();
		try {
			List<Future<Integer>> running = pool.invokeAll(work);
			for (Future<Integer> future : running) {
				done.addAndGet(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		return done.get();
	}

	private static void expectOk(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("refused: " + response.request().method() + " " + response.request().uri()
					+ " -> " + response.statusCode() + " " + response.body());
		}
	}

}
