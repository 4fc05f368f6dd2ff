package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.synthetic.exclusion.GeneratedExclusion;
import uk.gov.dorsetcouncil.edu.synthetic.timetable.GeneratedTimetable;
import uk.gov.dorsetcouncil.edu.synthetic.register.GeneratedRegisterEntry;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.send.GeneratedAssessment;

/**
 * Loads a generated county through the gateway, with the API and tokens a school's MIS
 * and the LA would use: the LA records the schools; each school's MIS (a partner client
 * with its own secret) records its INSET days, its roll with the pupils' characteristics,
 * and sends its registers as a bulk import; a SEND caseworker records the EHC plans of
 * the pupils who have one; each school's DSL records its suspensions and permanent
 * exclusions and the notices and sixth-day provision it gave on time; a SEND caseworker a
 * year of requests for EHC needs assessments and the steps taken; the data protection
 * team records two data-sharing agreements.
 */
public final class DemoLoader {

	/** Schools load side by side; each is its own client with its own rate limit. */
	private static final int THREADS = 4;

	private static final int MAX_RATE_LIMITED_RETRIES = 30;

	private static final Duration IMPORT_WITHIN = Duration.ofMinutes(5);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.shared();

	private final String gateway;

	private final DevTokenIssuer issuer;

	public DemoLoader(String gatewayUrl, DevTokenIssuer issuer) {
		this.gateway = gatewayUrl;
		this.issuer = issuer;
	}

	public record Loaded(int schools, int pupils, int closures, int registers, int marks, int plans, int exclusions,
			int partTimeTimetables, boolean alreadyThere, int assessments) {
	}

	/** Loads the county unless it is already there (a restart keeps what was loaded). */
	public Loaded load(County county) throws Exception {
		String la = this.issuer.tokenFor("la-inclusion-officer", null);
		String first = county.schools().get(0).urn();
		if (send("GET", "/api/v1/attendance/schools/" + first, la, null).statusCode() == 200) {
			return new Loaded(0, 0, 0, 0, 0, 0, 0, 0, true, 0);
		}
		for (School school : county.schools()) {
			expectOk(send("PUT", "/api/v1/attendance/schools/" + school.urn(), la, County.schoolRecord(school)));
		}
		AtomicInteger pupils = new AtomicInteger();
		AtomicInteger closures = new AtomicInteger();
		AtomicInteger registers = new AtomicInteger();
		AtomicInteger marks = new AtomicInteger();
		List<Callable<Void>> work = new ArrayList<>();
		for (School school : county.schools()) {
			work.add(() -> {
				String mis = clientToken(PartnerClient.schoolMis(school.urn()).clientId());
				closures.addAndGet(loadClosures(county, school, mis));
				pupils.addAndGet(loadRoll(county, school, mis));
				int[] sent = importRegisters(county, school, mis);
				registers.addAndGet(sent[0]);
				marks.addAndGet(sent[1]);
				return null;
			});
		}
		runAll(work);
		int plans = loadPlans(county);
		int exclusions = loadExclusions(county);
		int timetables = loadPartTimeTimetables(county);
		int assessments = loadAssessments(county);
		String transportOfficer = this.issuer.tokenFor("transport-officer", null);
		DemoTransport.load(this, DemoEligibility.load(this, county, transportOfficer), transportOfficer);
		loadHomeEducation(county);
		DemoProvision.load(this, county, this.issuer);
		loadAgreements();
		DemoEncompass.load(this, county, java.time.Instant.now());
		DemoEncompass.registerWebhook(this, this.issuer.tokenFor("school-dsl", null));
		DemoPledges.load(this, this.issuer, county.schools());
		return new Loaded(county.schools().size(), pupils.get(), closures.get(), registers.get(), marks.get(), plans,
				exclusions, timetables, false, assessments);
	}

	/** The school's INSET days, as closures in its calendar, before any register. */
	private int loadClosures(County county, School school, String token) throws IOException, InterruptedException {
		for (LocalDate day : county.insetDays(school)) {
			expectOk(send("PUT", "/api/v1/attendance/schools/" + school.urn() + "/closures/" + day, token,
					Map.of("reason", "INSET")));
		}
		return county.insetDays(school).size();
	}

	private int loadRoll(County county, School school, String token) throws IOException, InterruptedException {
		List<Pupil> roll = county.pupilsOnRollBy(school);
		for (Pupil pupil : roll) {
			expectOk(send("PUT", "/api/v1/attendance/schools/" + school.urn() + "/pupils/" + pupil.upn(), token,
					county.rollRecord(pupil)));
		}
		return roll.size();
	}

	/**
	 * The school's registers as one CSV import, each pupil's marks together so that the
	 * service writes each pupil's year once per chunk (ADR 0008); then waits for the job
	 * and insists that no row was rejected.
	 */
	private int[] importRegisters(County county, School school, String token) throws Exception {
		List<SessionMark> all = county.marks(school).sorted(Comparator.comparing(SessionMark::upn)).toList();
		List<GeneratedTimetable> timetables = county.partTimeTimetables(school);
		if (all.isEmpty()) {
			return new int[] { 0, 0 };
		}
		StringBuilder csv = new StringBuilder(all.size() * 40).append("urn,upn,date,session,code\n");
		Set<String> registers = new HashSet<>();
		for (SessionMark mark : all) {
			csv.append(mark.urn())
				.append(',')
				.append(mark.upn())
				.append(',')
				.append(mark.date())
				.append(',')
				.append(mark.session().name())
				.append(',')
				.append(DemoProvision.code(mark, timetables))
				.append('\n');
			registers.add(mark.date() + mark.session().name());
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.gateway + "/api/v1/attendance/imports"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/csv")
			.header("Idempotency-Key", "local-registers-" + county.scale().name() + "-" + school.urn())
			.POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
			.build();
		HttpResponse<String> submitted = sendWithRetries(request);
		expectOk(submitted);
		String location = submitted.headers().firstValue("Location").orElseThrow();
		long deadline = System.nanoTime() + IMPORT_WITHIN.toNanos();
		JsonNode job = read(submitted);
		while (!List.of("COMPLETED", "FAILED").contains(job.at("/status").asString())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("import for " + school.urn() + " not finished: " + job);
			}
			Thread.sleep(200);
			HttpResponse<String> polled = send("GET", location, token, null);
			expectOk(polled);
			job = read(polled);
		}
		if (!job.at("/status").asString().equals("COMPLETED") || job.at("/rowsRejected").asLong() != 0) {
			throw new IllegalStateException("registers of " + school.urn() + " were refused: " + job);
		}
		return new int[] { registers.size(), all.size() };
	}

	private int loadPlans(County county) throws Exception {
		String caseworker = this.issuer.tokenFor("send-caseworker", null);
		LocalDate today = LocalDate.now();
		AtomicInteger plans = new AtomicInteger();
		List<Callable<Void>> work = new ArrayList<>();
		for (School school : county.schools()) {
			work.add(() -> {
				for (Pupil pupil : county.pupilsOnRollBy(school)) {
					if (County.hasEhcPlan(pupil)) {
						Map<String, Object> planBody = County.ehcPlanRecord(pupil, county.scale().to());
						List<LocalDate> held = County.ehcPlanReviews(pupil, county.scale().to());
						LocalDate last = held.isEmpty() ? null : held.get(held.size() - 1);
						boolean replay = last != null && !last.isAfter(today);
						if (replay) {
							// the last review goes through the review endpoints below
							planBody.put("lastReviewDate",
									(held.size() > 1) ? held.get(held.size() - 2).toString() : null);
						}
						expectOk(send("PUT", "/api/v1/send/ehc-plans/" + pupil.upn(), caseworker, planBody));
						expectOk(send("PUT", "/api/v1/send/ehc-plans/" + pupil.upn() + "/sections", caseworker,
								county.ehcPlanSections(pupil)));
						if (replay) {
							replayReview(caseworker, pupil.upn(), last, today);
						}
						plans.incrementAndGet();
					}
				}
				return null;
			});
		}
		runAll(work);
		return plans.get();
	}

	/**
	 * The plan's last annual review as a caseworker records it (ADR 0034): arranged for
	 * the day it was held, the meeting held that day, the plan maintained two weeks later
	 * (or today, if sooner), so that the share of reviews on time has the demo's reviews.
	 */
	private void replayReview(String caseworker, String upn, LocalDate meeting, LocalDate today)
			throws IOException, InterruptedException {
		HttpResponse<String> arranged = send("POST", "/api/v1/send/ehc-plans/" + upn + "/reviews", caseworker,
				Map.of("meetingOn", meeting.toString()), "demo-review-" + upn + "-" + meeting);
		expectOk(arranged);
		String id = read(arranged).at("/id").asString();
		expectOk(send("PUT", "/api/v1/send/reviews/" + id + "/steps/REVIEW_MEETING", caseworker,
				Map.of("doneOn", meeting.toString())));
		LocalDate decided = meeting.plusWeeks(2).isAfter(today) ? today : meeting.plusWeeks(2);
		expectOk(send("PUT", "/api/v1/send/reviews/" + id + "/decision", caseworker,
				Map.of("decidedOn", decided.toString(), "outcome", "MAINTAIN")));
	}

	/**
	 * Each school's suspensions and permanent exclusions, recorded by its DSL with a
	 * retry key, then the steps the school did on time: its notices on the first day,
	 * sixth-day provision on the sixth day (the rest are left for the deadlines view to
	 * show).
	 */
	private int loadExclusions(County county) throws Exception {
		AtomicInteger recorded = new AtomicInteger();
		List<Callable<Void>> work = new ArrayList<>();
		LocalDate today = LocalDate.now();
		for (School school : county.schools()) {
			work.add(() -> {
				String dsl = this.issuer.tokenFor("school-dsl", school.urn());
				for (GeneratedExclusion exclusion : county.exclusions(school)) {
					HttpResponse<String> answer = send("POST", "/api/v1/belonging/exclusions", dsl,
							County.exclusionRecord(exclusion), exclusion.key());
					expectOk(answer);
					recorded.incrementAndGet();
					JsonNode held = read(answer);
					for (JsonNode step : held.at("/steps")) {
						String kind = step.at("/kind").asString();
						LocalDate due = LocalDate.parse(step.at("/dueDate").asString());
						boolean notice = kind.endsWith("_NOTICE") && exclusion.noticesOnTime();
						boolean provision = kind.equals("SIXTH_DAY_PROVISION") && exclusion.provisionOnTime();
						if ((notice || provision) && !due.isAfter(today)) {
							expectOk(send("PUT",
									"/api/v1/belonging/exclusions/" + held.at("/id").asString() + "/steps/" + kind, dsl,
									Map.of("doneOn", due.toString())));
						}
					}
				}
				return null;
			});
		}
		runAll(work);
		return recorded.get();
	}

	/**
	 * A year of requests for EHC needs assessments, recorded by a SEND caseworker with a
	 * retry key, then each step on the day it was taken, in the order the law takes them
	 * (an exception while the assessment is open); steps not taken are left for the
	 * queues and the deadlines view to show.
	 */
	private int loadAssessments(County county) throws Exception {
		String caseworker = this.issuer.tokenFor("send-caseworker", null);
		int recorded = 0;
		for (GeneratedAssessment a : county.assessments()) {
			HttpResponse<String> answer = send("POST", "/api/v1/send/assessments", caseworker,
					County.assessmentRecord(a), a.key());
			expectOk(answer);
			recorded++;
			String at = "/api/v1/send/assessments/" + read(answer).at("/id").asString();
			if (a.decidedOn() == null) {
				continue;
			}
			expectOk(send("PUT", at + "/steps/DECISION_TO_ASSESS", caseworker,
					Map.of("doneOn", a.decidedOn().toString(), "outcome", a.assess() ? "ASSESS" : "REFUSE")));
			for (Map.Entry<String, GeneratedAssessment.Advice> advice : a.advice().entrySet()) {
				expectOk(send("PUT", at + "/advice-requests/" + advice.getKey(), caseworker,
						Map.of("requestedOn", advice.getValue().askedOn().toString())));
				if (advice.getValue().answeredOn() != null) {
					expectOk(send("PUT", at + "/steps/ADVICE_" + advice.getKey(), caseworker,
							Map.of("doneOn", advice.getValue().answeredOn().toString())));
				}
			}
			if (a.exception() != null) {
				expectOk(send("POST", at + "/exceptions", caseworker,
						Map.of("kind", a.exception().kind(), "from", a.exception().from().toString(), "to",
								a.exception().to().toString(), "evidence", a.exception().evidence()),
						a.key() + ":exception"));
			}
			String[][] steps = { { "DECISION_TO_ISSUE", date(a.issueDecidedOn()) }, { "DRAFT_PLAN", date(a.draftOn()) },
					{ "DRAFT_COMMENTS", date(a.commentsOn()) }, { "SCHOOL_CONSULTATION", date(a.consultationOn()) },
					{ "FINAL_PLAN", date(a.finalOn()) } };
			for (String[] step : steps) {
				if (step[1] == null) {
					break;
				}
				Map<String, Object> done = new java.util.HashMap<>(Map.of("doneOn", step[1]));
				if (step[0].equals("DECISION_TO_ISSUE")) {
					done.put("outcome", a.issue() ? "ISSUE" : "NOT_ISSUE");
				}
				expectOk(send("PUT", at + "/steps/" + step[0], caseworker, done));
			}
		}
		return recorded;
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	/**
	 * Each school's part-time timetables agreed by today, recorded by its DSL with a
	 * retry key, then the reviews it kept up to today (the rest show as overdue).
	 */
	private int loadPartTimeTimetables(County county) throws Exception {
		AtomicInteger recorded = new AtomicInteger();
		List<Callable<Void>> work = new ArrayList<>();
		LocalDate today = LocalDate.now();
		for (School school : county.schools()) {
			work.add(() -> {
				String dsl = this.issuer.tokenFor("school-dsl", school.urn());
				for (GeneratedTimetable timetable : county.partTimeTimetables(school)) {
					if (timetable.parentAgreedOn().isAfter(today)) {
						continue;
					}
					HttpResponse<String> answer = send("POST", "/api/v1/belonging/part-time-timetables", dsl,
							County.timetableRecord(timetable), timetable.key());
					expectOk(answer);
					recorded.incrementAndGet();
					String id = read(answer).at("/id").asString();
					for (LocalDate review : timetable.reviewsDone()) {
						if (!review.isAfter(today)) {
							expectOk(send("PUT", "/api/v1/belonging/part-time-timetables/" + id + "/reviews", dsl,
									Map.of("reviewedOn", review.toString())));
						}
					}
				}
				return null;
			});
		}
		runAll(work);
		return recorded.get();
	}

	/**
	 * Each home-education notice, opened on the EHE register by the EHE and CME officer
	 * with a retry key (ADR 0030); CME entries need no loading: belonging opens them from
	 * the deletion returns in the rolls above.
	 */
	private int loadHomeEducation(County county) throws Exception {
		AtomicInteger opened = new AtomicInteger();
		String officer = this.issuer.tokenFor("ehe-cme-officer", null);
		LocalDate today = LocalDate.now();
		List<Callable<Void>> work = new ArrayList<>();
		for (School school : county.schools()) {
			work.add(() -> {
				for (GeneratedRegisterEntry entry : county.registerEntries(school)) {
					if (entry.kind().equals(GeneratedRegisterEntry.HOME_EDUCATION)
							&& !entry.openedOn().isAfter(today)) {
						expectOk(send("POST", "/api/v1/belonging/registers/entries", officer,
								County.homeEducationRecord(entry), entry.key()));
						opened.incrementAndGet();
					}
				}
				return null;
			});
		}
		runAll(work);
		return opened.get();
	}

	/**
	 * Two data-sharing agreements, so the police and NHS personas can see what an
	 * agreement releases (and nothing more).
	 */
	void loadAgreements() throws IOException, InterruptedException {
		String admin = this.issuer.tokenFor("agreements-admin", null);
		expectOk(send("PUT", "/api/v1/agreements/DSA-OPERATION-ENCOMPASS", admin,
				Map.of("title", "Operation Encompass: Dorset Police and Dorset schools", "parties",
						List.of("POLICE:DORSET"), "purposes", List.of("OPERATION_ENCOMPASS"), "lawfulBasis",
						"Domestic Abuse Act 2021 s49A; UK GDPR Art 6(1)(e); DPA 2018 Sch 1 para 18 (safeguarding)",
						"dataItems", List.of("ATTENDANCE"), "start", "2025-11-07", "expiry", "2027-11-06")));
		expectOk(send("PUT", "/api/v1/agreements/DSA-EHC-HEALTH-ADVICE", admin, Map.of("title",
				"Health advice for EHC needs assessments: NHS Dorset", "parties", List.of("HEALTH:NHS-DORSET"),
				"purposes", List.of("EHC_HEALTH_ADVICE"), "lawfulBasis",
				"Children and Families Act 2014 s36; SEND Regulations 2014 reg 6; UK GDPR Art 6(1)(e), Art 9(2)(h)",
				"dataItems", List.of("EHC_PLAN", "ATTENDANCE"), "start", "2026-01-01", "expiry", "2027-03-31")));
	}

	/** A partner client's token, by the client-credentials grant, as its system would. */
	String clientToken(String clientId) throws IOException, InterruptedException {
		String secret = this.issuer.clientSecrets().get(clientId);
		String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
				+ "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		expectOk(response);
		return read(response).at("/access_token").asString();
	}

	HttpResponse<String> send(String method, String path, String token, Object body)
			throws IOException, InterruptedException {
		return send(method, path, token, body, null);
	}

	/** With an {@code Idempotency-Key} when {@code key} is not null. */
	HttpResponse<String> send(String method, String path, String token, Object body, String key)
			throws IOException, InterruptedException {
		return send(method, path, token, body, key, Map.of());
	}

	/** With these headers too (a purpose and an agreement, for a partner). */
	HttpResponse<String> send(String method, String path, String token, Object body, String key,
			Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		headers.forEach(request::header);
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		return sendWithRetries(request.build());
	}

	/** A CSV body posted with an {@code Idempotency-Key}. */
	HttpResponse<String> sendCsv(String path, String token, String csv, String key)
			throws IOException, InterruptedException {
		return sendWithRetries(HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("Idempotency-Key", key)
			.header("Content-Type", "text/csv; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build());
	}

	private HttpResponse<String> sendWithRetries(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		// A well-behaved client waits as long as the gateway's rate limit asks, then
		// tries again.
		for (int attempt = 1; response.statusCode() == 429 && attempt <= MAX_RATE_LIMITED_RETRIES; attempt++) {
			long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
			Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)));
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		return response;
	}

	JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private static void runAll(List<Callable<Void>> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Void>> running = pool.invokeAll(work);
			for (Future<Void> future : running) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static void expectOk(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("data was refused: " + response.request().method() + " "
					+ response.request().uri() + " -> " + response.statusCode() + " " + response.body());
		}
	}

}
