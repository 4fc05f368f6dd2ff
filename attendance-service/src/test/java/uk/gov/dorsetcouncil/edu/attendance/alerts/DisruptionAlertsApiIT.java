package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.Api.Response;
import uk.gov.dorsetcouncil.edu.attendance.support.FixedClock;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.DisruptedSession;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ExpectedMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ListExpectedMarksRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RecordTravelDisruptionRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.TravelDisruptionServiceGrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Travel disruptions told over gRPC take their sessions out of the alerts of a running
 * service (ADR 0038): a pupil marked O for two weeks from Monday 9 November 2026 has the
 * absence alerts until transport-service says the bus did not run on those days; then the
 * expected mark for each is Y1 and no alert counts them. "Today" is 23 November.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
@Import(FixedClock.class)
class DisruptionAlertsApiIT {

	static final Caller OFFICER = new Caller("officer@dorsetcouncil.gov.uk", "dashboard",
			Organisation.localAuthority("838"), Set.of(),
			Set.of("attendance:read", "registers:write", "schools:write", "casework:write"));

	static final Caller TRANSPORT = Caller.service("transport-service", Set.of("attendance:disruptions"));

	@LocalServerPort
	int port;

	@LocalGrpcPort
	int grpcPort;

	Api api;

	CallerStubs grpc;

	final String urn = "300901";

	final String pupil = upn(901);

	@BeforeEach
	void aPupilMarkedOForTwoWeeks() {
		this.api = new Api(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		assertThat(this.api.put("/schools/" + this.urn, OFFICER,
				"{\"laestab\":\"8383901\",\"name\":\"Bus Lane Primary\",\"phase\":\"PRIMARY\",\"locality\":\"NORTH\"}")
			.status()).isEqualTo(200);
		assertThat(this.api
			.put("/schools/" + this.urn + "/pupils/" + this.pupil, OFFICER,
					"{\"familyName\":\"Fawley\",\"givenName\":\"Jude\",\"dateOfBirth\":\"2015-03-02\",\"yearGroup\":6,"
							+ "\"sex\":\"M\",\"admissionDate\":\"2021-09-02\",\"leavingDate\":null}")
			.status()).isEqualTo(200);
		for (LocalDate day : schoolDays()) {
			for (String session : List.of("AM", "PM")) {
				Response taken = this.api.put("/schools/" + this.urn + "/registers/" + day + "/" + session, OFFICER,
						"{\"marks\":[{\"upn\":\"" + this.pupil + "\",\"code\":\"O\"}]}");
				assertThat(taken.status()).as(taken.body().toString()).isEqualTo(200);
			}
		}
	}

	@AfterEach
	void close() {
		this.grpc.close();
	}

	@Test
	void sessionsTheBusDidNotRunAreExpectedY1AndCountedAgainstNobody() {
		assertThat(types()).contains("PENALTY_NOTICE_TO_CONSIDER", "CONTINUOUS_UNAUTHORISED_ABSENCE");

		RecordTravelDisruptionRequest.Builder snow = RecordTravelDisruptionRequest.newBuilder()
			.setDisruptionId("D-2026-11-09-1")
			.setKind("WEATHER")
			.setDescription("Snow: no buses to Bus Lane Primary");
		for (LocalDate day : schoolDays()) {
			for (String session : List.of("AM", "PM")) {
				snow.addSessions(DisruptedSession.newBuilder()
					.setUpn(this.pupil)
					.setSchoolUrn(this.urn)
					.setDate(day.toString())
					.setSession(session));
			}
		}
		assertThat(this.grpc.as(TRANSPORT, TravelDisruptionServiceGrpc::newBlockingStub)
			.recordTravelDisruption(snow.build())
			.getSessionsRecorded()).isEqualTo(22);

		// the school's kept alerts are recomputed: none counts the disrupted sessions
		assertThat(types()).isEmpty();
		ExpectedMarks expected = this.grpc
			.as(Api.school(this.urn, "attendance:read"), TravelDisruptionServiceGrpc::newBlockingStub)
			.listExpectedMarks(ListExpectedMarksRequest.newBuilder()
				.setSchoolUrn(this.urn)
				.setFromDate("2026-11-09")
				.setToDate("2026-11-09")
				.build());
		assertThat(expected.getMarksList())
			.extracting(m -> m.getSession() + " " + m.getExpectedCode() + " " + m.getRecordedCode() + " " + m.getKind())
			.containsExactly("AM Y1 O WEATHER", "PM Y1 O WEATHER");

		// told again under the same id, now mornings only: the afternoons count again
		snow.clearSessions();
		for (LocalDate day : schoolDays()) {
			snow.addSessions(DisruptedSession.newBuilder()
				.setUpn(this.pupil)
				.setSchoolUrn(this.urn)
				.setDate(day.toString())
				.setSession("AM"));
		}
		this.grpc.as(TRANSPORT, TravelDisruptionServiceGrpc::newBlockingStub).recordTravelDisruption(snow.build());
		assertThat(types()).contains("PENALTY_NOTICE_TO_CONSIDER");
	}

	@Test
	void onlyTheTransportServiceTellsAndBadSessionsAreRefusedNamingTheField() {
		RecordTravelDisruptionRequest bad = RecordTravelDisruptionRequest.newBuilder()
			.setDisruptionId("D-bad")
			.setKind("WEATHER")
			.addSessions(DisruptedSession.newBuilder()
				.setUpn(this.pupil)
				.setSchoolUrn(this.urn)
				.setDate("2026-11-31")
				.setSession("AM"))
			.build();
		assertThatThrownBy(
				() -> this.grpc.as(OFFICER, TravelDisruptionServiceGrpc::newBlockingStub).recordTravelDisruption(bad))
			.isInstanceOf(StatusRuntimeException.class)
			.hasMessageContaining("PERMISSION_DENIED");
		assertThatThrownBy(
				() -> this.grpc.as(TRANSPORT, TravelDisruptionServiceGrpc::newBlockingStub).recordTravelDisruption(bad))
			.isInstanceOf(StatusRuntimeException.class)
			.hasMessageContaining("INVALID_ARGUMENT")
			.hasMessageContaining("sessions[0].date");
		assertThatThrownBy(() -> this.grpc
			.as(Api.school("300902", "attendance:read"), TravelDisruptionServiceGrpc::newBlockingStub)
			.listExpectedMarks(ListExpectedMarksRequest.newBuilder()
				.setSchoolUrn(this.urn)
				.setFromDate("2026-11-09")
				.setToDate("2026-11-23")
				.build()))
			.isInstanceOf(StatusRuntimeException.class)
			.hasMessageContaining("PERMISSION_DENIED");
	}

	private List<String> types() {
		Response found = this.api.get("/alerts?school=" + this.urn, OFFICER);
		assertThat(found.status()).isEqualTo(200);
		List<String> types = new ArrayList<>();
		for (JsonNode alert : found.body().path("items")) {
			types.add(alert.path("type").asString());
		}
		return types;
	}

	private static List<LocalDate> schoolDays() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2026, 11, 9); !day.isAfter(LocalDate.of(2026, 11, 23)); day = day
			.plusDays(1)) {
			if (day.getDayOfWeek().getValue() < 6) {
				days.add(day);
			}
		}
		return days;
	}

}
