package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No acknowledged write is lost in a crash (ADR 0016). The attendance and SEND services
 * and the gateway run from their built jars on the embedded H2 store; several clients
 * write every kind of record the attendance service holds (schools, pupils on roll,
 * registers, bulk imports, attendance plans) and EHC plans, and read pupils' attendance
 * through the gateway, which audits each read before answering it. The three processes
 * are killed with SIGKILL while writes are in flight and started again on the same data
 * folder. Then every write answered 2xx before the kill is there, once; a write that was
 * not answered is there wholly or not at all; an import interrupted mid-run is reported
 * failed and sending it again converges; and every read the gateway answered has its
 * audit record in a chain that still verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

	private static final String ATTENDANCE = "/api/v1/attendance";

	private static final String EHC_PLANS = "/api/v1/send/ehc-plans/";

	/** How long a killed import's key is held before it may be sent again. */
	private static final Duration IMPORT_LEASE = Duration.ofSeconds(5);

	/** Pupils per school in the registers, imports and plans written here. */
	private static final int PUPILS = 20;

	/** The register dates each register writer cycles through (AM or PM). */
	private static final int REGISTER_DAYS = 5;

	/** How long the clients write before the kill, at least and at most. */
	private static final Duration WRITE_AT_LEAST = Duration.ofSeconds(3);

	private static final Duration WRITE_AT_MOST = Duration.ofSeconds(30);

	@TempDir
	static Path dataDir;

	private HttpClient http = newClient();

	private final JsonMapper json = JsonMapper.shared();

	private final County demo = County.demo();

	private LocalPlatform platform;

	/** The schools whose registers are written (two writers each: AM and PM). */
	private List<School> registerSchools;

	/** The school whose marks arrive as imports. */
	private School importSchool;

	/** The school whose roll grows while the clients write. */
	private School admittingSchool;

	private final List<LocalDate> schoolDays = new ArrayList<>();

	private final Map<String, History<String>> schoolNames = new ConcurrentHashMap<>();

	private final Map<String, History<Integer>> characteristics = new ConcurrentHashMap<>();

	private final Map<String, History<String>> registers = new ConcurrentHashMap<>();

	private final Map<String, History<String>> plans = new ConcurrentHashMap<>();

	/** EHC plans in the SEND service, by UPN: their issue dates. */
	private final Map<String, History<String>> ehcPlans = new ConcurrentHashMap<>();

	/** Pupils admitted to {@link #admittingSchool} while the clients write. */
	private List<Pupil> admissions;

	private final Set<String> admissionsSent = ConcurrentHashMap.newKeySet();

	private final Set<String> admitted = ConcurrentHashMap.newKeySet();

	private final List<Import> imports = new ArrayList<>();

	private final Map<String, AtomicInteger> answeredReads = new ConcurrentHashMap<>();

	/** Answers no write should get (a bad request here, a 5xx there). */
	private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();

	private volatile boolean killed;

	@BeforeAll
	void writeKillAndRestart() throws Exception {
		Path root = Path.of(System.getProperty("dorset.root", "..")).toAbsolutePath();
		// An import killed before its answer holds its Idempotency-Key for the lease; a
		// short one lets the checks send it again without waiting minutes.
		this.platform = LocalPlatform.start(LocalPlatform.Settings.freePorts(root, dataDir)
			.only("attendance", "send", "gateway")
			.withProperty("attendance", "dorset.idempotency.lease", IMPORT_LEASE.toSeconds() + "s"));
		List<School> schools = this.demo.schools();
		this.registerSchools = List.of(schools.get(0), schools.get(1));
		this.importSchool = schools.get(2);
		this.admittingSchool = schools.get(3);
		SchoolDays days = SchoolDays.dorsetTermWeekdays();
		for (LocalDate day = this.demo.scale().from(); !day.isAfter(this.demo.scale().to()); day = day.plusDays(1)) {
			if (days.isSchoolDay(this.importSchool.urn(), day)) {
				this.schoolDays.add(day);
			}
		}
		acknowledgedBeforeTheCrash();
		writeUntilKilled();
		this.platform.restart("attendance", "send", "gateway");
		// No connection to the killed processes is kept for the checks.
		this.http = newClient();
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	@AfterAll
	void stop() {
		if (this.platform != null) {
			this.platform.close();
		}
	}

	@Test
	void noWriteWasRefusedBeforeTheKill() {
		assertThat(this.refusals).isEmpty();
	}

	@Test
	void schoolsHoldTheirLastAcknowledgedOrTheirUnansweredRecord() throws Exception {
		for (Map.Entry<String, History<String>> school : this.schoolNames.entrySet()) {
			JsonNode held = read(service("GET", ATTENDANCE + "/schools/" + school.getKey(), null));
			assertThat(held.at("/name").asString()).as("school %s", school.getKey()).isIn(school.getValue().possible());
		}
	}

	@Test
	void everyAdmissionIsOnTheRollOnceWithItsNewPupilReturn() throws Exception {
		String urn = this.admittingSchool.urn();
		assertThat(this.admitted).isNotEmpty();
		for (Pupil pupil : this.admissions) {
			if (this.admissionsSent.contains(pupil.upn()) && !this.admitted.contains(pupil.upn())) {
				// Unanswered: the school's system sends it again, as it would.
				expectOk(service("PUT", ATTENDANCE + "/schools/" + urn + "/pupils/" + pupil.upn(), admissionOf(pupil)));
			}
		}
		List<String> onRoll = new ArrayList<>();
		rollOf(urn).forEach(pupil -> onRoll.add(pupil.at("/upn").asString()));
		assertThat(onRoll).doesNotHaveDuplicates().containsAll(this.admitted);
		assertThat(this.admissionsSent).containsAll(onRoll);
		for (String upn : onRoll) {
			JsonNode returns = read(
					service("GET", ATTENDANCE + "/schools/" + urn + "/pupils/" + upn + "/returns", null));
			assertThat(returns.at("/returns").size()).as("returns for the admission of %s", upn).isEqualTo(1);
			assertThat(returns.at("/returns/0/kind").asString()).isEqualTo("NEW_PUPIL");
		}
	}

	@Test
	void pupilsHoldTheirLastAcknowledgedOrTheirUnansweredCharacteristics() throws Exception {
		School school = this.registerSchools.get(0);
		Map<String, Integer> held = new HashMap<>();
		rollOf(school.urn()).forEach(pupil -> held.put(pupil.at("/upn").asString(),
				characteristicsState(pupil.at("/freeSchoolMeals").asBoolean(), pupil.at("/youngCarer").asBoolean())));
		for (Map.Entry<String, History<Integer>> pupil : this.characteristics.entrySet()) {
			assertThat(held.get(pupil.getKey())).as("pupil %s", pupil.getKey()).isIn(pupil.getValue().possible());
		}
	}

	@Test
	void everyRegisterHoldsItsLastAcknowledgedOrItsUnansweredMarksWhole() throws Exception {
		for (Map.Entry<String, History<String>> register : this.registers.entrySet()) {
			JsonNode held = read(service("GET", ATTENDANCE + "/schools/" + register.getKey(), null));
			Map<String, String> codes = new HashMap<>();
			held.at("/marks").forEach(mark -> codes.put(mark.at("/upn").asString(), mark.at("/code").asString()));
			assertThat(codes).as("register %s", register.getKey()).hasSize(PUPILS);
			assertThat(Set.copyOf(codes.values())).as("register %s: one register's marks, whole", register.getKey())
				.hasSize(1);
			assertThat(codes.values().iterator().next()).as("register %s", register.getKey())
				.isIn(register.getValue().possible());
		}
	}

	@Test
	void everyAcknowledgedChangeOfAMarkHasItsAmendment() throws Exception {
		for (School school : this.registerSchools) {
			Pupil first = pupilsOf(school).get(0);
			JsonNode amendments = read(service("GET",
					ATTENDANCE + "/schools/" + school.urn() + "/pupils/" + first.upn() + "/amendments", null));
			Map<String, Long> bySession = new HashMap<>();
			amendments.at("/amendments")
				.forEach(amendment -> bySession.merge(
						amendment.at("/date").asString() + "/" + amendment.at("/session").asString(), 1L, Long::sum));
			this.registers.forEach((key, history) -> {
				if (key.startsWith(school.urn() + "/")) {
					String session = key.substring(key.indexOf("/registers/") + "/registers/".length());
					// The first register recorded marks; each acknowledged one after it
					// changed this pupil's mark.
					long held = bySession.getOrDefault(session, 0L);
					assertThat(held).as("amendments of %s at %s", first.upn(), session)
						.isBetween((long) history.acknowledged(), (long) history.sent());
				}
			});
		}
	}

	@Test
	void attendancePlansAreHeldOnceAsLastAcknowledgedOrUnanswered() throws Exception {
		String urn = this.registerSchools.get(1).urn();
		JsonNode page = read(service("GET", ATTENDANCE + "/plans?school=" + urn + "&size=100", null));
		Map<String, String> owners = new HashMap<>();
		List<String> ids = new ArrayList<>();
		page.at("/items").forEach(plan -> {
			ids.add(plan.at("/id").asString());
			owners.put(plan.at("/upn").asString(), plan.at("/owner").asString());
		});
		assertThat(ids).doesNotHaveDuplicates();
		for (Map.Entry<String, History<String>> plan : this.plans.entrySet()) {
			assertThat(owners.get(plan.getKey())).as("plan of %s", plan.getKey()).isIn(plan.getValue().possible());
		}
	}

	@Test
	void ehcPlansHoldTheirLastAcknowledgedOrTheirUnansweredIssueDate() throws Exception {
		assertThat(this.ehcPlans).isNotEmpty();
		for (Map.Entry<String, History<String>> plan : this.ehcPlans.entrySet()) {
			JsonNode held = read(service("GET", EHC_PLANS + plan.getKey(), null));
			assertThat(held.at("/issuedDate").asString()).as("EHC plan of %s", plan.getKey())
				.isIn(plan.getValue().possible());
		}
	}

	@Test
	void everyAcknowledgedImportIsCompletedOrFailedAndSendingItAgainConverges() throws Exception {
		assertThat(this.imports.stream().filter(i -> i.confirmedComplete)).as("imports completed before the kill")
			.isNotEmpty();
		for (Import sent : this.imports) {
			if (sent.jobId != null) {
				JsonNode job = read(service("GET", ATTENDANCE + "/imports/" + sent.jobId, null));
				String status = job.at("/status").asString();
				if (sent.confirmedComplete) {
					assertThat(status).as("import %s", sent.key).isEqualTo("COMPLETED");
					assertThat(job.at("/rowsStored").asInt()).isEqualTo(sent.rows);
					assertThat(job.at("/rowsRejected").asInt()).isZero();
				}
				else {
					assertThat(status).as("import %s, interrupted", sent.key).isIn("COMPLETED", "FAILED");
				}
			}
			// The same key again is the same job, never a second one. An import killed
			// before its answer holds its key until the lease ends (409, "still being
			// handled"), then runs as new.
			HttpResponse<String> again = importCsv(sent.key, sent.csv);
			long leaseEnds = System.nanoTime() + IMPORT_LEASE.multipliedBy(3).toNanos();
			while (sent.jobId == null && again.statusCode() == 409 && System.nanoTime() < leaseEnds) {
				Thread.sleep(500);
				again = importCsv(sent.key, sent.csv);
			}
			assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
			String jobId = read(again).at("/id").asString();
			if (sent.jobId != null) {
				assertThat(jobId).as("import %s sent again", sent.key).isEqualTo(sent.jobId);
			}
			if (awaitImport(jobId).equals("FAILED")) {
				// As the failed job says: send it again with a new key.
				HttpResponse<String> fresh = importCsv(sent.key + "-again", sent.csv);
				assertThat(awaitImport(read(fresh).at("/id").asString())).isEqualTo("COMPLETED");
			}
			for (LocalDate date : sent.dates) {
				for (String session : List.of("AM", "PM")) {
					JsonNode held = read(service("GET",
							ATTENDANCE + "/schools/" + this.importSchool.urn() + "/registers/" + date + "/" + session,
							null));
					Map<String, String> codes = new HashMap<>();
					held.at("/marks")
						.forEach(mark -> codes.put(mark.at("/upn").asString(), mark.at("/code").asString()));
					assertThat(codes).as("import %s on %s %s", sent.key, date, session)
						.isEqualTo(expectedImportCodes(session));
				}
			}
		}
	}

	@Test
	void everyReadAnsweredThroughTheGatewayIsAuditedAndTheChainVerifies() throws Exception {
		assertThat(this.answeredReads).isNotEmpty();
		String auditor = this.platform.issuer().tokenFor("auditor", null);
		for (Map.Entry<String, AtomicInteger> reads : this.answeredReads.entrySet()) {
			String upn = reads.getKey();
			JsonNode records = read(gateway("/api/v1/audit/records?child=" + upn + "&size=100", auditor));
			long audited = 0;
			for (JsonNode record : records.at("/items")) {
				if (record.at("/action").asString().equals("GET " + ATTENDANCE + "/pupils/" + upn + "/attendance")
						&& record.at("/outcome").asString().equals("RELEASED")) {
					audited++;
				}
			}
			assertThat(audited).as("audit records of the reads of %s answered before the kill", upn)
				.isGreaterThanOrEqualTo(reads.getValue().get());
		}
		JsonNode chain = read(gateway("/api/v1/audit/verify", auditor));
		assertThat(chain.at("/intact").asBoolean()).as(chain.toString()).isTrue();
	}

	/** Every pupil ever on a school's roll, read a page (of at most 100) at a time. */
	private List<JsonNode> rollOf(String urn) throws Exception {
		List<JsonNode> roll = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode found = read(
					service("GET", ATTENDANCE + "/schools/" + urn + "/pupils?size=100&page=" + page, null));
			found.at("/items").forEach(roll::add);
			if (roll.size() >= found.at("/total").asInt() || found.at("/items").isEmpty()) {
				return roll;
			}
		}
	}

	/** The base every later write builds on, all acknowledged. */
	private void acknowledgedBeforeTheCrash() throws Exception {
		for (School school : List.of(this.registerSchools.get(0), this.registerSchools.get(1), this.importSchool,
				this.admittingSchool)) {
			expectOk(service("PUT", ATTENDANCE + "/schools/" + school.urn(), County.schoolRecord(school)));
			this.schoolNames.put(school.urn(), new History<>(school.name()));
		}
		for (School school : List.of(this.registerSchools.get(0), this.registerSchools.get(1), this.importSchool)) {
			for (Pupil pupil : pupilsOf(school)) {
				expectOk(service("PUT", ATTENDANCE + "/schools/" + school.urn() + "/pupils/" + pupil.upn(),
						this.demo.rollRecord(pupil)));
			}
		}
		for (Pupil pupil : pupilsOf(this.registerSchools.get(0))) {
			this.characteristics.put(pupil.upn(),
					new History<>(characteristicsState(pupil.characteristics().freeSchoolMeals(),
							pupil.characteristics().youngCarer())));
		}
		for (School school : this.registerSchools) {
			for (LocalDate date : this.schoolDays.subList(0, REGISTER_DAYS)) {
				for (String session : List.of("AM", "PM")) {
					String key = school.urn() + "/registers/" + date + "/" + session;
					expectOk(service("PUT", ATTENDANCE + "/schools/" + key, registerOf(school, registerCode(0))));
					this.registers.put(key, new History<>(registerCode(0)));
				}
			}
		}
		// The import school's year of marks exists before the imports, as after its
		// first register of the year.
		LocalDate first = this.schoolDays.get(REGISTER_DAYS);
		expectOk(service("PUT", ATTENDANCE + "/schools/" + this.importSchool.urn() + "/registers/" + first + "/AM",
				registerOf(this.importSchool, "/")));
		School planning = this.registerSchools.get(1);
		for (Pupil pupil : pupilsOf(planning).subList(0, 10)) {
			expectOk(service("PUT", ATTENDANCE + "/plans/" + planning.urn() + "/" + pupil.upn(), planOf("owner-0")));
			this.plans.put(pupil.upn(), new History<>("owner-0"));
		}
		for (Pupil pupil : pupilsOf(this.importSchool).subList(0, 10)) {
			expectOk(service("PUT", EHC_PLANS + pupil.upn(), ehcPlanOf(pupil, 0)));
			this.ehcPlans.put(pupil.upn(), new History<>(issuedDate(0)));
		}
	}

	/**
	 * Several clients write at once until every one has had writes acknowledged and a few
	 * seconds have passed; then the processes are killed mid-flight.
	 */
	private void writeUntilKilled() throws Exception {
		List<Thread> clients = new ArrayList<>();
		List<Writer> writers = new ArrayList<>();
		for (School school : this.registerSchools) {
			for (String session : List.of("AM", "PM")) {
				writers.add(new Writer("registers " + school.urn() + " " + session, k -> {
					LocalDate date = this.schoolDays.get(k % REGISTER_DAYS);
					String key = school.urn() + "/registers/" + date + "/" + session;
					String code = registerCode(1 + k / REGISTER_DAYS);
					return write(this.registers.get(key), code,
							service("PUT", ATTENDANCE + "/schools/" + key, registerOf(school, code)));
				}));
			}
		}
		writers.add(new Writer("school records", k -> {
			School school = List.of(this.importSchool, this.admittingSchool).get(k % 2);
			Map<String, Object> record = new LinkedHashMap<>(County.schoolRecord(school));
			record.put("name", school.name() + " (" + k + ")");
			return write(this.schoolNames.get(school.urn()), (String) record.get("name"),
					service("PUT", ATTENDANCE + "/schools/" + school.urn(), record));
		}));
		this.admissions = this.demo.pupilsOnRollBy(this.admittingSchool)
			.stream()
			.filter(p -> p.leavingDate() == null)
			.toList();
		writers.add(new Writer("admissions", k -> {
			if (k >= this.admissions.size()) {
				Thread.sleep(50);
				return true;
			}
			Pupil pupil = this.admissions.get(k);
			this.admissionsSent.add(pupil.upn());
			HttpResponse<String> answer = send(
					service("PUT", ATTENDANCE + "/schools/" + this.admittingSchool.urn() + "/pupils/" + pupil.upn(),
							admissionOf(pupil)));
			if (answer == null || !acknowledged(answer)) {
				return false;
			}
			assertThat(read(answer).at("/returnsRecorded").size()).isEqualTo(1);
			this.admitted.add(pupil.upn());
			return true;
		}));
		List<Pupil> changing = pupilsOf(this.registerSchools.get(0));
		writers.add(new Writer("roll changes", k -> {
			Pupil pupil = changing.get(k % changing.size());
			History<Integer> history = this.characteristics.get(pupil.upn());
			int state = (history.last() + 1) % 4;
			Map<String, Object> record = new LinkedHashMap<>(this.demo.rollRecord(pupil));
			record.put("freeSchoolMeals", (state & 1) != 0);
			record.put("youngCarer", (state & 2) != 0);
			return write(history, state,
					service("PUT", ATTENDANCE + "/schools/" + pupil.urn() + "/pupils/" + pupil.upn(), record));
		}));
		School planning = this.registerSchools.get(1);
		List<Pupil> planned = pupilsOf(planning).subList(0, 10);
		writers.add(new Writer("attendance plans", k -> {
			Pupil pupil = planned.get(k % planned.size());
			String owner = "owner-" + (k + 1);
			return write(this.plans.get(pupil.upn()), owner,
					service("PUT", ATTENDANCE + "/plans/" + planning.urn() + "/" + pupil.upn(), planOf(owner)));
		}));
		List<Pupil> withEhcPlans = pupilsOf(this.importSchool).subList(0, 10);
		writers.add(new Writer("EHC plans", k -> {
			Pupil pupil = withEhcPlans.get(k % withEhcPlans.size());
			return write(this.ehcPlans.get(pupil.upn()), issuedDate(k + 1),
					service("PUT", EHC_PLANS + pupil.upn(), ehcPlanOf(pupil, k + 1)));
		}));
		writers.add(new Writer("imports", this::importAndAwait));
		String officer = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		List<Pupil> read = new ArrayList<>(pupilsOf(this.registerSchools.get(0)));
		read.addAll(pupilsOf(this.registerSchools.get(1)));
		for (int r = 0; r < 2; r++) {
			int offset = r;
			writers.add(new Writer("audited reads " + r, k -> {
				String upn = read.get((2 * k + offset) % read.size()).upn();
				HttpResponse<String> answer = send(gateway(ATTENDANCE + "/pupils/" + upn + "/attendance", officer));
				if (answer != null && answer.statusCode() == 429) {
					// The gateway's rate limit for the client: not an answer, not a
					// refusal.
					Thread.sleep(250);
					return true;
				}
				if (answer == null || !acknowledged(answer)) {
					return false;
				}
				this.answeredReads.computeIfAbsent(upn, u -> new AtomicInteger()).incrementAndGet();
				return true;
			}));
		}
		for (Writer writer : writers) {
			clients.add(Thread.ofPlatform().name("crash-" + writer.name).start(writer));
		}
		Instant started = Instant.now();
		while (Duration.between(started, Instant.now()).compareTo(WRITE_AT_MOST) < 0
				&& (Duration.between(started, Instant.now()).compareTo(WRITE_AT_LEAST) < 0
						|| writers.stream().anyMatch(w -> w.acknowledged.get() < 3)
						|| this.imports.stream().noneMatch(i -> i.confirmedComplete))) {
			Thread.sleep(50);
		}
		this.killed = true;
		this.platform.kill("attendance", "send", "gateway");
		for (Thread client : clients) {
			client.join(Duration.ofSeconds(30));
		}
		System.out.printf("Killed after %d ms of writing: %s%n", Duration.between(started, Instant.now()).toMillis(),
				writers.stream().map(w -> w.name + " " + w.acknowledged.get()).collect(Collectors.joining(", ")));
		for (Writer writer : writers) {
			assertThat(writer.acknowledged.get()).as("%s: writes acknowledged before the kill", writer.name)
				.isPositive();
			assertThat(writer.failure).as(writer.name).isNull();
		}
	}

	/** Imports a register day's marks for the import school and waits for the job. */
	private boolean importAndAwait(int k) throws Exception {
		if (2 * k + 2 + REGISTER_DAYS >= this.schoolDays.size()) {
			Thread.sleep(50);
			return true;
		}
		List<LocalDate> dates = this.schoolDays.subList(REGISTER_DAYS + 1 + 2 * k, REGISTER_DAYS + 3 + 2 * k);
		StringBuilder csv = new StringBuilder("urn,upn,date,session,code\n");
		int rows = 0;
		for (LocalDate date : dates) {
			for (String session : List.of("AM", "PM")) {
				for (Pupil pupil : pupilsOf(this.importSchool)) {
					csv.append(this.importSchool.urn())
						.append(',')
						.append(pupil.upn())
						.append(',')
						.append(date)
						.append(',')
						.append(session)
						.append(',')
						.append(expectedImportCodes(session).get(pupil.upn()))
						.append('\n');
					rows++;
				}
			}
		}
		Import sent = new Import("crash-import-" + k, csv.toString(), rows, dates);
		synchronized (this.imports) {
			this.imports.add(sent);
		}
		HttpResponse<String> answer = send(importRequest(sent.key, sent.csv));
		if (answer == null || !acknowledged(answer)) {
			return false;
		}
		sent.jobId = read(answer).at("/id").asString();
		// The previous import's completion was seen before this write was answered: this
		// write's commit holds it.
		this.imports.stream().filter(i -> i.seenComplete).forEach(i -> i.confirmedComplete = true);
		while (!this.killed) {
			HttpResponse<String> job = send(service("GET", ATTENDANCE + "/imports/" + sent.jobId, null));
			if (job == null) {
				return false;
			}
			String status = read(job).at("/status").asString();
			if (status.equals("COMPLETED")) {
				sent.seenComplete = true;
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	private Map<String, String> expectedImportCodes(String session) {
		Map<String, String> codes = new HashMap<>();
		for (Pupil pupil : pupilsOf(this.importSchool)) {
			codes.put(pupil.upn(), session.equals("AM") ? "/" : "\\");
		}
		return codes;
	}

	private String awaitImport(String jobId) throws Exception {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			String status = read(service("GET", ATTENDANCE + "/imports/" + jobId, null)).at("/status").asString();
			if (status.equals("COMPLETED") || status.equals("FAILED")) {
				return status;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("import " + jobId + " did not finish");
	}

	private HttpResponse<String> importCsv(String key, String csv) throws Exception {
		return this.http.send(importRequest(key, csv), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest importRequest(String key, String csv) {
		return caller(HttpRequest.newBuilder(URI.create(attendanceUrl() + ATTENDANCE + "/imports")))
			.header("Content-Type", "text/csv")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build();
	}

	/** Pupils of the school on its roll for the whole of the demo's dates. */
	private List<Pupil> pupilsOf(School school) {
		return this.demo.pupilsOnRollBy(school)
			.stream()
			.filter(p -> !p.admissionDate().isAfter(this.demo.scale().from()))
			.filter(p -> p.leavingDate() == null)
			.limit(PUPILS)
			.toList();
	}

	/**
	 * A pupil's admission part-way through the autumn term, which always needs a new
	 * pupil return to the LA (SI 2024/208 reg 13).
	 */
	private Map<String, Object> admissionOf(Pupil pupil) {
		Map<String, Object> record = new LinkedHashMap<>(this.demo.rollRecord(pupil));
		record.put("admissionDate", this.schoolDays.get(this.schoolDays.size() - 5).toString());
		return record;
	}

	private Map<String, Object> registerOf(School school, String code) {
		return Map.of("marks", pupilsOf(school).stream().map(p -> Map.of("upn", p.upn(), "code", code)).toList());
	}

	/** Each register write changes every pupil's mark, so half of one would show. */
	private static String registerCode(int write) {
		return (write % 2 == 0) ? "L" : "M";
	}

	private static Map<String, Object> planOf(String owner) {
		return Map.of("owner", owner, "reviewDate", "2027-03-31", "actions", List
			.of(Map.of("description", "Meet the family", "owner", owner, "dueDate", "2027-01-15", "done", false)));
	}

	/**
	 * A final EHC plan naming the pupil's school, issued on a day that tells writes
	 * apart.
	 */
	private static Map<String, Object> ehcPlanOf(Pupil pupil, int write) {
		return Map.of("status", "FINAL", "issuedDate", issuedDate(write), "namedSchoolUrn", pupil.urn());
	}

	private static String issuedDate(int write) {
		return LocalDate.of(2024, 1, 10).plusDays(write).toString();
	}

	private static int characteristicsState(boolean freeSchoolMeals, boolean youngCarer) {
		return (freeSchoolMeals ? 1 : 0) + (youngCarer ? 2 : 0);
	}

	/**
	 * Sends a write of {@code content} to a record: false when the service went away
	 * before answering (the write stays unanswered in the history).
	 */
	private <T> boolean write(History<T> history, T content, HttpRequest request) throws InterruptedException {
		history.sending(content);
		HttpResponse<String> answer = send(request);
		if (answer == null || !acknowledged(answer)) {
			return false;
		}
		history.acknowledge();
		return true;
	}

	/** The answer, or null when the connection broke (the kill). */
	private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			if (!this.killed) {
				this.refusals.add(request.method() + " " + request.uri() + ": " + ex);
			}
			return null;
		}
	}

	private boolean acknowledged(HttpResponse<String> answer) {
		if (answer.statusCode() / 100 == 2) {
			return true;
		}
		if (!this.killed || answer.statusCode() / 100 == 4) {
			this.refusals.add(answer.request().method() + " " + answer.request().uri() + ": " + answer.statusCode()
					+ " " + answer.body());
		}
		return false;
	}

	/** A call to the attendance service, or to the SEND service for its paths. */
	private HttpRequest service(String method, String path, Object body) {
		String base = path.startsWith(EHC_PLANS) ? this.platform.restUrl("send") : attendanceUrl();
		HttpRequest.Builder request = caller(HttpRequest.newBuilder(URI.create(base + path)));
		if (body == null) {
			return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
		}
		return request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build();
	}

	/** As the gateway calls the service: the LA acting county-wide. */
	private static HttpRequest.Builder caller(HttpRequest.Builder request) {
		return request.timeout(Duration.ofSeconds(30))
			.header("x-dorset-subject", "crash-test")
			.header("x-dorset-client", "crash-test")
			.header("x-dorset-organisation", "LOCAL_AUTHORITY:838")
			.header("x-dorset-roles", "LA_INCLUSION_OFFICER")
			.header("x-dorset-scopes",
					"schools:write registers:write attendance:read casework:write ehcp:write ehcp:read");
	}

	private HttpRequest gateway(String path, String token) {
		return HttpRequest.newBuilder(URI.create(this.platform.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
	}

	private String attendanceUrl() {
		return this.platform.restUrl("attendance");
	}

	private JsonNode read(HttpRequest request) throws Exception {
		HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(request.uri() + ": " + answer.body()).isEqualTo(200);
		return read(answer);
	}

	private JsonNode read(HttpResponse<String> answer) {
		return this.json.readTree(answer.body());
	}

	private void expectOk(HttpRequest request) throws Exception {
		HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(request.uri() + ": " + answer.body()).isBetween(200, 299);
	}

	/** One step of a client's work; false when the service went away. */
	@FunctionalInterface
	private interface Step {

		boolean run(int k) throws Exception;

	}

	/** A client writing (or reading) step after step until the kill. */
	private final class Writer implements Runnable {

		private final String name;

		private final Step step;

		private final AtomicInteger acknowledged = new AtomicInteger();

		private volatile Throwable failure;

		Writer(String name, Step step) {
			this.name = name;
			this.step = step;
		}

		@Override
		public void run() {
			try {
				for (int k = 0; !CrashRecoveryIT.this.killed; k++) {
					if (!this.step.run(k)) {
						return;
					}
					this.acknowledged.incrementAndGet();
				}
			}
			catch (Throwable ex) {
				if (!CrashRecoveryIT.this.killed) {
					this.failure = ex;
				}
			}
		}

	}

	/**
	 * The writes sent to one record by its one client, in order: the record may hold the
	 * last acknowledged one, or the one after it that was still unanswered at the kill.
	 */
	private static final class History<T> {

		private final List<T> sent = new ArrayList<>();

		private int acknowledged;

		/** Starts with the record's acknowledged first state. */
		History(T first) {
			this.sent.add(first);
			this.acknowledged = 1;
		}

		synchronized void sending(T content) {
			this.sent.add(content);
		}

		synchronized void acknowledge() {
			this.acknowledged = this.sent.size();
		}

		synchronized T last() {
			return this.sent.get(this.sent.size() - 1);
		}

		/** Writes acknowledged after the first state. */
		synchronized int acknowledged() {
			return this.acknowledged - 1;
		}

		/** Writes sent after the first state. */
		synchronized int sent() {
			return this.sent.size() - 1;
		}

		synchronized List<T> possible() {
			return this.sent.subList(this.acknowledged - 1, this.sent.size())
				.stream()
				.filter(Objects::nonNull)
				.distinct()
				.collect(Collectors.toList());
		}

	}

	/** An import as sent, and what was seen of it before the kill. */
	private static final class Import {

		private final String key;

		private final String csv;

		private final int rows;

		private final List<LocalDate> dates;

		private volatile String jobId;

		/** Its job was seen completed. */
		private volatile boolean seenComplete;

		/** ... and a later write was acknowledged after that. */
		private volatile boolean confirmedComplete;

		Import(String key, String csv, int rows, List<LocalDate> dates) {
			this.key = key;
			this.csv = csv;
			this.rows = rows;
			this.dates = dates;
		}

	}

}
