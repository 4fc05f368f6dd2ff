package uk.gov.dorsetcouncil.edu.transport.eligibility;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.MongoDatabase;
import io.grpc.Server;

import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;
import uk.gov.dorsetcouncil.edu.transport.eligibility.client.FakeSend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the outside routing engine failing, an assessment is stored as PENDING (distance
 * unavailable), with the reason and the provider asked: never a decision without its
 * distances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.transport.routing.provider=routing-engine", "dorset.transport.routing.engine.timeout=5s" })
class RoutingEngineDownIT {

	static final WireMockServer ENGINE = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final Server SEND_SERVER = new FakeSend().start();

	static {
		ENGINE.start();
		ENGINE.stubFor(get(urlPathMatching("/table/v1/.*")).willReturn(aResponse().withStatus(503)));
		StandIns.stopAtExit(ENGINE::stop, SEND_SERVER::shutdownNow);
	}

	@DynamicPropertySource
	static void addresses(DynamicPropertyRegistry properties) {
		properties.add("dorset.transport.routing.engine.base-url", () -> "http://localhost:" + ENGINE.port() + "/");
		properties.add("spring.grpc.client.channels.send.address", () -> "static://localhost:" + SEND_SERVER.getPort());
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoDatabase database;

	@Autowired
	SchoolSites sites;

	@Test
	void aFailingRouterLeavesTheDecisionPendingWithItsReason() {
		SchoolSite school = this.sites.all()
			.stream()
			.filter(s -> s.mainstream() && s.teaches(2))
			.findFirst()
			.orElseThrow();
		String body = """
				{"upn":"%s","dateOfBirth":"%s","assessedOn":"%s","latitude":%s,"longitude":%s,"schoolUrn":"%s"}"""
			.formatted(EligibilityApiIT.CHILD, EligibilityApiIT.SIX, EligibilityApiIT.ASSESSED,
					school.entrances().get(0).point().latitude(), school.entrances().get(0).point().longitude(),
					school.urn());
		CallerRequests.toLocalServer(this.port)
			.post(EligibilityApiIT.OFFICER, "/api/v1/transport/eligibility/assessments")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("PENDING")
			.jsonPath("$.pending")
			.isEqualTo("DISTANCE_UNAVAILABLE")
			.jsonPath("$.rule")
			.doesNotExist()
			.jsonPath("$.explanation.pendingDetail")
			.value(detail -> assertThat((String) detail).contains("HTTP 503"))
			.jsonPath("$.explanation.measurements[0].provider")
			.value(provider -> assertThat((String) provider).startsWith("routing-engine"));
		assertThat(this.database.getCollection("pupil_eligibility").countDocuments()).isOne();
	}

}
