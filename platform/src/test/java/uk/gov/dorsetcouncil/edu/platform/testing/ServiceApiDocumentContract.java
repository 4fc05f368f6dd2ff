package uk.gov.dorsetcouncil.edu.platform.testing;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's OpenAPI document must be: served under the service's route to
 * callers only, describing the caller headers and problem details, and covering every
 * controller operation and nothing else ({@link OpenApiCoverage}). A service's
 * {@code OpenApiIT} extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and says what its document is
 * called and which operations it serves.
 */
public abstract class ServiceApiDocumentContract {

	private static final Caller LOCAL_AUTHORITY = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of(), Set.of());

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** For example {@code /api/v1/send}. */
	protected abstract String route();

	/** The document's title, for example "Dorset SEND service". */
	protected abstract String title();

	/** The package of the service's controllers. */
	protected abstract String basePackage();

	/** Every operation the service serves, as "METHOD /path". */
	protected abstract Set<String> operations();

	@Test
	void theDocumentIsServedUnderTheServicesRouteToCallersOnly() {
		CallerRequests api = CallerRequests.toLocalServer(this.port);
		api.withoutCaller().get().uri(document()).exchange().expectStatus().isUnauthorized();
		JsonNode document = read(api);
		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.path("info").path("title").asString()).isEqualTo(title());
		assertThat(document.path("info").path("description").asString()).contains("x-dorset-subject",
				"x-dorset-organisation", "x-dorset-scopes", "RFC 9457");
		assertThat(document.path("security").get(0).propertyNames()).containsExactlyInAnyOrder("callerSubject",
				"callerOrganisation", "callerScopes");
	}

	@Test
	void everyControllerOperationIsDocumentedAndNothingElse() {
		Set<String> served = OpenApiCoverage.operations(this.mappings, basePackage());
		assertThat(served).containsExactlyInAnyOrderElementsOf(operations());
		assertThat(OpenApiCoverage.gaps(read(CallerRequests.toLocalServer(this.port)), served)).isEmpty();
	}

	/**
	 * Partners generate clients from the document: valid OpenAPI 3.1 as the OpenAPI
	 * Initiative's schema says, and a contract without gaps, dates with their format and
	 * bodies' formatted strings with an example (ADR 0026), as the gateway's merged
	 * document must be.
	 */
	@Test
	void theDocumentIsValidOpenApi31AndAContractToGenerateFrom() {
		JsonNode document = read(CallerRequests.toLocalServer(this.port));
		assertThat(document.path("openapi").asString()).startsWith("3.1.");
		assertThat(OpenApi31Schema.problems(document)).isEmpty();
		assertThat(ApiContractGaps.of(document)).isEmpty();
		assertThat(ApiContractGaps.formats(document)).isEmpty();
	}

	private String document() {
		return route() + "/openapi.json";
	}

	private JsonNode read(CallerRequests api) {
		String body = api.get(LOCAL_AUTHORITY, document())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JsonMapper.shared().readTree(body);
	}

}
