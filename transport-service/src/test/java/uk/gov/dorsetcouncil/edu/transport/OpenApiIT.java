package uk.gov.dorsetcouncil.edu.transport;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.OpenApiCoverage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the REST API as it is: every controller operation, with
 * a summary, a description, described parameters and every error as problem details. A
 * new endpoint without documentation fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
class OpenApiIT {

	static final String DOCUMENT = "/api/v1/transport/openapi.json";

	static final Caller LOCAL_AUTHORITY = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of(), Set.of());

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentIsServedUnderTheServicesRouteToCallersOnly() {
		CallerRequests api = CallerRequests.toLocalServer(this.port);
		api.withoutCaller().get().uri(DOCUMENT).exchange().expectStatus().isUnauthorized();
		JsonNode document = document(api);
		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.path("info").path("title").asString()).isEqualTo("Dorset transport service");
		assertThat(document.path("info").path("description").asString()).contains("x-dorset-subject",
				"x-dorset-organisation", "x-dorset-scopes", "RFC 9457");
		assertThat(document.path("security").get(0).propertyNames()).containsExactlyInAnyOrder("callerSubject",
				"callerOrganisation", "callerScopes");
	}

	@Test
	void everyControllerOperationIsDocumentedAndNothingElse() {
		Set<String> operations = OpenApiCoverage.operations(this.mappings, "uk.gov.dorsetcouncil.edu.transport");
		assertThat(operations).containsExactlyInAnyOrder("GET /api/v1/transport/pupils/{upn}/arrangements");
		assertThat(OpenApiCoverage.gaps(document(CallerRequests.toLocalServer(this.port)), operations)).isEmpty();
	}

	private static JsonNode document(CallerRequests api) {
		String body = api.get(LOCAL_AUTHORITY, DOCUMENT)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JsonMapper.shared().readTree(body);
	}

}
