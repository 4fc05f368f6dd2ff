package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.Set;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
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
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.PledgeReferenceLoading;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.GetPledgeProgressRequest;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.PledgeProgress;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.PledgeServiceGrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
class PledgeApiIT {

	static final Caller ANALYST = new Caller("board-analyst", "dashboard", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("pledges:read"));

	static final Caller SCHOOL = new Caller("head@991001", null, Organisation.school("991001"), Set.of(),
			Set.of("pledges:read"));

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
		assertThat(workforce.getCommitments(2).getLatestStatus()).isEmpty();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(NO_SCOPE).getPledgeProgress(GetPledgeProgressRequest.getDefaultInstance()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	@Test
	void loadingAgainAddsNothingAndKeepsRecordedProgress() {
		this.database.getCollection("commitments")
			.updateOne(Filters.eq("_id", "STUDENT-6"), Updates.set("latestStatus", "ON_TRACK"));

		this.loading.afterSingletonsInstantiated();

		assertThat(this.database.getCollection("commitments").countDocuments(new Document())).isEqualTo(17);
		PledgeProgress student = stub(ANALYST)
			.getPledgeProgress(GetPledgeProgressRequest.newBuilder().setPledge("STUDENT").build());
		assertThat(student.getCommitments(5).getLatestStatus()).isEqualTo("ON_TRACK");
	}

	private RestTestClient.ResponseSpec get(Caller caller, String query) {
		return this.api.get(caller, "/api/v1/pledges/commitments" + query).exchange();
	}

	private PledgeServiceGrpc.PledgeServiceBlockingStub stub(Caller caller) {
		return this.grpc.as(caller, PledgeServiceGrpc::newBlockingStub);
	}

}
