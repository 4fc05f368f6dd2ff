package uk.gov.dorsetcouncil.edu.attendance.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.stub.MetadataUtils;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.grpc.server.exception.GrpcExceptionHandlerInterceptor;

import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.mongo.EmbeddedMongo;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AlertSettings;
import uk.gov.dorsetcouncil.edu.attendance.alerts.HeldAttendancePlans;
import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.alerts.RollsAndMarks;
import uk.gov.dorsetcouncil.edu.attendance.alerts.grpc.AlertCountsGrpc;
import uk.gov.dorsetcouncil.edu.attendance.alerts.store.MongoAttendancePlans;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.grpc.AttendanceGrpcService;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJobs;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkIngest;
import uk.gov.dorsetcouncil.edu.attendance.ingest.grpc.MarkStreamGrpc;
import uk.gov.dorsetcouncil.edu.attendance.ingest.store.IdempotentStreams;
import uk.gov.dorsetcouncil.edu.attendance.ingest.store.MongoImportStore;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldAttendance;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceQuery;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilClassification;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceData;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceFigure;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReplicaWrites;
import uk.gov.dorsetcouncil.edu.attendance.measures.grpc.MeasuresGrpc;
import uk.gov.dorsetcouncil.edu.attendance.measures.store.MongoReferenceFigures;
import uk.gov.dorsetcouncil.edu.attendance.measures.store.MongoReplicaWrites;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterFold;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.register.store.MongoMarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.grpc.EnrolmentsGrpc;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencySettings;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetrySettings;
import uk.gov.dorsetcouncil.edu.platform.retry.ResilientLostRaceRetry;

/**
 * The attendance service as the benchmark runs it: the real stores on an embedded
 * mongo-java-server (in memory, or an H2 file in a temporary folder), the read model
 * listening to them, and the real gRPC service on a Netty server on localhost with the
 * platform's caller check and error mapping, called as the LA. No background fold runs:
 * the benchmark folds when it measures folding.
 */
final class ServedAttendance implements AutoCloseable {

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	static final Caller LA = new Caller("benchmark@dorsetcouncil.gov.uk", "benchmark",
			Organisation.localAuthority("838"), Set.of(), Set.of("attendance:read", "registers:write"));

	private final EmbeddedMongo mongo;

	/** {@code memory} or {@code h2}: the embedded store's backend. */
	private final String backend;

	private final MongoClient client;

	final MongoDatabase database;

	final MongoSchoolDirectory schools;

	final MongoPupilRecords pupils;

	final MongoMarkStore marks;

	final HeldAttendance held = new HeldAttendance();

	final MarkIngest ingest;

	final AreaMeasures measures;

	final NeedsHelpNow needsHelpNow;

	final RegisterTaking registers;

	final PupilAttendanceQuery attendance;

	final RegisterFold fold;

	private final Server server;

	final ManagedChannel channel;

	/**
	 * @param today the day ingestion and figures take as today
	 * @param alertsAsOf the day the alerts are computed for
	 */
	ServedAttendance(String backend, LocalDate today, LocalDate alertsAsOf) throws Exception {
		this.backend = backend;
		Path dataDir = Files.createTempDirectory("attendance-benchmark");
		// The service's own embedded store: on the H2 file a write is answered once it is
		// in the file (ADR 0016), as in the local run.
		this.mongo = EmbeddedMongo.start(new MongoSettings(null, "attendance", dataDir, !backend.equals("h2")));
		this.client = MongoClients.create(this.mongo.connectionString());
		this.database = this.client.getDatabase("attendance");
		Clock clock = Clock.fixed(today.atTime(16, 0).atZone(ENGLAND).toInstant(), ENGLAND);
		TermDates termDates = TermDates.dorset();
		ChangeRelay relay = new ChangeRelay(new MongoChangeFeed(this.database, clock));
		this.schools = new MongoSchoolDirectory(this.database, relay, clock);
		this.pupils = new MongoPupilRecords(this.database, relay);
		this.marks = new MongoMarkStore(this.database, relay);
		this.pupils.listen(this.held);
		this.marks.listen(this.held);
		// As the service: writes counted for other replicas and followed before each
		// answer (ADR 0025), unless -Dbench.replicas=alone.
		boolean alone = "alone".equals(System.getProperty("bench.replicas"));
		this.held.follow(alone ? ReplicaWrites.ALONE : new MongoReplicaWrites(this.database, "held-attendance"),
				this.pupils, this.marks);
		// Lost races retried as the service retries them (dorset.writes.retry.*
		// defaults).
		LostRaceRetry retry = new ResilientLostRaceRetry(LostRaceRetrySettings.defaults(), new SimpleMeterRegistry());
		this.ingest = new MarkIngest(this.schools, this.pupils, this.held::standing, this.marks, termDates, clock,
				retry);
		ImportJobs jobs = new ImportJobs(this.ingest, new MongoImportStore(this.database),
				new IdempotentStreams(new IdempotencyKeys(this.database, IdempotencySettings.defaults(), clock)),
				Runnable::run, clock);
		this.measures = new AreaMeasures(this.held, this.schools,
				new ReferenceData(ReferenceFigure.held(), new MongoReferenceFigures(this.database)),
				new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD), termDates, clock);
		this.needsHelpNow = new NeedsHelpNow(this.schools, RollsAndMarks.held(this.held), this.pupils, termDates,
				new HeldAttendancePlans(new MongoAttendancePlans(this.database),
						alone ? ReplicaWrites.ALONE : new MongoReplicaWrites(this.database, "attendance-plans")),
				AlertSettings.DEFAULTS, Clock.fixed(alertsAsOf.atTime(15, 0).atZone(ENGLAND).toInstant(), ENGLAND));
		this.registers = new RegisterTaking(this.schools, this.pupils, this.marks, termDates, clock, retry);
		this.attendance = new PupilAttendanceQuery(this.pupils, this.schools, this.marks, clock);
		this.fold = new RegisterFold(this.marks, retry);
		AttendanceGrpcService service = new AttendanceGrpcService(
				new MeasuresGrpc(this.attendance, this.measures, new PupilClassification(this.pupils, this.schools)),
				new MarkStreamGrpc(jobs),
				new EnrolmentsGrpc(new RollKeeping(this.pupils, this.schools, termDates, clock, retry), this.schools),
				new AlertCountsGrpc(this.needsHelpNow));
		this.server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			.addService(ServerInterceptors.intercept(service,
					new GrpcExceptionHandlerInterceptor(new GrpcProblemMapping()), new CallerServerInterceptor()))
			.build()
			.start();
		Metadata headers = new Metadata();
		CallerHeaders.toHeaders(LA)
			.forEach((name, value) -> headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
		this.channel = Grpc.newChannelBuilder("localhost:" + this.server.getPort(), InsecureChannelCredentials.create())
			.intercept(MetadataUtils.newAttachHeadersInterceptor(headers))
			.build();
	}

	String backend() {
		return this.backend;
	}

	@Override
	public void close() throws Exception {
		this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.client.close();
		this.mongo.close();
	}

}
