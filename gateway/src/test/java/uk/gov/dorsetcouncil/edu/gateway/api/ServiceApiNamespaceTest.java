package uk.gov.dorsetcouncil.edu.gateway.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServiceApiNamespaceTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	@ParameterizedTest
	@ValueSource(strings = { "{\"answered\":true}", "{\"swagger\":\"2.0\",\"paths\":{}}",
			"{\"openapi\":\"2.0\",\"paths\":{}}", "{\"openapi\":\"3.1.0\"}", "{\"openapi\":\"3.1.0\",\"paths\":[]}",
			"[]" })
	void onlyAnOpenApi3DocumentIsTaken(String body) {
		JsonNode document = JSON.readTree(body);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ServiceApiNamespace.namespaced(PlatformService.SEND, document));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ServiceApiNamespace.servedThroughTheGateway(PlatformService.SEND, document));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			#/components/schemas/Problem            | #/components/schemas/send.Problem
			#/components/responses/Forbidden        | #/components/responses/send.Forbidden
			#/components/schemas/Nested/properties/x | #/components/schemas/send.Nested/properties/x
			https://example.org/schemas/Problem     | https://example.org/schemas/Problem
			#/paths/~1api~1v1~1send                 | #/paths/~1api~1v1~1send
			""")
	void everyLocalComponentReferenceIsRenamed(String reference, String renamed) {
		JsonNode document = JSON.readTree("""
				{"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"A": {"$ref": "%s"}}}}
				""".formatted(reference));
		JsonNode namespaced = ServiceApiNamespace.namespaced(PlatformService.SEND, document);
		assertThat(namespaced.path("components").path("schemas").path("send.A").path("$ref").asString())
			.isEqualTo(renamed);
		assertThat(namespaced.path("components").path("schemas").has("A")).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "x-dorset-subject, header, false", "X-Dorset-Scopes, header, false", "x-dorset-note, query, true",
			"upn, path, true", "if-match, header, true" })
	void onlyTheCallerHeadersAreDroppedFromParameters(String name, String in, boolean kept) {
		JsonNode document = JSON.readTree("""
				{"openapi": "3.1.0", "paths": {"/api/v1/send/x": {"get": {"parameters": [{"name": "%s", "in": "%s"}]}}}}
				""".formatted(name, in));
		JsonNode operation = ServiceApiNamespace.namespaced(PlatformService.SEND, document)
			.path("paths")
			.path("/api/v1/send/x")
			.path("get");
		assertThat(operation.path("parameters").size()).isEqualTo(kept ? 1 : 0);
		assertThat(operation.path("tags").get(0).asString()).isEqualTo("send");
	}

}
