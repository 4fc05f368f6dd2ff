package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.PledgeReferenceLoading;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.GetPledgeProgressRequest;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.PledgeProgress;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.PledgeServiceGrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"spring.grpc.client.channels.attendance.address=static://localhost:1" })
class PledgeApiIT {

	static final Caller ANALYST = new Caller("board-analyst", "dashboard", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("pledges:read"));

	static final Caller SCHOOL = new Caller("head@991001", null, Organisation.school("991001"), Set.of(),
			Set.of("pledges:read"));

	static final Caller GROUP = new Caller("dev-student-group", null, Organisation.localAuthority("838"),
			Set.of("PLEDGE_WORKING_GROUP:STUDENT"), Set.of("pledges:read", "pledges:write"));

	static final Caller OWNER = new Caller("dev-pledge-owner", null, Organisation.localAuthority("838"), Set.of(),
			Set.of("pledges:read", "pledges:write"));

	static final Caller BOARD = new Caller("dev-education-board-analyst", null, Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("pledges:read", "pledges:report"));

	static final Caller NO_SCOPE = new Caller("board-analyst", "dashboard", Organisation.localAuthority("838"),
			Set.of(), Set.of("attendance:read"));

	@LocalServerPort
	int port;

	@LocalGrpcPort
	int grpcPort;

	@Autowired
	MongoDatabase database;

	@Autowired
	PledgeReferenceLoading loading;

	CallerRequests api;

	CallerStubs grpc;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	@Test
	void restAnswersBothPledgesOrOne() {
		get(ANALYST, "").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.commitments.length()")
			.isEqualTo(17)
			.jsonPath("$.commitments[0].pledge")
			.isEqualTo("STUDENT")
			.jsonPath("$.commitments[0].number")
			.isEqualTo(1)
			.jsonPath("$.commitments[16].pledge")
			.isEqualTo("WORKFORCE")
			.jsonPath("$.commitments[16].number")
			.isEqualTo(7);
		get(SCHOOL, "?pledge=STUDENT").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.commitments.length()")
			.isEqualTo(10)
			.jsonPath("$.commitments[5].title")
			.isEqualTo("An affordable school trip");
	}

	@Test
	void restRefusesAnUnknownPledgeAndCallersWithoutTheScope() {
		get(ANALYST, "?pledge=PARENT").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("pledge");
		get(NO_SCOPE, "").expectStatus().isForbidden();
		this.api.withoutCaller().get().uri("/api/v1/pledges/commitments").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void grpcAnswersTheWorkforceThemesAndRefusesWithoutTheScope() {
		PledgeProgress workforce = stub(ANALYST)
			.getPledgeProgress(GetPledgeProgressRequest.newBuilder().setPledge("WORKFORCE").build());

		assertThat(workforce.getCommitmentsList()).hasSize(7);
		assertThat(workforce.getCommitments(2).getWording())
			.isEqualTo("Mandatory centralised induction training for TAs");
		assertThat(workforce.getCommitments(2).getLatestStatus()).isEqualTo("NOT_STARTED");
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(NO_SCOPE).getPledgeProgress(GetPledgeProgressRequest.getDefaultInstance()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	@Test
	void loadingAgainAddsNothingAndKeepsRecordedProgress() {
		this.api.put(GROUP, "/api/v1/pledges/commitments/STUDENT-6")
			.body(Map.of("status", "ON_TRACK"))
			.exchange()
			.expectStatus()
			.isOk();
		long held = this.database.getCollection("commitment_versions").countDocuments(new Document());

		this.loading.afterSingletonsInstantiated();

		assertThat(this.database.getCollection("commitment_versions").countDocuments(new Document())).isEqualTo(held);
		PledgeProgress student = stub(ANALYST)
			.getPledgeProgress(GetPledgeProgressRequest.newBuilder().setPledge("STUDENT").build());
		assertThat(student.getCommitments(5).getLatestStatus()).isEqualTo("ON_TRACK");
	}

	@Test
	void aWorkingGroupChangesItsCommitmentAsANewVersionAndThePastReadsAsItWas() {
		String before = Instant.now().toString();
		this.api.put(GROUP, "/api/v1/pledges/commitments/student-5")
			.body(Map.of("status", "ON_TRACK", "owner",
					Map.of("name", "Head of Inclusion", "subject", "dev-pledge-owner"), "measures",
					List.of(Map.of("id", "M1", "name", "Persistent absence, pupils with an EHC plan", "definition",
							"DfE persistent absence of pupils with an EHC plan, county", "source",
							Map.of("kind", "PLATFORM", "query", "ATTENDANCE_PERSISTENT_ABSENCE_EHC_PLAN"), "unit",
							"PERCENT", "target", 30, "direction", "LOWER_IS_BETTER", "frequency", "TERMLY"))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"2\"")
			.expectBody()
			.jsonPath("$.measures[0].source.query")
			.isEqualTo("ATTENDANCE_PERSISTENT_ABSENCE_EHC_PLAN");

		this.api.get(ANALYST, "/api/v1/pledges/commitments/STUDENT-5?asOf=" + before)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.measures.length()")
			.isEqualTo(0);
		this.api.get(ANALYST, "/api/v1/pledges/commitments/STUDENT-5/versions")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[1].recordedBy")
			.isEqualTo("dev-student-group");
		this.api.put(OWNER, "/api/v1/pledges/commitments/WORKFORCE-2")
			.body(Map.of("status", "ON_TRACK"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.api.put(GROUP, "/api/v1/pledges/commitments/STUDENT-5")
			.body(Map.of("status", "ON_TRACK", "measures",
					List.of(Map.of("id", "M1", "name", "x", "definition", "y", "unit", "PERCENT", "target", 130,
							"direction", "LOWER_IS_BETTER", "frequency", "TERMLY"))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat(fields).asString().contains("measures[0].source", "measures[0].target"));
		this.api.get(ANALYST, "/api/v1/pledges/commitments/STUDENT-5/versions")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2);
	}

	@Test
	void aValueRecordedByHandCarriesWhoWhenAndEvidenceAndAnUnreachableSourceIsUnavailable() {
		this.api.put(GROUP, "/api/v1/pledges/commitments/STUDENT-6")
			.body(Map.of("status", "ON_TRACK", "measures",
					List.of(Map.of("id", "M1", "name", "Schools offering a trip with a night away", "definition",
							"Share of schools offering every pupil an affordable residential trip", "source",
							Map.of("kind", "RECORDED", "description", "Schools' termly returns"), "unit", "PERCENT",
							"target", 90, "direction", "HIGHER_IS_BETTER", "frequency", "TERMLY"),
							Map.of("id", "M2", "name", "Persistent absence, FSM", "definition",
									"DfE persistent absence, FSM", "source",
									Map.of("kind", "PLATFORM", "query", "ATTENDANCE_PERSISTENT_ABSENCE_FSM"), "unit",
									"PERCENT", "target", 25, "direction", "LOWER_IS_BETTER", "frequency", "TERMLY"))))
			.exchange()
			.expectStatus()
			.isOk();
		this.api.post(GROUP, "/api/v1/pledges/commitments/STUDENT-6/measures/M1/values")
			.body(Map.of("period", "2026/27 autumn term", "observedOn", "2026-12-01", "value", 140))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat(fields).asString().contains("value", "evidence"));
		this.api.post(GROUP, "/api/v1/pledges/commitments/STUDENT-6/measures/M2/values")
			.body(Map.of("period", "2026/27 autumn term", "observedOn", "2026-12-01", "value", 14))
			.exchange()
			.expectStatus()
			.isEqualTo(422);
		this.api.post(GROUP, "/api/v1/pledges/commitments/STUDENT-6/measures/M1/values")
			.body(Map.of("period", "2026/27 autumn term", "observedOn", "2026-12-01", "value", 72.5, "evidence",
					List.of(Map.of("kind", "DOCUMENT", "title", "Trip offer returns, autumn 2026", "link",
							"https://www.dorsetcouncil.gov.uk/trips-autumn-2026.pdf", "dated", "2026-12-01"))))
			.exchange()
			.expectStatus()
			.isCreated();

		this.api.get(ANALYST, "/api/v1/pledges/commitments/STUDENT-6/measures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measures[0].state")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.measures[0].value")
			.isEqualTo(72.5)
			.jsonPath("$.measures[0].recorded.recordedBy")
			.isEqualTo("dev-student-group")
			.jsonPath("$.measures[0].recorded.evidence[0].kind")
			.isEqualTo("DOCUMENT")
			.jsonPath("$.measures[1].state")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.measures[1].value")
			.doesNotExist()
			.jsonPath("$.measures[1].platform.service")
			.isEqualTo("attendance-service");
	}

	@Test
	void theAnalystMakesABoardReportWithStatusesFromTheRulesAndAnOfficerOverridesOne() {
		this.api.put(GROUP, "/api/v1/pledges/commitments/STUDENT-7")
			.body(Map.of("status", "ON_TRACK", "measures",
					List.of(Map.of("id", "M1", "name", "Schools teaching CV writing in PSHE", "definition",
							"Share of secondary schools whose PSHE covers interviews, CVs and email", "source",
							Map.of("kind", "RECORDED", "description", "PSHE lead's survey of schools"), "unit",
							"PERCENT", "target", 80, "direction", "HIGHER_IS_BETTER", "frequency", "ANNUALLY"))))
			.exchange()
			.expectStatus()
			.isOk();
		this.api.post(GROUP, "/api/v1/pledges/commitments/STUDENT-7/measures/M1/values")
			.body(Map.of("period", "2026/27", "observedOn", "2026-11-20", "value", 75, "evidence",
					List.of(Map.of("kind", "SURVEY_RESULT", "title", "PSHE survey", "dated", "2026-11-20", "survey",
							Map.of("question", "Does PSHE cover CV writing?", "respondents", 30, "agreedPercent",
									75)))))
			.exchange()
			.expectStatus()
			.isCreated();

		this.api.post(GROUP, "/api/v1/pledges/reports")
			.body(Map.of("meeting", "2026-11-26"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.api.post(BOARD, "/api/v1/pledges/reports")
			.body(Map.of("meeting", "2026-11-27"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("meeting");
		this.api.post(BOARD, "/api/v1/pledges/reports")
			.body(Map.of("meeting", "2026-11-26"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.commitments.length()")
			.isEqualTo(17)
			.jsonPath("$.commitments[6].key")
			.isEqualTo("STUDENT-7")
			.jsonPath("$.commitments[6].status")
			.isEqualTo("AMBER")
			.jsonPath("$.commitments[6].measures[0].reading.value")
			.isEqualTo(75.0)
			.jsonPath("$.commitments[6].movement")
			.isEqualTo("FIRST_REPORT");
		this.api.post(BOARD, "/api/v1/pledges/reports")
			.body(Map.of("meeting", "2026-11-26"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		this.api.put(BOARD, "/api/v1/pledges/reports/2026-11-26/overrides/STUDENT-7")
			.body(Map.of("status", "GREEN"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		this.api.put(BOARD, "/api/v1/pledges/reports/2026-11-26/overrides/STUDENT-7")
			.body(Map.of("status", "GREEN", "reason", "The two schools short have CV workshops booked for January"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.commitments[6].status")
			.isEqualTo("GREEN")
			.jsonPath("$.commitments[6].derived")
			.isEqualTo("AMBER")
			.jsonPath("$.commitments[6].override.by")
			.isEqualTo("dev-education-board-analyst");

		this.api.post(GROUP, "/api/v1/pledges/commitments/STUDENT-7/measures/M1/values")
			.body(Map.of("period", "2026/27 spring", "observedOn", "2026-12-01", "value", 85, "evidence",
					List.of(Map.of("kind", "LINK", "title", "PSHE survey, follow-up", "link",
							"https://www.dorsetcouncil.gov.uk/pshe", "dated", "2026-12-01"))))
			.exchange()
			.expectStatus()
			.isCreated();
		this.api.post(BOARD, "/api/v1/pledges/reports")
			.body(Map.of("meeting", "2027-03-11"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.previousMeeting")
			.isEqualTo("2026-11-26")
			.jsonPath("$.commitments[6].previous")
			.isEqualTo("GREEN")
			.jsonPath("$.commitments[6].status")
			.isEqualTo("GREEN")
			.jsonPath("$.commitments[6].measures[0].previousValue")
			.isEqualTo(75.0)
			.jsonPath("$.commitments[6].measures[0].change")
			.isEqualTo(10.0);
		this.api.get(ANALYST, "/api/v1/pledges/reports/2026-11-26")
			.exchange()
			.expectBody()
			.jsonPath("$.commitments[6].measures[0].reading.value")
			.isEqualTo(75.0);
		String html = this.api.get(ANALYST, "/api/v1/pledges/reports/2026-11-26")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("STUDENT-7 Ready for the world of work: GREEN", "75.0 PERCENT",
				"The two schools short have CV workshops booked for January");
	}

	@Test
	void theReportAndTheSummerUpdateDownloadAsPdfAndCsvWithTheFiguresOfTheJson() throws Exception {
		this.api.put(GROUP, "/api/v1/pledges/commitments/STUDENT-8")
			.body(Map.of("status", "ON_TRACK", "measures",
					List.of(Map.of("id", "M1", "name", "Pupils who know where to get help", "definition",
							"Share of pupils answering yes to 'I know where to get help with my mental health'",
							"source", Map.of("kind", "RECORDED", "description", "Youth Voice survey"), "unit",
							"PERCENT", "target", 80, "direction", "HIGHER_IS_BETTER", "frequency", "ANNUALLY"),
							Map.of("id", "M2", "name", "Persistent absence, FSM", "definition",
									"DfE persistent absence, FSM", "source",
									Map.of("kind", "PLATFORM", "query", "ATTENDANCE_PERSISTENT_ABSENCE_FSM"), "unit",
									"PERCENT", "target", 25, "direction", "LOWER_IS_BETTER", "frequency", "TERMLY")),
					"actions",
					List.of(Map.of("id", "A1", "description", "Mental health first aiders in every secondary school",
							"owner", "Public health team", "due", "2027-09-30"))))
			.exchange()
			.expectStatus()
			.isOk();
		this.api.post(GROUP, "/api/v1/pledges/commitments/STUDENT-8/measures/M1/values")
			.body(Map.of("period", "2026/27", "observedOn", "2026-11-30", "value", 64.5, "evidence",
					List.of(Map.of("kind", "LINK", "title", "Youth Voice survey", "link",
							"https://www.dorsetcouncil.gov.uk/youth-voice", "dated", "2026-11-30"))))
			.exchange()
			.expectStatus()
			.isCreated();
		this.api.post(BOARD, "/api/v1/pledges/reports")
			.body(Map.of("meeting", "2027-07-08"))
			.exchange()
			.expectStatus()
			.isCreated();
		String path = "/api/v1/pledges/reports/2027-07-08";
		JsonNode json = JsonMapper.shared().readTree(body(path, MediaType.APPLICATION_JSON, String.class));

		byte[] pdf = download(path, MediaType.APPLICATION_PDF, "pledges-board-report-2027-07-08.pdf");
		String text = pdfText(pdf);
		assertThat(json.at("/commitments").size()).isEqualTo(17);
		int figures = 0;
		for (JsonNode line : json.at("/commitments")) {
			assertThat(text).contains(line.at("/key").asString() + " " + line.at("/title").asString() + ": "
					+ line.at("/status").asString());
			for (JsonNode measure : line.at("/measures")) {
				JsonNode reading = measure.at("/reading");
				if (reading.at("/value").isNumber()) {
					assertThat(text)
						.contains(reading.at("/value").asDouble() + " " + reading.at("/measure/unit").asString());
					figures++;
				}
			}
		}
		assertThat(figures).isPositive();
		for (Map.Entry<String, JsonNode> count : json.at("/statuses").properties()) {
			assertThat(text).contains(count.getKey() + " " + count.getValue().asInt() + ";");
		}
		assertThat(text).contains("64.5 PERCENT", "2026-11-30", json.at("/asOf").asString());

		String csv = new String(
				download(path, MediaType.parseMediaType("text/csv"), "pledges-board-report-2027-07-08.csv"),
				StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
		JsonNode student8 = json.at("/commitments/7");
		CSVRecord trips = rows.stream()
			.filter(row -> row.get("commitment").equals("STUDENT-8") && row.get("measure").equals("M1"))
			.findFirst()
			.orElseThrow();
		assertThat(Double.parseDouble(trips.get("value")))
			.isEqualTo(student8.at("/measures/0/reading/value").asDouble());
		assertThat(trips.get("figure_as_of")).isEqualTo("2026-11-30");
		assertThat(trips.get("status")).isEqualTo(student8.at("/status").asString());
		CSVRecord absence = rows.stream()
			.filter(row -> row.get("commitment").equals("STUDENT-8") && row.get("measure").equals("M2"))
			.findFirst()
			.orElseThrow();
		assertThat(absence.get("value")).isEmpty();
		assertThat(absence.get("figure_as_of")).isNotBlank();
		assertThat(rows.stream().map(row -> row.get("commitment")).distinct()).hasSize(17);

		String update = path + "/stakeholder-update";
		JsonNode plain = JsonMapper.shared().readTree(body(update, MediaType.APPLICATION_JSON, String.class));
		JsonNode item = plain.at("/items/7");
		assertThat(item.at("/key").asString()).isEqualTo("STUDENT-8");
		assertThat(item.at("/howItIsGoing").asString()).startsWith("Behind");
		assertThat(item.at("/figures/0/text").asString()).isEqualTo("64.5%");
		assertThat(item.at("/figures/0/aim").asString()).isEqualTo("80% or more");
		assertThat(item.at("/next/0").asString()).contains("by 2027-09-30");
		String plainText = pdfText(
				download(update, MediaType.APPLICATION_PDF, "pledges-stakeholder-update-2027-07-08.pdf"));
		for (JsonNode each : plain.at("/items")) {
			assertThat(plainText).contains(each.at("/title").asString(), each.at("/howItIsGoing").asString());
			for (JsonNode figure : each.at("/figures")) {
				assertThat(plainText).contains(figure.at("/measure").asString() + ": " + figure.at("/text").asString()
						+ " (our aim: " + figure.at("/aim").asString() + "), as of " + figure.at("/asOf").asString());
			}
		}
		assertThat(body(update, MediaType.TEXT_HTML, String.class)).contains("How it is going: Behind");
		String plainCsv = new String(
				download(update, MediaType.parseMediaType("text/csv"), "pledges-stakeholder-update-2027-07-08.csv"),
				StandardCharsets.UTF_8);
		assertThat(plainCsv).contains("STUDENT-8", "64.5%", "80% or more", "2026-11-30");

		this.api.get(ANALYST, "/api/v1/pledges/reports/2027-03-11/stakeholder-update")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("meeting");
		this.api.get(ANALYST, "/api/v1/pledges/reports/2026-07-09/stakeholder-update")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private <T> T body(String path, MediaType type, Class<T> as) {
		return this.api.get(ANALYST, path)
			.accept(type)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(as)
			.returnResult()
			.getResponseBody();
	}

	private byte[] download(String path, MediaType type, String filename) {
		return this.api.get(ANALYST, path)
			.accept(type)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(type)
			.expectHeader()
			.valueEquals("Content-Disposition", "attachment; filename=\"" + filename + "\"")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The PDF's text as PDFBox extracts it, lines and cells joined by single spaces; a
	 * line broken after a hyphen is joined again.
	 */
	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isPositive();
			return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("[\\s\\u00a0]+", " ");
		}
	}

	private RestTestClient.ResponseSpec get(Caller caller, String query) {
		return this.api.get(caller, "/api/v1/pledges/commitments" + query).exchange();
	}

	private PledgeServiceGrpc.PledgeServiceBlockingStub stub(Caller caller) {
		return this.grpc.as(caller, PledgeServiceGrpc::newBlockingStub);
	}

}
