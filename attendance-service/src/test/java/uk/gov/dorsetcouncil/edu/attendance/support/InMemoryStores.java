package uk.gov.dorsetcouncil.edu.attendance.support;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import org.springframework.grpc.server.exception.GrpcExceptionHandlerInterceptor;

import uk.gov.dorsetcouncil.edu.attendance.alerts.AlertSettings;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning;
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
import uk.gov.dorsetcouncil.edu.attendance.measures.grpc.MeasuresGrpc;
import uk.gov.dorsetcouncil.edu.attendance.measures.store.MongoReferenceFigures;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterFold;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.register.store.MongoMarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.grpc.EnrolmentsGrpc;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolRegistration;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencySettings;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * The real stores on a real (in-memory) mongo-java-server, wired as the application wires
 * them, with "today" fixed at Monday 23 November 2026.
 */
public final class InMemoryStores implements AutoCloseable {

	private Server grpcServer;

	private ManagedChannel grpcChannel;

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	public static final Caller LA = new Caller("officer@dorsetcouncil.gov.uk", "dashboard",
			Organisation.localAuthority("838"), Set.of(),
			Set.of("attendance:read", "registers:write", "schools:write"));

	/** Lost races retried without pauses, as many times as the service tries. */
	public static final LostRaceRetry RETRY = LostRaceRetry.withoutPause(5);

	private final MongoServer server;

	private final MongoClient client;

	/** "Today", fixed at {@link #TODAY} 15:00 in England. */
	public final Clock clock;

	public final MongoSchoolDirectory schools;

	public final MongoPupilRecords pupils;

	public final MongoMarkStore marks;

	public final SchoolRegistration schoolRegistration;

	public final RollKeeping roll;

	public final RegisterTaking registers;

	/** Folds a school's register inbox when a test asks; no background fold runs here. */
	public final RegisterFold fold;

	public final PupilAttendanceQuery attendance;

	public final HeldAttendance held;

	public final MarkIngest ingest;

	public final MongoImportStore imports;

	/**
	 * Import jobs run on the calling thread, so a submitted job is finished on return.
	 */
	public final ImportJobs importJobs;

	public final ReferenceData referenceData;

	public final AreaMeasures measures;

	/** The plans as stored, behind {@link #plans}. */
	public final MongoAttendancePlans storedPlans;

	public final HeldAttendancePlans plans;

	public final AttendancePlanning planning;

	public final NeedsHelpNow needsHelpNow;

	/** The service's change feed (ADR 0023). */
	public final MongoChangeFeed changes;

	public InMemoryStores() {
		this.server = new MongoServer(new MemoryBackend());
		this.client = MongoClients.create(this.server.bindAndGetConnectionString());
		MongoDatabase database = this.client.getDatabase("attendance");
		Clock clock = Clock.fixed(TODAY.atTime(15, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
				ZoneId.of("Europe/London"));
		this.clock = clock;
		TermDates termDates = TermDates.dorset();
		// The service's change feed on its own store, as dorset.changes.enabled sets it
		// up.
		this.changes = new MongoChangeFeed(database, clock);
		ChangeRelay relay = new ChangeRelay(this.changes);
		this.schools = new MongoSchoolDirectory(database, relay, clock);
		this.pupils = new MongoPupilRecords(database, relay);
		this.marks = new MongoMarkStore(database, relay);
		this.schoolRegistration = new SchoolRegistration(this.schools, termDates, this.marks);
		this.roll = new RollKeeping(this.pupils, this.schools, clock, RETRY);
		this.registers = new RegisterTaking(this.schools, this.pupils, this.marks, termDates, clock, RETRY);
		this.fold = new RegisterFold(this.marks, RETRY);
		this.attendance = new PupilAttendanceQuery(this.pupils, this.schools, this.marks, clock);
		this.held = new HeldAttendance();
		this.pupils.listen(this.held);
		this.marks.listen(this.held);
		this.ingest = new MarkIngest(this.schools, this.pupils, this.held::standing, this.marks, termDates, clock,
				RETRY);
		this.imports = new MongoImportStore(database);
		this.importJobs = new ImportJobs(this.ingest, this.imports,
				new IdempotentStreams(new IdempotencyKeys(database, IdempotencySettings.defaults(), clock)),
				Runnable::run, clock);
		this.referenceData = new ReferenceData(ReferenceFigure.held(), new MongoReferenceFigures(database));
		this.measures = new AreaMeasures(this.held, this.schools, this.referenceData,
				new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD), termDates, clock);
		this.storedPlans = new MongoAttendancePlans(database);
		this.plans = new HeldAttendancePlans(this.storedPlans);
		this.planning = new AttendancePlanning(this.plans, this.pupils, this.schools, clock, RETRY);
		this.needsHelpNow = new NeedsHelpNow(this.schools, RollsAndMarks.held(this.held), this.pupils, termDates,
				this.plans, AlertSettings.DEFAULTS, clock);
	}

	/** The gRPC service over these stores. */
	public AttendanceGrpcService grpcService() {
		return new AttendanceGrpcService(
				new MeasuresGrpc(this.attendance, this.measures, new PupilClassification(this.pupils, this.schools)),
				new MarkStreamGrpc(this.importJobs), new EnrolmentsGrpc(this.roll, this.schools),
				new AlertCountsGrpc(this.needsHelpNow));
	}

	/**
	 * Serves {@link #grpcService()} on a real in-process gRPC server with the platform's
	 * caller and problem interceptors, as the application does; closed with the stores.
	 * @return a channel to it
	 */
	public ManagedChannel serveGrpc() throws IOException {
		String name = InProcessServerBuilder.generateName();
		this.grpcServer = InProcessServerBuilder.forName(name)
			.directExecutor()
			.addService(ServerInterceptors.intercept(grpcService(),
					new GrpcExceptionHandlerInterceptor(new GrpcProblemMapping()), new CallerServerInterceptor()))
			.build()
			.start();
		this.grpcChannel = InProcessChannelBuilder.forName(name).directExecutor().build();
		return this.grpcChannel;
	}

	public static Caller schoolCaller(String urn, String... scopes) {
		return new Caller("attendance.lead@" + urn, "mis-" + urn, Organisation.school(urn), Set.of(), Set.of(scopes));
	}

	public void addSchool(String urn, String name) {
		this.schoolRegistration.put(LA, urn, "838" + urn.substring(2), name, "PRIMARY", "NORTH");
	}

	public void addPupil(String urn, String upn, String admission, String leaving) {
		this.roll.putOnRoll(LA, urn, upn,
				new RollKeeping.PupilDetails("Pupil", "Test", "2016-05-04", 5, "F", admission, leaving));
	}

	@Override
	public void close() {
		if (this.grpcChannel != null) {
			this.grpcChannel.shutdownNow();
			this.grpcServer.shutdownNow();
		}
		this.client.close();
		this.server.shutdown();
	}

}
