package uk.gov.dorsetcouncil.edu.transport.arrangement;

import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.GetTravelArrangementsRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TransportServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
class TravelArrangementIT {

	static final String CARRIED = Upn.withCheckLetter("838200125001").value();

	static final String NONE = Upn.withCheckLetter("838200125002").value();

	static final Caller OFFICER = new Caller("transport-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("transport:read"));

	static final Caller NO_SCOPE = new Caller("transport-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("belonging:read"));

	static final Caller FIRST_SCHOOL = new Caller("office@991001", null, Organisation.school("991001"), Set.of(),
			Set.of("transport:read"));

	static final Caller POLICE = new Caller("encompass", null, new Organisation(Organisation.Type.POLICE, "dorset"),
			Set.of(), Set.of("transport:read"));

	@LocalServerPort
	int port;

	@LocalGrpcPort
	int grpcPort;

	@Autowired
	MongoDatabase database;

	CallerRequests api;

	CallerStubs grpc;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		// a pupil who moved school at half term: one arrangement ended, one open-ended
		this.database.getCollection("pupil_travel")
			.replaceOne(new Document("_id", CARRIED), new Document("_id", CARRIED).append("arrangements",
					List.of(arrangement("991001", "STATUTORY_WALKING_DISTANCE", "R-114", "2025-09-03", "2025-10-24"),
							arrangement("991002", "SEN_DISABILITY_MOBILITY", "R-207", "2025-11-03", null))),
					new ReplaceOptions().upsert(true));
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	@Test
	void restAnswersWhatIsHeldAndEmptyForAPupilWithNone() {
		get(OFFICER, CARRIED).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.upn")
			.isEqualTo(CARRIED)
			.jsonPath("$.arrangements.length()")
			.isEqualTo(2)
			.jsonPath("$.arrangements[1].eligibilityBasis")
			.isEqualTo("SEN_DISABILITY_MOBILITY")
			.jsonPath("$.arrangements[1].validTo")
			.isEmpty();
		get(OFFICER, NONE).expectStatus().isOk().expectBody().jsonPath("$.arrangements").isEmpty();
	}

	@Test
	void aSchoolSeesOnlyTheArrangementsToItself() {
		get(FIRST_SCHOOL, CARRIED).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.arrangements.length()")
			.isEqualTo(1)
			.jsonPath("$.arrangements[0].routeId")
			.isEqualTo("R-114");
	}

	@Test
	void restRefusesAnInvalidUpnAndCallersWithoutTheRight() {
		get(OFFICER, "A838200125001").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("upn");
		get(NO_SCOPE, CARRIED).expectStatus().isForbidden();
		get(POLICE, CARRIED).expectStatus().isForbidden();
		this.api.withoutCaller()
			.get()
			.uri("/api/v1/transport/pupils/{upn}/arrangements", CARRIED)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void grpcAnswersWhatIsHeldAndRefusesWithoutTheScope() {
		TravelArrangements held = stub(OFFICER).getTravelArrangements(request(CARRIED));
		TravelArrangements none = stub(OFFICER).getTravelArrangements(request(NONE));

		assertThat(held.getArrangementsList()).extracting("routeId").containsExactly("R-114", "R-207");
		assertThat(held.getArrangements(1).getValidTo()).isEmpty();
		assertThat(none.getArrangementsList()).isEmpty();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(NO_SCOPE).getTravelArrangements(request(CARRIED)))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	private static Document arrangement(String school, String basis, String route, String from, String to) {
		return new Document("schoolUrn", school).append("basis", basis)
			.append("routeId", route)
			.append("validFrom", from)
			.append("validTo", to);
	}

	private RestTestClient.ResponseSpec get(Caller caller, String upn) {
		return this.api.get(caller, "/api/v1/transport/pupils/{upn}/arrangements", upn).exchange();
	}

	private static GetTravelArrangementsRequest request(String upn) {
		return GetTravelArrangementsRequest.newBuilder().setUpn(upn).build();
	}

	@Test
	void deadlinesDueAreAnEmptyAnswerUntilDeadlinesAreHeld() {
		ListDeadlinesDueRequest week = ListDeadlinesDueRequest.newBuilder()
			.setFromDate("2026-11-23")
			.setToDate("2026-11-29")
			.build();
		DeadlinesDue due = stub(OFFICER).listDeadlinesDue(week);
		assertThat(due.getDeadlinesList()).isEmpty();
		assertThat(due.getAsOf()).isNotBlank();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(FIRST_SCHOOL).listDeadlinesDue(week))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	private TransportServiceGrpc.TransportServiceBlockingStub stub(Caller caller) {
		return this.grpc.as(caller, TransportServiceGrpc::newBlockingStub);
	}

}
