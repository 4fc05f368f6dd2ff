package uk.gov.dorsetcouncil.edu.attendance.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.Mark;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.PupilChange;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RecordProblem;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RegisterChange;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolDataFeed.FeedUnavailable;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.MarkLine;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Pulls each school's roll and register changes from its MIS extraction service and
 * writes them through the same validating paths as every other ingest
 * ({@link RollKeeping}, {@link RegisterTaking}). A run checks the whole batch first: one
 * malformed record rejects the batch and nothing is stored. Records that are well formed
 * but break a rule are refused one by one and reported, as the register API refuses them.
 * One school's failure never stops another's run.
 */
public final class SchoolSync {

	/** The connector writes as a platform service, county-wide. */
	static final Caller CONNECTOR = Caller.service("attendance-connector",
			Set.of(Access.REGISTERS_WRITE, Access.SCHOOLS_WRITE));

	private final Map<String, SchoolConnection> connections;

	private final SchoolDataFeed feed;

	private final FeedStates states;

	private final RollKeeping roll;

	private final RegisterTaking registers;

	private final Function<String, Optional<String>> secrets;

	private final Duration staleAfter;

	private final Clock clock;

	private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

	/**
	 * @param secrets resolves a credential reference to the token it names
	 * @param staleAfter a school whose data last arrived longer ago than this is stale
	 */
	public SchoolSync(List<SchoolConnection> connections, SchoolDataFeed feed, FeedStates states, RollKeeping roll,
			RegisterTaking registers, Function<String, Optional<String>> secrets, Duration staleAfter, Clock clock) {
		Map<String, SchoolConnection> byUrn = new LinkedHashMap<>();
		connections.stream()
			.sorted(Comparator.comparing(SchoolConnection::urn))
			.forEach((connection) -> byUrn.put(connection.urn(), connection));
		this.connections = byUrn;
		this.feed = feed;
		this.states = states;
		this.roll = roll;
		this.registers = registers;
		this.secrets = secrets;
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	/** What a run did. */
	public record Report(String urn, SyncOutcome outcome, String message, Instant startedAt, Instant changedSince,
			int pupilsReceived, int pupilsStored, int registersReceived, int registersStored,
			List<RecordProblem> problems) {
	}

	/** One school's feed as officers see it. */
	public record SchoolStatus(String urn, Instant lastDataArrivedAt, Instant lastAttemptAt, SyncOutcome lastOutcome,
			String lastMessage, List<RecordProblem> problems, boolean stale) {
	}

	public record Status(Instant asOf, Duration staleAfter, long staleSchools, List<SchoolStatus> schools) {
	}

	public List<SchoolConnection> connections() {
		return List.copyOf(this.connections.values());
	}

	/** An officer's on-demand run for one school. */
	public Report syncNow(Caller caller, String urn) {
		Access.requireCountyWide(caller, Access.SCHOOLS_WRITE);
		SchoolConnection connection = this.connections.get(urn);
		if (connection == null) {
			throw ProblemException.notFound("no connector is configured for school " + urn);
		}
		return run(connection);
	}

	/**
	 * The scheduled run for one school: never throws, whatever the school's feed does;
	 * empty when a run for the school is already under way.
	 */
	public Optional<Report> syncScheduled(String urn) {
		SchoolConnection connection = this.connections.get(urn);
		if (connection == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(run(connection));
		}
		catch (RuntimeException ex) {
			// Another run under way, or this service's own store failing: the next
			// scheduled run tries again, and other schools are not affected.
			return Optional.empty();
		}
	}

	/** Every school at once; each school's run is isolated from the others. */
	public List<Report> syncAll() {
		try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Optional<Report>>> runs = new ArrayList<>();
			for (SchoolConnection connection : this.connections.values()) {
				runs.add(each.submit(() -> syncScheduled(connection.urn())));
			}
			List<Report> reports = new ArrayList<>();
			for (Future<Optional<Report>> run : runs) {
				try {
					run.get().ifPresent(reports::add);
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException("a connector run escaped its own error handling", ex.getCause());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			return reports;
		}
	}

	public Status status(Caller caller) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("only the local authority sees every school's feed");
		}
		Instant now = this.clock.instant();
		List<SchoolStatus> schools = new ArrayList<>();
		for (String urn : this.connections.keySet()) {
			FeedState state = this.states.find(urn).orElse(FeedState.never(urn));
			boolean stale = state.lastDataArrivedAt() == null
					|| state.lastDataArrivedAt().plus(this.staleAfter).isBefore(now);
			schools.add(new SchoolStatus(urn, state.lastDataArrivedAt(), state.lastAttemptAt(), state.lastOutcome(),
					state.lastMessage(), state.problems(), stale));
		}
		return new Status(now, this.staleAfter, schools.stream().filter(SchoolStatus::stale).count(), schools);
	}

	private Report run(SchoolConnection connection) {
		ReentrantLock lock = this.running.computeIfAbsent(connection.urn(), (urn) -> new ReentrantLock());
		if (!lock.tryLock()) {
			throw new ProblemException(Problem.CONFLICT,
					"a connector run for school " + connection.urn() + " is already under way");
		}
		try {
			return runLocked(connection);
		}
		finally {
			lock.unlock();
		}
	}

	private Report runLocked(SchoolConnection connection) {
		String urn = connection.urn();
		FeedState before = this.states.find(urn).orElse(FeedState.never(urn));
		Instant startedAt = this.clock.instant();
		Instant since = before.changedSince();
		Optional<String> token = this.secrets.apply(connection.credentialRef());
		if (token.isEmpty()) {
			return finish(before, startedAt, since, SyncOutcome.FAILED,
					"the credential " + connection.credentialRef() + " is not set", 0, 0, 0, 0, List.of(), false);
		}
		FeedBatch batch;
		try {
			batch = this.feed.changes(connection, token.get(), since);
		}
		catch (FeedUnavailable ex) {
			return finish(before, startedAt, since, ex.circuitOpen() ? SyncOutcome.CIRCUIT_OPEN : SyncOutcome.FAILED,
					ex.getMessage(), 0, 0, 0, 0, List.of(), false);
		}
		catch (RuntimeException ex) {
			return finish(before, startedAt, since, SyncOutcome.FAILED, "the feed failed: " + ex, 0, 0, 0, 0, List.of(),
					false);
		}
		List<RecordProblem> malformed = new ArrayList<>(batch.malformed());
		malformed.addAll(check(batch));
		if (!malformed.isEmpty()) {
			return finish(before, startedAt, since, SyncOutcome.REJECTED,
					malformed.size() + " malformed record(s): the batch of " + batch.records()
							+ " records was rejected and nothing stored",
					batch.pupils().size(), 0, batch.registers().size(), 0, malformed, false);
		}
		List<RecordProblem> refused = new ArrayList<>();
		int pupilsStored = 0;
		for (PupilChange pupil : batch.pupils()) {
			try {
				this.roll.putOnRoll(CONNECTOR, urn, pupil.upn(),
						new PupilDetails(pupil.familyName(), pupil.givenName(), pupil.dateOfBirth(), pupil.yearGroup(),
								pupil.sex(), pupil.admissionDate(), pupil.leavingDate()));
				pupilsStored++;
			}
			catch (ProblemException ex) {
				refused.add(new RecordProblem(pupil.record(), reason(ex)));
			}
		}
		int registersStored = 0;
		List<RegisterChange> inOrder = new ArrayList<>(batch.registers());
		inOrder.sort(Comparator.comparing(RegisterChange::date).thenComparing(RegisterChange::session));
		for (RegisterChange register : inOrder) {
			try {
				this.registers.take(CONNECTOR, urn, register.date(), register.session(),
						register.marks().stream().map((mark) -> new MarkLine(mark.upn(), mark.code())).toList());
				registersStored++;
			}
			catch (ProblemException ex) {
				refused.add(new RecordProblem(register.record(), reason(ex)));
			}
		}
		SyncOutcome outcome = refused.isEmpty() ? SyncOutcome.SUCCEEDED : SyncOutcome.PARTLY_STORED;
		String message = "stored " + pupilsStored + " of " + batch.pupils().size() + " pupil changes and "
				+ registersStored + " of " + batch.registers().size() + " registers"
				+ ((since != null) ? " changed since " + since : "");
		return finish(before, startedAt, since, outcome, message, batch.pupils().size(), pupilsStored,
				batch.registers().size(), registersStored, refused, pupilsStored + registersStored > 0);
	}

	private Report finish(FeedState before, Instant startedAt, Instant since, SyncOutcome outcome, String message,
			int pupilsReceived, int pupilsStored, int registersReceived, int registersStored,
			List<RecordProblem> problems, boolean dataArrived) {
		// Only a run that stored everything moves the watermark: anything refused is
		// fetched again next time, and the writes are idempotent.
		Instant watermark = (outcome == SyncOutcome.SUCCEEDED) ? startedAt : before.changedSince();
		this.states.save(new FeedState(before.urn(), watermark, startedAt, outcome, message,
				dataArrived ? startedAt : before.lastDataArrivedAt(), problems));
		return new Report(before.urn(), outcome, message, startedAt, since, pupilsReceived, pupilsStored,
				registersReceived, registersStored, List.copyOf(problems));
	}

	/** Checks the form of every value before anything is written. */
	static List<RecordProblem> check(FeedBatch batch) {
		List<RecordProblem> problems = new ArrayList<>();
		for (PupilChange pupil : batch.pupils()) {
			List<String> wrong = new ArrayList<>();
			Upn.problemWith(pupil.upn()).ifPresent((problem) -> wrong.add("upn: " + problem));
			required(pupil.familyName(), "family_name", wrong);
			required(pupil.givenName(), "given_name", wrong);
			date(pupil.dateOfBirth(), "date_of_birth", true, wrong);
			date(pupil.admissionDate(), "admission_date", true, wrong);
			date(pupil.leavingDate(), "leaving_date", false, wrong);
			if (pupil.yearGroup() == null) {
				wrong.add("year_group: required");
			}
			if (pupil.sex() == null || !Set.of("F", "M").contains(pupil.sex().toUpperCase(Locale.ROOT))) {
				wrong.add("sex: F or M, not '" + pupil.sex() + "'");
			}
			if (!wrong.isEmpty()) {
				problems.add(new RecordProblem(pupil.record(), String.join("; ", wrong)));
			}
		}
		for (RegisterChange register : batch.registers()) {
			List<String> wrong = new ArrayList<>();
			date(register.date(), "date", true, wrong);
			Session session = null;
			try {
				session = Session.parse(register.session());
			}
			catch (IllegalArgumentException ex) {
				wrong.add("session: " + ex.getMessage());
			}
			if (register.marks() == null || register.marks().isEmpty()) {
				wrong.add("marks: a register has at least one mark");
			}
			else {
				Set<String> seen = new HashSet<>();
				for (int i = 0; i < register.marks().size(); i++) {
					Mark mark = register.marks().get(i);
					String upn = (mark != null) ? mark.upn() : null;
					Optional<String> upnProblem = Upn.problemWith(upn);
					String field = "marks[" + i + "]";
					upnProblem.ifPresent((problem) -> wrong.add(field + ".upn: " + problem));
					try {
						AttendanceCode.fromSymbol((mark != null) ? mark.code() : null, session);
					}
					catch (IllegalArgumentException ex) {
						wrong.add("marks[" + i + "].code: " + ex.getMessage());
					}
					if (upnProblem.isEmpty() && !seen.add(upn)) {
						wrong.add("marks[" + i + "].upn: pupil " + upn + " is marked twice");
					}
				}
			}
			if (!wrong.isEmpty()) {
				problems.add(new RecordProblem(register.record(), String.join("; ", wrong)));
			}
		}
		return problems;
	}

	private static void required(String value, String field, List<String> wrong) {
		if (value == null || value.isBlank()) {
			wrong.add(field + ": required");
		}
	}

	private static void date(String value, String field, boolean required, List<String> wrong) {
		if (value == null || value.isBlank()) {
			if (required) {
				wrong.add(field + ": required");
			}
			return;
		}
		DateBounds.problemWith(value).ifPresent((problem) -> wrong.add(field + ": " + problem));
	}

	private static String reason(ProblemException ex) {
		if (ex.violations().isEmpty()) {
			return ex.getMessage();
		}
		return String.join("; ",
				ex.violations().stream().map((violation) -> violation.field() + ": " + violation.detail()).toList());
	}

}
