package uk.gov.dorsetcouncil.edu.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.Api.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * A locality officer ({@code LOCALITY:NORTH}, the persona's scopes) through the REST API:
 * the schools of North and their pupils, North's and the county's figures, nothing of
 * Chesil's. Each case has a North school {n} with pupil {pn} and a Chesil school {c} with
 * pupil {pc}, both absent (O) from 16 to 20 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
@Import(FixedClock.class)
class LocalityOfficerApiIT {

	private static final AtomicInteger NEXT_SCHOOL = new AtomicInteger(400001);

	private static final AtomicInteger NEXT_PUPIL = new AtomicInteger(900);

	static final Caller NORTH_OFFICER = new Caller("inclusion.officer@dorsetcouncil.gov.uk", "dashboard",
			new Organisation(Organisation.Type.LOCALITY, "NORTH"), Set.of("LOCALITY_INCLUSION_OFFICER"),
			Set.of("attendance:read", "casework:write", "profile:read", "dashboards:read"));

	private static final String PLAN = "{\"owner\":\"Locality officer\",\"reviewDate\":\"2026-12-14\","
			+ "\"actions\":[{\"description\":\"Meet the family\"}]}";

	@LocalServerPort
	int port;

	private Api api;

	private String north;

	private String chesil;

	private String northPupil;

	private String chesilPupil;

	@BeforeEach
	void aSchoolInEachLocality() {
		this.api = new Api(this.port);
		this.north = school("NORTH");
		this.chesil = school("CHESIL");
		this.northPupil = pupil(this.north);
		this.chesilPupil = pupil(this.chesil);
		for (String[] marked : new String[][] { { this.north, this.northPupil }, { this.chesil, this.chesilPupil } }) {
			for (String day : List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20")) {
				for (String session : List.of("AM", "PM")) {
					assertThat(this.api
						.put("/schools/" + marked[0] + "/registers/" + day + "/" + session, LA,
								"{\"marks\":[{\"upn\":\"" + marked[1] + "\",\"code\":\"O\"}]}")
						.status()).isEqualTo(200);
				}
			}
		}
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /schools/{n}                              | 200
			GET    | /schools/{c}                              | 403
			GET    | /schools/999999                           | 403
			GET    | /schools/{n}/pupils                       | 200
			GET    | /schools/{c}/pupils                       | 403
			GET    | /schools/{n}/pupils/{pn}/returns          | 200
			GET    | /schools/{c}/pupils/{pc}/returns          | 403
			GET    | /schools/{n}/registers/2026-11-16/AM      | 200
			GET    | /schools/{c}/registers/2026-11-16/AM      | 403
			GET    | /schools/{n}/pupils/{pn}/amendments       | 200
			GET    | /schools/{c}/pupils/{pc}/amendments       | 403
			GET    | /pupils/{pn}/attendance                   | 200
			GET    | /pupils/{pc}/attendance                   | 403
			GET    | /measures/schools/{n}                     | 200
			GET    | /measures/schools/{c}                     | 403
			GET    | /measures/localities/NORTH                | 200
			GET    | /measures/localities/CHESIL               | 403
			GET    | /measures/local-authority                 | 200
			GET    | /measures/phases/PRIMARY                  | 403
			GET    | /measures/schools                         | 200
			GET    | /measures/schools?locality=CHESIL         | 403
			GET    | /measures/cohorts/FSM?urn={n}             | 200
			GET    | /measures/cohorts/FSM?urn={c}             | 403
			GET    | /measures/cohorts/FSM?locality=CHESIL     | 403
			GET    | /measures/trends?locality=NORTH           | 200
			GET    | /measures/trends?urn={c}                  | 403
			GET    | /alerts                                   | 200
			GET    | /alerts?school={n}                        | 200
			GET    | /alerts?school={c}                        | 403
			GET    | /alerts/transition?school={c}             | 403
			GET    | /plans?school={n}                         | 200
			GET    | /plans?school={c}                         | 403
			PUT    | /plans/{n}/{pn}                           | 200
			PUT    | /plans/{c}/{pc}                           | 403
			DELETE | /plans/{n}/{pn}                           | 204
			DELETE | /plans/{c}/{pc}                           | 403
			PUT    | /schools/{n}/registers/2026-11-17/AM      | 403
			GET    | /data-arrivals                            | 403
			GET    | /connector/status                         | 403
			""")
	void aLocalityOfficerReachesOnlyTheirLocality(String method, String path, int status) {
		String resolved = path.replace("{n}", this.north)
			.replace("{c}", this.chesil)
			.replace("{pn}", this.northPupil)
			.replace("{pc}", this.chesilPupil);
		Response response = switch (method) {
			case "PUT" -> this.api.put(resolved, NORTH_OFFICER, resolved.contains("/registers/")
					? "{\"marks\":[{\"upn\":\"" + this.northPupil + "\",\"code\":\"/\"}]}" : PLAN);
			case "DELETE" -> this.api.delete(resolved, NORTH_OFFICER);
			default -> this.api.get(resolved, NORTH_OFFICER);
		};
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
	}

	@Test
	void theirOwnListsAndFiguresAreTheirLocalitys() {
		List<String> schools = new ArrayList<>();
		this.api.get("/schools", NORTH_OFFICER)
			.body()
			.path("schools")
			.forEach((school) -> schools.add(school.path("urn").asString()));
		assertThat(schools).contains(this.north).doesNotContain(this.chesil);

		List<String> alerted = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode found = this.api.get("/alerts?size=100&page=" + page, NORTH_OFFICER).body();
			found.path("items").forEach((alert) -> alerted.add(alert.path("urn").asString()));
			if (alerted.size() >= found.path("total").asInt()) {
				break;
			}
		}
		assertThat(alerted).contains(this.north).doesNotContain(this.chesil);

		assertThat(this.api.get("/measures/localities/NORTH", NORTH_OFFICER).body().path("suppressed").asBoolean())
			.isFalse();
		assertThat(this.api.get("/measures/local-authority", NORTH_OFFICER).body().path("suppressed").asBoolean())
			.as("the county's figures are seen as published: no pupil-level right outside North")
			.isTrue();
		Response page = this.api.get("/measures/schools", NORTH_OFFICER);
		assertThat(page.body().path("summary").path("area").asString()).isEqualTo("NORTH");

		Response enrolments = this.api.get("/pupils/" + this.northPupil + "/attendance", NORTH_OFFICER);
		assertThat(enrolments.body().path("combined").path("possibleSessions").asInt()).isEqualTo(10);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			LOCALITY:ATLANTIS | /measures/local-authority
			LOCALITY:ATLANTIS | /schools
			LOCALITY:ATLANTIS | /alerts
			PARTNER:charity   | /measures/local-authority
			""")
	void anOrganisationThatIsNoDorsetLocalitySeesNothing(String organisation, String path) {
		String[] parts = organisation.split(":");
		Caller caller = new Caller("someone", "dashboard",
				new Organisation(Organisation.Type.valueOf(parts[0]), parts[1]), Set.of(), NORTH_OFFICER.scopes());
		assertThat(this.api.get(path, caller).status()).isEqualTo(403);
	}

	private String school(String locality) {
		String urn = String.valueOf(NEXT_SCHOOL.incrementAndGet());
		assertThat(this.api
			.put("/schools/" + urn, LA,
					"{\"laestab\":\"838" + urn.substring(2) + "\",\"name\":\"" + locality
							+ " Primary\",\"phase\":\"PRIMARY\",\"locality\":\"" + locality + "\"}")
			.status()).isEqualTo(200);
		return urn;
	}

	private String pupil(String urn) {
		String upn = upn(NEXT_PUPIL.incrementAndGet());
		assertThat(this.api
			.put("/schools/" + urn + "/pupils/" + upn, LA,
					"{\"familyName\":\"Oak\",\"givenName\":\"Ash\",\"dateOfBirth\":\"2016-05-04\",\"yearGroup\":5,"
							+ "\"sex\":\"F\",\"admissionDate\":\"2021-09-02\",\"leavingDate\":null}")
			.status()).isEqualTo(200);
		return upn;
	}

}
