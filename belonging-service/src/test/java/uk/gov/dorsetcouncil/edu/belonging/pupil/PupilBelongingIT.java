package uk.gov.dorsetcouncil.edu.belonging.pupil;

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
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionSetting;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.GetPupilBelongingRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
class PupilBelongingIT {

	static final String SUSPENDED = Upn.withCheckLetter("838200125001").value();

	static final String NOTHING_HELD = Upn.withCheckLetter("838200125002").value();

	static final Caller OFFICER = new Caller("inclusion-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read"));

	static final Caller NO_SCOPE = new Caller("inclusion-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("attendance:read"));

	static final Caller SCHOOL = new Caller("dsl@991001", null, Organisation.school("991001"), Set.of("DSL"),
			Set.of("belonging:read"));

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
		this.database.getCollection("pupil_belonging")
			.replaceOne(new Document("_id", SUSPENDED), new Document("_id", SUSPENDED)
				.append("suspensions",
						List.of(new Document("schoolUrn", "991001").append("startDate", "2025-10-06")
							.append("sessions", 4)
							.append("reason", "PP")))
				.append("permanentExclusions", 0)
				.append("onPartTimeTimetable", true)
				.append("alternativeProvision",
						List.of(new Document("providerName", "Chesil Education Centre").append("providerUrn", "139825")
							.append("setting", "PUPIL_REFERRAL_UNIT")
							.append("commissionedBy", "SCHOOL")
							.append("commissionerCode", "991001")
							.append("reason", "SUSPENSION_SIXTH_DAY")
							.append("startDate", "2025-10-13")
							.append("endDate", "2025-10-17")
							.append("sessionsPerWeek", 10)
							.append("dualRegistered", false))),
					new ReplaceOptions().upsert(true));
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	@Test
	void restAnswersWhatIsHeldAndEmptyForAPupilWithNothing() {
		get(OFFICER, SUSPENDED).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.upn")
			.isEqualTo(SUSPENDED)
			.jsonPath("$.suspensions[0].schoolUrn")
			.isEqualTo("991001")
			.jsonPath("$.suspensions[0].startDate")
			.isEqualTo("2025-10-06")
			.jsonPath("$.suspensions[0].sessions")
			.isEqualTo(4)
			.jsonPath("$.onPartTimeTimetable")
			.isEqualTo(true)
			.jsonPath("$.alternativeProvision[0].providerName")
			.isEqualTo("Chesil Education Centre")
			.jsonPath("$.alternativeProvision[0].providerUrn")
			.isEqualTo("139825")
			.jsonPath("$.alternativeProvision[0].providerUkprn")
			.isEmpty()
			.jsonPath("$.alternativeProvision[0].setting")
			.isEqualTo("PUPIL_REFERRAL_UNIT")
			.jsonPath("$.alternativeProvision[0].commissionedBy")
			.isEqualTo("SCHOOL")
			.jsonPath("$.alternativeProvision[0].reason")
			.isEqualTo("SUSPENSION_SIXTH_DAY")
			.jsonPath("$.alternativeProvision[0].endDate")
			.isEqualTo("2025-10-17")
			.jsonPath("$.alternativeProvision[0].sessionsPerWeek")
			.isEqualTo(10);
		get(OFFICER, NOTHING_HELD).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suspensions")
			.isEmpty()
			.jsonPath("$.permanentExclusions")
			.isEqualTo(0)
			.jsonPath("$.onPartTimeTimetable")
			.isEqualTo(false)
			.jsonPath("$.alternativeProvision")
			.isEmpty();
	}

	@Test
	void restRefusesAnInvalidUpnAndCallersWithoutTheRight() {
		get(OFFICER, "A838200125001").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("upn");
		get(NO_SCOPE, SUSPENDED).expectStatus().isForbidden();
		get(SCHOOL, SUSPENDED).expectStatus().isForbidden();
		this.api.withoutCaller()
			.get()
			.uri("/api/v1/belonging/pupils/{upn}", SUSPENDED)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void grpcAnswersWhatIsHeldAndRefusesWithoutTheScope() {
		PupilBelonging held = stub(OFFICER).getPupilBelonging(request(SUSPENDED));
		PupilBelonging none = stub(OFFICER).getPupilBelonging(request(NOTHING_HELD));

		assertThat(held.getSuspensionsList()).singleElement()
			.satisfies(suspension -> assertThat(suspension.getSessions()).isEqualTo(4));
		assertThat(held.getOnPartTimeTimetable()).isTrue();
		assertThat(none.getUpn()).isEqualTo(NOTHING_HELD);
		assertThat(none.getSuspensionsList()).isEmpty();
		assertThat(held.getAlternativeProvisionList()).singleElement().satisfies(placement -> {
			assertThat(placement.getSetting()).isEqualTo(AlternativeProvisionSetting.PUPIL_REFERRAL_UNIT);
			assertThat(placement.getCommissionerCode()).isEqualTo("991001");
			assertThat(placement.getProviderUkprn()).isEmpty();
		});
		assertThat(none.getAlternativeProvisionList()).isEmpty();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(NO_SCOPE).getPupilBelonging(request(SUSPENDED)))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(OFFICER).getPupilBelonging(request("838200125001")))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
	}

	@Test
	void deadlinesDueAreAnEmptyAnswerWhenNoStepIsDueAndRefusedToOthers() {
		ListDeadlinesDueRequest week = ListDeadlinesDueRequest.newBuilder()
			.setFromDate("2026-11-23")
			.setToDate("2026-11-29")
			.build();
		DeadlinesDue due = stub(OFFICER).listDeadlinesDue(week);
		assertThat(due.getDeadlinesList()).isEmpty();
		assertThat(due.getAsOf()).isNotBlank();
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> stub(NO_SCOPE).listDeadlinesDue(week))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(OFFICER).listDeadlinesDue(week.toBuilder().setToDate("2026-11-31").build()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
	}

	private RestTestClient.ResponseSpec get(Caller caller, String upn) {
		return this.api.get(caller, "/api/v1/belonging/pupils/{upn}", upn).exchange();
	}

	private static GetPupilBelongingRequest request(String upn) {
		return GetPupilBelongingRequest.newBuilder().setUpn(upn).build();
	}

	private BelongingServiceGrpc.BelongingServiceBlockingStub stub(Caller caller) {
		return this.grpc.as(caller, BelongingServiceGrpc::newBlockingStub);
	}

}
