package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
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
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
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

	RestTestClient rest;

	ManagedChannel grpc;

	@BeforeEach
	void setUp() {
		this.rest = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.grpc = Grpc.newChannelBuilderForAddress("localhost", this.grpcPort, InsecureChannelCredentials.create())
			.build();
	}

	@AfterEach
	void closeChannel() {
		this.grpc.shutdownNow();
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
		this.rest.get().uri("/api/v1/pledges/commitments").exchange().expectStatus().isUnauthorized();
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
		return this.rest.get()
			.uri("/api/v1/pledges/commitments" + query)
			.headers(headers -> CallerHeaders.toHeaders(caller).forEach(headers::add))
			.exchange();
	}

	private PledgeServiceGrpc.PledgeServiceBlockingStub stub(Caller caller) {
		Metadata metadata = new Metadata();
		CallerHeaders.toHeaders(caller)
			.forEach((name, value) -> metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
		return PledgeServiceGrpc.newBlockingStub(this.grpc)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata))
			.withDeadlineAfter(5, TimeUnit.SECONDS);
	}

}
