package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data through the gateway, with the same API and tokens a school or the
 * LA would use: schools and rolls, then registers, then a few EHC plans.
 */
public final class DemoLoader {

	private static final int THREADS = 3;

	private static final int MAX_RATE_LIMITED_RETRIES = 30;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.shared();

	private final String gateway;

	private final DevTokenIssuer issuer;

	public DemoLoader(String gatewayUrl, DevTokenIssuer issuer) {
		this.gateway = gatewayUrl;
		this.issuer = issuer;
	}

	public record Loaded(int schools, int pupils, int registers, int marks, int plans, boolean alreadyThere) {
	}

	/** Loads the data unless it is already there (a restart keeps what was loaded). */
	public Loaded load(DemoData data) throws Exception {
		String la = this.issuer.tokenFor("la-inclusion-officer", null);
		if (send("GET", "/api/v1/attendance/schools/" + DemoData.FIRST_SCHOOL_URN, la, null).statusCode() == 200) {
			return new Loaded(0, 0, 0, 0, 0, true);
		}
		for (DemoData.School school : data.schools()) {
			expectOk(send("PUT", "/api/v1/attendance/schools/" + school.urn(), la, Map.of("laestab", school.laestab(),
					"name", school.name(), "phase", school.phase(), "locality", school.locality())));
		}
		for (DemoData.Pupil pupil : data.pupils()) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("givenName", pupil.givenName());
			body.put("familyName", pupil.familyName());
			body.put("dateOfBirth", pupil.dateOfBirth().toString());
			body.put("yearGroup", pupil.yearGroup());
			body.put("sex", pupil.sex());
			body.put("admissionDate", pupil.admissionDate().toString());
			body.put("leavingDate", (pupil.leavingDate() != null) ? pupil.leavingDate().toString() : null);
			expectOk(send("PUT", "/api/v1/attendance/schools/" + pupil.schoolUrn() + "/pupils/" + pupil.upn(), la,
					body));
		}
		AtomicInteger registers = new AtomicInteger();
		AtomicInteger marks = new AtomicInteger();
		Set<LocalDate> notSchoolDays = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (DemoData.School school : data.schools()) {
				// Each school sends its own registers with its own token, as its MIS
				// would.
				String token = this.issuer.tokenFor("school-attendance-lead", school.urn());
				work.add(pool.submit(() -> {
					for (LocalDate date : data.weekdays()) {
						if (notSchoolDays.contains(date)) {
							continue;
						}
						for (boolean morning : new boolean[] { true, false }) {
							List<DemoData.Mark> register = data.register(school, date, morning);
							HttpResponse<String> response = send("PUT", "/api/v1/attendance/schools/" + school.urn()
									+ "/registers/" + date + "/" + (morning ? "AM" : "PM"), token,
									Map.of("marks", register));
							if (response.statusCode() == 422 && response.body().contains("\"date\"")) {
								notSchoolDays.add(date);
								break;
							}
							expectOk(response);
							registers.incrementAndGet();
							marks.addAndGet(register.size());
						}
					}
					return null;
				}));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		int plans = loadPlans(data);
		loadAgreements();
		return new Loaded(data.schools().size(), data.pupils().size(), registers.get(), marks.get(), plans, false);
	}

	private int loadPlans(DemoData data) throws IOException, InterruptedException {
		String caseworker = this.issuer.tokenFor("send-caseworker", null);
		int plans = 0;
		for (DemoData.Pupil pupil : data.pupils()) {
			// About one pupil in thirty has an EHC plan in the demo (Dorset: about 3,900
			// of 75,000 children).
			if (Math.floorMod(pupil.upn().hashCode(), 30) != 0 && !pupil.schoolUrn().equals("991010")) {
				continue;
			}
			LocalDate issued = LocalDate.of(2025, 1 + Math.floorMod(pupil.upn().hashCode(), 12), 10);
			expectOk(send("PUT", "/api/v1/send/ehc-plans/" + pupil.upn(), caseworker,
					Map.of("status", "FINAL", "issuedDate", issued.toString(), "namedSchoolUrn", pupil.schoolUrn())));
			plans++;
		}
		return plans;
	}

	/**
	 * Two data-sharing agreements, so the police and NHS personas can see what an
	 * agreement releases (and nothing more).
	 */
	private void loadAgreements() throws IOException, InterruptedException {
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

	HttpResponse<String> send(String method, String path, String token, Object body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		HttpRequest built = request.build();
		HttpResponse<String> response = this.http.send(built, HttpResponse.BodyHandlers.ofString());
		// A well-behaved client waits as long as the gateway's rate limit asks, then
		// tries again.
		for (int attempt = 1; response.statusCode() == 429 && attempt <= MAX_RATE_LIMITED_RETRIES; attempt++) {
			long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
			Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)));
			response = this.http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		return response;
	}

	JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private static void expectOk(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("demo data was refused: " + response.request().method() + " "
					+ response.request().uri() + " -> " + response.statusCode() + " " + response.body());
		}
	}

}
