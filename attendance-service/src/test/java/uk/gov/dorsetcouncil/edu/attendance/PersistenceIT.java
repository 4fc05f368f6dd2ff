package uk.gov.dorsetcouncil.edu.attendance;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.Api.Response;
import uk.gov.dorsetcouncil.edu.attendance.support.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.Api.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * With the embedded H2-file store, schools, rolls, registers and amendments are still
 * there after the service restarts.
 */
class PersistenceIT {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestart() {
		String urn = "400001";
		String pupil = upn(401);
		try (ConfigurableApplicationContext first = start()) {
			Api api = api(first);
			assertThat(api.put("/schools/" + urn, LA,
					"{\"laestab\":\"8382401\",\"name\":\"Beaminster School\",\"phase\":\"SECONDARY\",\"locality\":\"WEST\"}")
				.status()).isEqualTo(200);
			assertThat(api.put("/schools/" + urn + "/pupils/" + pupil, LA,
					"{\"familyName\":\"Oak\",\"givenName\":\"Gabriel\",\"dateOfBirth\":\"2013-01-09\",\"yearGroup\":8,"
							+ "\"sex\":\"M\",\"admissionDate\":\"2024-09-03\",\"leavingDate\":null}")
				.status()).isEqualTo(200);
			assertThat(api
				.put("/schools/" + urn + "/registers/2026-11-20/AM", LA,
						"{\"marks\":[{\"upn\":\"" + pupil + "\",\"code\":\"N\"}]}")
				.status()).isEqualTo(200);
			assertThat(api
				.put("/schools/" + urn + "/registers/2026-11-20/AM", LA,
						"{\"marks\":[{\"upn\":\"" + pupil + "\",\"code\":\"M\"}]}")
				.status()).isEqualTo(200);
		}
		assertThat(this.dataDir.resolve("attendance.mv")).exists();
		try (ConfigurableApplicationContext second = start()) {
			Api api = api(second);
			assertThat(api.get("/schools/" + urn, LA).body().path("name").asString()).isEqualTo("Beaminster School");
			Response register = api.get("/schools/" + urn + "/registers/2026-11-20/AM", LA);
			assertThat(register.status()).isEqualTo(200);
			assertThat(register.body().path("marks").get(0).path("code").asString()).isEqualTo("M");
			Response summary = api.get("/pupils/" + pupil + "/attendance", LA);
			assertThat(summary.body().path("combined").path("authorisedAbsenceSessions").asInt()).isEqualTo(1);
			assertThat(api.get("/schools/" + urn + "/pupils/" + pupil + "/amendments", LA).body().path("amendments"))
				.hasSize(1);
		}
	}

	private ConfigurableApplicationContext start() {
		// Command-line arguments, so that they win over application.yml (defaults would
		// not).
		return new SpringApplicationBuilder(AttendanceApplication.class, FixedClock.class).run("--server.port=0",
				"--spring.grpc.server.port=0", "--dorset.mongo.in-memory=false", "--dorset.mongo.uri=",
				"--dorset.mongo.data-dir=" + this.dataDir);
	}

	private static Api api(ConfigurableApplicationContext context) {
		return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

}
