package uk.gov.dorsetcouncil.edu.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.Api.Response;
import uk.gov.dorsetcouncil.edu.attendance.support.FixedClock;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Two replicas of the service on one store, as behind a Kubernetes Service (ADR 0025):
 * what is written through either is what both answer, for the figures built from the held
 * rolls and marks and for the alerts built from them and from the held attendance plans,
 * also after a pupil leaves and a plan changes. "Today" is Monday 23 November 2026.
 */
class ReplicasIT {

	private static final String URN = "310001";

	private static final Caller OFFICER = new Caller("officer@dorsetcouncil.gov.uk", "dashboard",
			Organisation.localAuthority("838"), Set.of(),
			Set.of("attendance:read", "registers:write", "schools:write", "casework:write"));

	private static final List<String> GIVEN_NAMES = List.of("Tess", "Alec", "Angel");

	private MongoServer store;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private Api one;

	private Api two;

	@BeforeEach
	void twoReplicasOnOneStore() {
		this.store = new MongoServer(new MemoryBackend());
		String uri = this.store.bindAndGetConnectionString();
		this.first = start(uri);
		this.second = start(uri);
		this.one = api(this.first);
		this.two = api(this.second);
	}

	@AfterEach
	void stop() {
		this.second.close();
		this.first.close();
		this.store.shutdownNow();
	}

	@Test
	void whatOneReplicaWroteTheOtherAnswers() {
		this.one.registerSchool(URN, "Gillingham Primary", "NORTH");
		String absent = pupil(this.one, 101, 6);
		String present = pupil(this.one, 102, 4);
		String leaver = pupil(this.one, 103, 5);
		// The second replica answers before any register, so its model is built and its
		// answers kept before the writes it must learn of.
		assertThat(bothAgree("/measures/schools/" + URN).path("total")
			.path("overallAbsenceSessions")
			.path("value")
			.asInt()).isZero();
		assertThat(alertsFor(this.two, absent)).isEmpty();

		for (LocalDate day = LocalDate.of(2026, 11, 9); day
			.isBefore(LocalDate.of(2026, 11, 21)); day = day.plusDays(1)) {
			if (day.getDayOfWeek().getValue() < 6) {
				for (String session : List.of("AM", "PM")) {
					Api through = (day.getDayOfMonth() % 2 == 0) ? this.one : this.two;
					Response taken = through.put("/schools/" + URN + "/registers/" + day + "/" + session, OFFICER,
							"{\"marks\":[" + mark(absent, "O") + ","
									+ mark(present, session.equals("AM") ? "/" : "\\\\") + "," + mark(leaver, "N")
									+ "]}");
					assertThat(taken.status()).as(taken.body().toString()).isEqualTo(200);
				}
			}
		}
		JsonNode figures = bothAgree("/measures/schools/" + URN);
		assertThat(figures.path("total").path("overallAbsenceSessions").path("value").asInt()).isEqualTo(40);
		assertThat(bothAgree("/alerts?school=" + URN).path("items")).isNotEmpty();
		assertThat(alertsFor(this.two, absent)).contains("SEVERE_ABSENCE_WITHOUT_PLAN");

		Response planned = this.one.put("/plans/" + URN + "/" + absent, OFFICER,
				"{\"owner\":\"Jo Inclusion Officer\",\"reviewDate\":\"2026-12-07\",\"actions\":[{\"description\":\"Home visit\"}]}");
		assertThat(planned.status()).as(planned.body().toString()).isEqualTo(200);
		bothAgree("/alerts?school=" + URN);
		bothAgree("/plans?school=" + URN);
		assertThat(alertsFor(this.two, absent)).isNotEmpty().doesNotContain("SEVERE_ABSENCE_WITHOUT_PLAN");

		Response left = this.one.put("/schools/" + URN + "/pupils/" + leaver, OFFICER,
				"{\"familyName\":\"Pupil\",\"givenName\":\"" + GIVEN_NAMES.get(103 % 3)
						+ "\",\"dateOfBirth\":\"2016-03-02\",\"yearGroup\":5,"
						+ "\"sex\":\"F\",\"admissionDate\":\"2021-09-02\",\"leavingDate\":\"2026-11-13\","
						+ "\"deletionGround\":\"MOVED_AWAY\"}");
		assertThat(left.status()).as(left.body().toString()).isEqualTo(200);
		JsonNode afterLeaving = bothAgree("/measures/schools/" + URN);
		assertThat(afterLeaving.path("total").path("overallAbsenceSessions").path("value").asInt())
			.isLessThan(figures.path("total").path("overallAbsenceSessions").path("value").asInt());
		bothAgree("/alerts?school=" + URN);

		Response withdrawn = this.two.delete("/plans/" + URN + "/" + absent, OFFICER);
		assertThat(withdrawn.status()).isEqualTo(204);
		bothAgree("/plans?school=" + URN);
		bothAgree("/alerts?school=" + URN);
		assertThat(alertsFor(this.one, absent)).contains("SEVERE_ABSENCE_WITHOUT_PLAN");
		bothAgree("/alerts");
		bothAgree("/measures/local-authority");
	}

	/** The same answer from both replicas, whichever is asked first. */
	private JsonNode bothAgree(String path) {
		Response fromTwo = this.two.get(path, OFFICER);
		Response fromOne = this.one.get(path, OFFICER);
		assertThat(fromOne.status()).as(path + " " + fromOne.body()).isEqualTo(200);
		assertThat(fromTwo.status()).isEqualTo(200);
		assertThat(fromTwo.body()).as(path).isEqualTo(fromOne.body());
		return fromOne.body();
	}

	/** The alerts a replica answers for one pupil. */
	private static List<String> alertsFor(Api replica, String upn) {
		List<String> types = new ArrayList<>();
		replica.get("/alerts?school=" + URN, OFFICER).body().path("items").forEach((alert) -> {
			if (alert.path("upn").asString().equals(upn)) {
				types.add(alert.path("type").asString());
			}
		});
		return types;
	}

	private static String pupil(Api replica, int number, int yearGroup) {
		String upn = upn(number);
		Response added = replica.put("/schools/" + URN + "/pupils/" + upn, OFFICER,
				"{\"familyName\":\"Pupil\",\"givenName\":\"" + GIVEN_NAMES.get(number % 3)
						+ "\",\"dateOfBirth\":\"2016-03-02\"," + "\"yearGroup\":" + yearGroup
						+ ",\"sex\":\"F\",\"admissionDate\":\"2021-09-02\",\"leavingDate\":null}");
		assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
		return upn;
	}

	private static String mark(String upn, String code) {
		return "{\"upn\":\"" + upn + "\",\"code\":\"" + code + "\"}";
	}

	private static ConfigurableApplicationContext start(String uri) {
		return new SpringApplicationBuilder(AttendanceApplication.class, FixedClock.class).run("--server.port=0",
				"--spring.grpc.server.port=0", "--dorset.mongo.uri=" + uri);
	}

	private static Api api(ConfigurableApplicationContext context) {
		return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

}
