package uk.gov.dorsetcouncil.edu.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.Api.Response;
import uk.gov.dorsetcouncil.edu.attendance.support.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.Api.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Bulk imports (JSON and CSV jobs), roll characteristics and the measures endpoints on a
 * running service with the in-memory store. "Today" is Monday 23 November 2026. Imports
 * are limited to 4,000 bytes here so that the 413 can be tested cheaply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.attendance.import.max-bytes=4000" })
@Import(FixedClock.class)
class ImportApiIT {

	private static final AtomicInteger NEXT_SCHOOL = new AtomicInteger(210001);

	private static final AtomicInteger NEXT_PUPIL = new AtomicInteger(600);

	@LocalServerPort
	int port;

	private Api api;

	private String urn;

	private String pupil;

	@BeforeEach
	void aSchoolWithAPupil() {
		this.api = new Api(this.port);
		this.urn = String.valueOf(NEXT_SCHOOL.getAndIncrement());
		this.api.registerSchool(this.urn, "Test School", "WEST");
		this.pupil = upn(NEXT_PUPIL.getAndIncrement());
		Response put = this.api.put("/schools/" + this.urn + "/pupils/" + this.pupil, LA,
				"{\"familyName\":\"Pupil\",\"givenName\":\"Test\",\"dateOfBirth\":\"2016-05-04\",\"yearGroup\":5,"
						+ "\"sex\":\"F\",\"admissionDate\":\"2026-11-02\",\"freeSchoolMeals\":true,"
						+ "\"senProvision\":\"K\",\"ethnicity\":\"WROM\",\"youngCarer\":true}");
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.body().path("ethnicity").asString()).isEqualTo("WROM");
		assertThat(put.body().path("returnsRecorded").get(0).path("kind").asString()).isEqualTo("NEW_PUPIL");
		assertThat(put.body().path("returnsRecorded").get(0).path("dueBy").asString()).isEqualTo("2026-11-07");
	}

	@Test
	void aJsonImportRunsAsAJobThatSaysExactlyWhatWasStored() {
		String body = "{\"registers\":[{\"urn\":\"" + this.urn + "\",\"date\":\"2026-11-16\",\"session\":\"AM\","
				+ "\"marks\":[{\"upn\":\"" + this.pupil + "\",\"code\":\"/\"}]},{\"urn\":\"" + this.urn
				+ "\",\"date\":\"2026-11-16\",\"session\":\"PM\",\"marks\":[{\"upn\":\"" + this.pupil
				+ "\",\"code\":\"H\"},{\"upn\":\"" + upn(999) + "\",\"code\":\"\\\\\"}]}]}";
		Response accepted = this.api.post("/imports", LA, "application/json", body);
		assertThat(accepted.status()).isEqualTo(202);
		assertThat(this.api.lastLocation())
			.isEqualTo("/api/v1/attendance/imports/" + accepted.body().path("id").asString());
		JsonNode job = finished(accepted.body().path("id").asString());
		assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.path("rowsRead").asLong()).isEqualTo(3);
		assertThat(job.path("rowsStored").asLong()).isEqualTo(1);
		assertThat(job.path("rowsRejected").asLong()).isEqualTo(2);
		assertThat(job.path("rejections").get(0).path("row").asLong()).isEqualTo(2);
		assertThat(job.path("rejections").get(0).path("field").asString()).isEqualTo("code");
		assertThat(job.path("rejections").get(1).path("row").asLong()).isEqualTo(3);
		assertThat(job.path("rejections").get(1).path("field").asString()).isEqualTo("upn");
		Response page = this.api.get("/imports/" + job.path("id").asString() + "/rejections?page=0&size=1", LA);
		assertThat(page.body().path("items")).hasSize(1);
		assertThat(page.body().path("total").asLong()).isEqualTo(2);
		assertThat(this.api.lastLink()).contains("rejections?page=1&size=1>; rel=\"next\"");
	}

	/** Issue 13: the afternoon's present mark was accepted in a morning register. */
	@Test
	void aPresentMarkOfTheOtherSessionIsRejectedAndNothingIsStored() {
		String csv = "URN,UPN,Date,Session,Code\n" + this.urn + "," + this.pupil + ",2026-11-16,AM,\\\n" + this.urn
				+ "," + this.pupil + ",2026-11-16,PM,/\n";
		JsonNode job = finished(this.api.post("/imports", LA, "text/csv", csv).body().path("id").asString());
		assertThat(job.path("rowsStored").asLong()).isZero();
		assertThat(job.path("rowsRejected").asLong()).isEqualTo(2);
		assertThat(job.path("rejections").get(0).path("field").asString()).isEqualTo("code");
		assertThat(job.path("rejections").get(0).path("reason").asString())
			.isEqualTo("code '\\' is the present mark of the PM session; the AM session's is '/'");
		assertThat(job.path("rejections").get(1).path("field").asString()).isEqualTo("code");
		Response attendance = this.api.get("/pupils/" + this.pupil + "/attendance", LA);
		assertThat(attendance.body().path("combined").path("possibleSessions").asInt()).isZero();
	}

	@Test
	void aCsvImportWithTheSameIdempotencyKeyIsTheSameJob() {
		String csv = "URN,UPN,Date,Session,Code\n" + this.urn + "," + this.pupil + ",2026-11-17,AM,I\n" + this.urn + ","
				+ this.pupil + ",2026-11-17,PM,I\n";
		Response first = this.api.post("/imports", LA, "text/csv", csv, "Idempotency-Key", "mis-export-1");
		Response retry = this.api.post("/imports", LA, "text/csv", csv, "Idempotency-Key", "mis-export-1");
		assertThat(retry.status()).isEqualTo(202);
		assertThat(retry.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
		JsonNode job = finished(first.body().path("id").asString());
		assertThat(job.path("rowsStored").asLong()).isEqualTo(2);
		assertThat(job.path("source").asString()).isEqualTo("CSV");
		Response reused = this.api.post("/imports", LA, "text/csv", csv.replace(",I\n", ",M\n"), "Idempotency-Key",
				"mis-export-1");
		assertThat(reused.status()).isEqualTo(409);
		Response attendance = this.api.get("/pupils/" + this.pupil + "/attendance", LA);
		assertThat(attendance.body().path("combined").path("sessionsByCode").path("I").asInt()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			an unclosed quote             | 400 | urn,upn,date,session,code\\n113001,"A80,2026-11-17,AM,I\\n
			a row with too many cells     | 400 | urn,upn,date,session,code\\n1,2,3,4,5\\n1,2,3,4,5,6\\n
			a header without the columns  | 400 | urn,pupil,date,session,code\\n1,2,3,4,5\\n
			no rows at all                | 400 | urn,upn,date,session,code\\n
			""")
	void malformedCsvIsRefusedWholeWithTheRow(String description, int status, String csv) {
		Response refused = this.api.post("/imports", LA, "text/csv", csv.replace("\\n", "\n"));
		assertThat(refused.status()).isEqualTo(status);
		assertThat(refused.body().path("type").asString()).isEqualTo("/problems/invalid-input");
		assertThat(refused.fields()).isNotEmpty();
	}

	@Test
	void anOversizedImportIs413AndNothingIsAccepted() {
		StringBuilder csv = new StringBuilder("urn,upn,date,session,code\n");
		while (csv.length() <= 4000) {
			csv.append(this.urn).append(',').append(this.pupil).append(",2026-11-18,AM,/\n");
		}
		Response refused = this.api.post("/imports", LA, "text/csv", csv.toString());
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.body().path("type").asString()).isEqualTo("/problems/payload-too-large");
	}

	@Test
	void importsNeedTheScopeAndAreSeenOnlyByTheirOrganisation() {
		Response noScope = this.api.post("/imports", Api.school(this.urn, "attendance:read"), "text/csv",
				"urn,upn,date,session,code\n");
		assertThat(noScope.status()).isEqualTo(403);
		Response accepted = this.api.post("/imports", Api.school(this.urn, "registers:write"), "text/csv",
				"urn,upn,date,session,code\n" + this.urn + "," + this.pupil + ",2026-11-19,AM,/\n");
		assertThat(accepted.status()).isEqualTo(202);
		Response otherSchool = this.api.get("/imports/" + accepted.body().path("id").asString(),
				Api.school("113999", "registers:write"));
		assertThat(otherSchool.status()).isEqualTo(403);
	}

	@Test
	void measuresAreLabelledPaginatedAndScoped() {
		this.api.post("/imports", LA, "text/csv",
				"urn,upn,date,session,code\n" + this.urn + "," + this.pupil + ",2026-11-20,AM,G\n");
		Response school = this.api.get("/measures/schools/" + this.urn + "?year=2026/27&scope=ALL_PUPILS", LA);
		assertThat(school.status()).isEqualTo(200);
		assertThat(school.body().path("basis").asString()).isEqualTo("academic year to date");
		assertThat(school.body().path("asOf").asString()).isNotEmpty();
		Response cohort = this.api.get("/measures/cohorts/GYPSY_ROMA_TRAVELLER?year=2026/27&publishable=true", LA);
		assertThat(cohort.status()).isEqualTo(200);
		assertThat(cohort.body().path("suppressed").asBoolean()).isTrue();
		assertThat(this.api.get("/measures/schools?size=101", LA).status()).isEqualTo(400);
		Response schools = this.api.get("/measures/schools?locality=WEST&size=100", LA);
		assertThat(schools.status()).isEqualTo(200);
		assertThat(schools.body().path("summary").path("areaType").asString()).isEqualTo("LOCALITY");
		assertThat(schools.body().path("items").size()).isEqualTo(schools.body().path("total").asInt());
		assertThat(this.api.lastLink()).contains("locality=WEST&page=0&size=100>; rel=\"first\"");
		assertThat(this.api.get("/measures/local-authority", Api.school(this.urn, "attendance:read")).status())
			.isEqualTo(403);
		assertThat(this.api.get("/measures/trends?urn=" + this.urn, Api.school(this.urn, "attendance:read")).status())
			.isEqualTo(200);
	}

	private JsonNode finished(String id) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (true) {
			JsonNode job = this.api.get("/imports/" + id, LA).body();
			String status = job.path("status").asString();
			if (status.equals("COMPLETED") || status.equals("FAILED") || Instant.now().isAfter(deadline)) {
				return job;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return job;
			}
		}
	}

}
