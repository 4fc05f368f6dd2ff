package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schools' workforce figures through the REST API with the embedded store (ADR 0046): as
 * JSON and CSV, refused with the field named and nothing stored, retried, replaced and
 * kept, and seen only by those who may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"spring.grpc.client.channels.attendance.address=static://localhost:1",
				"dorset.pledge.workforce.schools-expected=20" })
class PledgeWorkforceApiIT {

	static final String SUBMISSIONS = "/api/v1/pledges/workforce/submissions";

	static final String MEASURES = "/api/v1/pledges/workforce/measures?term=2026-27-AUTUMN";

	static final String HEADER = String.join(",", SubmissionInput.FIELDS) + "\n";

	static final Caller GROUP = new Caller("dev-workforce-group", null, Organisation.localAuthority("838"),
			Set.of(WorkforceAccess.WORKING_GROUP), Set.of("pledges:read", "pledges:write"));

	static final Caller ANALYST = new Caller("dev-education-board-analyst", null, Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("pledges:read", "pledges:report"));

	@LocalServerPort
	int port;

	CallerRequests api;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
	}

	static Caller school(String urn) {
		return new Caller("sbm@" + urn, null, Organisation.school(urn), Set.of("SCHOOL_BUSINESS_MANAGER"),
				Set.of("pledges:read", "pledges:write"));
	}

	static String json(String urn, long headcount, long respondents, long agreeing, long tas, long inducted) {
		return "{\"school\":\"" + urn + "\",\"term\":\"2026-27-AUTUMN\",\"headcount\":" + headcount + ",\"fte\":"
				+ (headcount - 5) + ".5,\"respondents\":" + respondents + ",\"agreeWellbeingGood\":" + agreeing
				+ ",\"agreeSafeAndSupported\":" + agreeing + ",\"agreeSupportAccessible\":" + agreeing
				+ ",\"agreeDevelopmentRelevant\":" + agreeing + ",\"agreeGrowthRecognised\":" + agreeing
				+ ",\"stressDaysLost\":40,\"tas\":" + tas + ",\"tasInducted\":" + inducted
				+ ",\"tasCompletedCpd\":5,\"tasCareerProgressed\":1,\"tasPayProgressed\":1,\"vacancies\":4,"
				+ "\"postsFilled\":3,\"leavers\":3}";
	}

	static String row(String urn, String tasInducted) {
		return urn + ",2026-27-autumn,30,25.5,20,15,14,12,13,10,22,10," + tasInducted + ",5,1,1,2,2,1\n";
	}

	RestTestClient.ResponseSpec send(Caller caller, String type, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(caller, SUBMISSIONS)
			.contentType(MediaType.parseMediaType(type));
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.body(body).exchange();
	}

	JsonNode read(RestTestClient.ResponseSpec response) {
		byte[] body = response.expectBody().returnResult().getResponseBody();
		return JsonMapper.shared().readTree(body);
	}

	JsonNode get(Caller caller, String uri, int status) {
		RestTestClient.ResponseSpec response = this.api.get(caller, uri).exchange();
		response.expectStatus().isEqualTo(status);
		return read(response);
	}

	@Test
	void aSchoolSendsJsonAndGetsAReceiptThenReadsItsOwnBesideTheCounty() {
		JsonNode receipt = read(
				send(school("992001"), "application/json", json("992001", 40, 30, 20, 10, 8), null).expectStatus()
					.isCreated())
			.get("receipts")
			.get(0);
		assertThat(receipt.get("school").asString()).isEqualTo("992001");
		assertThat(receipt.get("term").asString()).isEqualTo("2026-27-AUTUMN");
		assertThat(receipt.get("submittedBy").asString()).isEqualTo("sbm@992001");
		assertThat(receipt.get("submittedFor").asString()).isEqualTo("SCHOOL");
		assertThat(receipt.get("digest").asString()).hasSize(64);
		assertThat(receipt.get("receivedAt").asString()).isNotBlank();

		JsonNode held = get(school("992001"), SUBMISSIONS + "/" + receipt.get("id").asString(), 200);
		assertThat(held.at("/figures/tasInducted").asLong()).isEqualTo(8);
		assertThat(held.at("/receipt/digest").asString()).isEqualTo(receipt.get("digest").asString());
		get(school("992002"), SUBMISSIONS + "/" + receipt.get("id").asString(), 403);
		get(ANALYST, SUBMISSIONS + "/" + receipt.get("id").asString(), 403);
		assertThat(get(GROUP, SUBMISSIONS + "/" + receipt.get("id").asString(), 200).at("/figures/headcount").asLong())
			.isEqualTo(40);

		JsonNode own = get(school("992001"), MEASURES, 200);
		assertThat(own.at("/school/school").asString()).isEqualTo("992001");
		JsonNode inducted = measure(own.at("/school/figures"), "TAS_INDUCTED");
		assertThat(inducted.get("value").asDouble()).isEqualTo(80.0);
		assertThat(inducted.get("numerator").asLong()).isEqualTo(8);
		assertThat(inducted.get("denominator").asLong()).isEqualTo(10);
		assertThat(own.get("schoolsExpected").asInt()).isEqualTo(20);
		get(school("992001"), MEASURES + "&school=992002", 403);
		get(ANALYST, MEASURES + "&school=992001", 403);
		assertThat(get(ANALYST, MEASURES, 200).get("school").isNull()).isTrue();
	}

	@Test
	void theCountysFiguresAreMadeOfEverySchoolsLatestWithTheirParts() {
		JsonNode before = get(ANALYST, MEASURES, 200);
		int already = before.get("schoolsSubmitted").asInt();
		String[] schools = { "993001", "993002", "993003" };
		for (String urn : schools) {
			send(school(urn), "application/json", json(urn, 50, 40, 30, 20, 15), null).expectStatus().isCreated();
		}
		JsonNode after = get(ANALYST, MEASURES, 200);
		assertThat(after.get("schoolsSubmitted").asInt()).isEqualTo(already + 3);
		assertThat(after.get("provenance").asString())
			.startsWith("from school submissions, " + (already + 3) + " of 20 schools, as of ");
		JsonNode wellbeing = measure(after.get("county"), "WELLBEING_GOOD");
		assertThat(wellbeing.get("state").asString()).isEqualTo("AVAILABLE");
		assertThat(wellbeing.get("value").asDouble())
			.isEqualTo(Math.round(1000.0 * wellbeing.get("numerator").asLong() / wellbeing.get("denominator").asLong())
					/ 10.0);
		assertThat(after.get("school").isNull()).isTrue();
	}

	@Test
	void csvRowsAreReceivedAndAWrongCellIsNamedByRowAndColumnWithNothingStored() {
		Caller group = GROUP;
		JsonNode refused = read(
				send(group, "text/csv", HEADER + row("994001", "8") + row("994002", "11") + row("994003", "x"), null)
					.expectStatus()
					.isBadRequest());
		assertThat(fields(refused)).containsExactlyInAnyOrder("rows[2].tasInducted", "rows[3].tasInducted");
		assertThat(get(group, MEASURES + "&school=994001", 200).at("/school/submission").isNull()).isTrue();

		JsonNode receipts = read(
				send(group, "text/csv; charset=utf-8", HEADER + row("994001", "8") + row("994002", "9"), null)
					.expectStatus()
					.isCreated())
			.get("receipts");
		assertThat(receipts).hasSize(2);
		assertThat(receipts.get(1).get("submittedFor").asString()).isEqualTo("LOCAL_AUTHORITY");

		JsonNode header = read(send(group, "text/csv",
				HEADER.replace("\n", ",teacherName\n") + row("994001", "8").replace("\n", ",Jo\n"), null)
			.expectStatus()
			.isBadRequest());
		assertThat(header.at("/errors/0/field").asString()).isEqualTo("header");
		assertThat(header.at("/errors/0/detail").asString()).contains("teacherName");
	}

	@Test
	void refusalsNameTheFieldAndStoreNothing() {
		Caller school = school("995001");
		JsonNode parts = read(send(school, "application/json", json("995001", 40, 41, 42, 10, 11), null).expectStatus()
			.isBadRequest());
		assertThat(fields(parts)).contains("respondents", "tasInducted");
		JsonNode unknown = read(send(school, "application/json",
				json("995001", 40, 30, 20, 10, 8).replace("{", "{\"staffName\":\"Jo Bloggs\","), null)
			.expectStatus()
			.isBadRequest());
		assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("staffName");
		JsonNode other = read(
				send(school, "application/json", json("995002", 40, 30, 20, 10, 8), null).expectStatus().isForbidden());
		assertThat(other.at("/errors/0/field").asString()).isEqualTo("school");
		send(ANALYST, "application/json", json("995001", 40, 30, 20, 10, 8), null).expectStatus().isForbidden();
		send(school, "text/plain", "hello", null).expectStatus().isBadRequest();
		send(school, "application/json", json("995001", 40, 30, 20, 10, 8).replace("2026-27-AUTUMN", "2027-28-AUTUMN"),
				null)
			.expectStatus()
			.isBadRequest();
		assertThat(get(school, MEASURES, 200).at("/school/submission").isNull()).isTrue();
	}

	@Test
	void aRetryIsAnsweredOnceAndAResubmissionReplacesTheFirstWhichIsKept() {
		Caller school = school("996001");
		String body = json("996001", 40, 30, 20, 10, 8);
		JsonNode first = read(send(school, "application/json", body, "wf-996001-1").expectStatus().isCreated());
		JsonNode retried = read(send(school, "application/json", body, "wf-996001-1").expectStatus().isCreated());
		assertThat(retried).isEqualTo(first);
		String firstId = first.at("/receipts/0/id").asString();

		JsonNode second = read(
				send(school, "application/json", json("996001", 40, 30, 20, 10, 9), "wf-996001-2").expectStatus()
					.isCreated());
		assertThat(second.at("/receipts/0/replaces").asString()).isEqualTo(firstId);
		String secondId = second.at("/receipts/0/id").asString();

		JsonNode old = get(school, SUBMISSIONS + "/" + firstId, 200);
		assertThat(old.get("replacedBy").asString()).isEqualTo(secondId);
		assertThat(old.get("history")).hasSize(2);
		JsonNode own = get(school, MEASURES, 200);
		assertThat(own.at("/school/submission").asString()).isEqualTo(secondId);
		assertThat(measure(own.at("/school/figures"), "TAS_INDUCTED").get("numerator").asLong()).isEqualTo(9);
	}

	@Test
	void theWorkforcePledgesMeasureReadsTheCountysFigureWithItsProvenance() {
		for (String urn : new String[] { "997001", "997002", "997003" }) {
			send(school(urn), "application/json", json(urn, 30, 20, 10, 10, 7), null).expectStatus().isCreated();
		}
		String commitment = "{\"status\":\"ON_TRACK\",\"measures\":[{\"id\":\"M1\",\"name\":\"TAs inducted\","
				+ "\"definition\":\"Share of TAs who have completed the central induction, schools' submissions\","
				+ "\"source\":{\"kind\":\"PLATFORM\",\"query\":\"WORKFORCE_TAS_INDUCTED\"},\"unit\":\"PERCENT\","
				+ "\"target\":90,\"direction\":\"HIGHER_IS_BETTER\",\"frequency\":\"TERMLY\"}],\"actions\":[],"
				+ "\"evidence\":[]}";
		this.api.put(GROUP, "/api/v1/pledges/commitments/WORKFORCE-3")
			.contentType(MediaType.APPLICATION_JSON)
			.body(commitment)
			.exchange()
			.expectStatus()
			.isOk();
		JsonNode value = get(ANALYST, "/api/v1/pledges/commitments/WORKFORCE-3/measures", 200).at("/measures/0");
		JsonNode county = get(ANALYST, "/api/v1/pledges/workforce/measures", 200);
		JsonNode inducted = measure(county.get("county"), "TAS_INDUCTED");
		assertThat(value.get("state").asString()).isEqualTo(inducted.get("state").asString());
		assertThat(value.get("value").asDouble()).isEqualTo(inducted.get("value").asDouble());
		assertThat(value.at("/platform/service").asString()).isEqualTo("pledge-service");
		assertThat(value.at("/platform/basis").asString()).startsWith(county.get("provenance").asString())
			.contains(county.at("/term/title").asString());
		assertThat(value.at("/platform/asOf").asString()).isEqualTo(county.get("asOf").asString());
	}

	static java.util.List<String> fields(JsonNode problem) {
		java.util.List<String> fields = new java.util.ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	static JsonNode measure(JsonNode figures, String measure) {
		for (JsonNode figure : figures) {
			if (figure.get("measure").asString().equals(measure)) {
				return figure;
			}
		}
		throw new AssertionError("no measure " + measure + " in " + figures);
	}

}
