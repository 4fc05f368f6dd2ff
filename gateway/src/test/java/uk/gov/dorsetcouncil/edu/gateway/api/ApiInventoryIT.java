package uk.gov.dorsetcouncil.edu.gateway.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.Backends;
import uk.gov.dorsetcouncil.edu.gateway.TestClients;
import uk.gov.dorsetcouncil.edu.gateway.TestIssuer;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.testing.ApiContractGaps;
import uk.gov.dorsetcouncil.edu.platform.testing.OpenApi31Schema;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API's inventory (OWASP API9:2023): one document at {@code /v3/api-docs} with
 * the gateway's own operations and every routed service's paths, each service's
 * components under its own name, and services whose document cannot be had reported
 * rather than silently left out. The services are WireMock stand-ins serving small
 * OpenAPI documents that all name their error schema {@code Problem}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiInventoryIT {

	private static final TestIssuer issuer = TestIssuer.start();

	private static final Backends backends = new Backends();

	static {
		StandIns.stopAtExit(backends, issuer);
		describeEveryService();
	}

	@Autowired
	ServiceApiCatalogue catalogue;

	@Autowired
	RouteLocator routes;

	private WebTestClient client;

	@LocalServerPort
	void port(int port) {
		this.client = TestClients.of(port);
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		backends.wire(registry, issuer);
	}

	@BeforeEach
	void everyServiceDescribed() {
		backends.awaitApiDocumentFetches();
		describeEveryService();
		this.catalogue.refresh().block(Duration.ofSeconds(20));
	}

	@Test
	void theOneDocumentHoldsTheGatewaysOwnOperationsAndEveryRoutedServicesPaths() {
		JsonNode document = merged();
		JsonNode paths = document.path("paths");
		assertThat(paths.path("/api/v1/children/{upn}/profile").path("get").isObject()).isTrue();
		for (PlatformService service : PlatformService.values()) {
			JsonNode operation = paths.path(thingsOf(service)).path("get");
			assertThat(operation.path("summary").asString()).as(service.configName())
				.isEqualTo("Read a " + service.configName() + " thing");
			assertThat(operation.path("tags").get(0).asString()).isEqualTo(service.configName() + ": Things");
			assertThat(operation.path("security").isMissingNode()).isTrue();
			List<String> parameters = new ArrayList<>();
			operation.path("parameters").forEach((parameter) -> parameters.add(parameter.path("name").asString()));
			assertThat(parameters).as("the caller headers are the gateway's to set").containsExactly("id");
		}
		List<String> operationIds = new ArrayList<>();
		paths
			.forEach((path) -> path.forEach((operation) -> operationIds.add(operation.path("operationId").asString())));
		assertThat(operationIds).as("operation ids are unique in one document")
			.doesNotHaveDuplicates()
			.contains("attendance.readThing", "pledge.readThing");
		assertThat(document.path("servers")).hasSize(1);
		assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/");
		assertThat(document.path("components").path("securitySchemes").propertyNames()).containsExactly("bearer");
		assertThat(document.path("security").get(0).propertyNames()).containsExactly("bearer");
		Set<String> tags = new TreeSet<>();
		document.path("tags").forEach((tag) -> tags.add(tag.path("name").asString()));
		assertThat(tags).contains("attendance: Things", "belonging: Things", "send: Things", "transport: Things",
				"pledge: Things", "attendance", "pledge");
		assertThat(document.path(OpenApiConfiguration.UNDESCRIBED).isMissingNode()).isTrue();
		assertThat(document.path("info").path("description").asString()).doesNotContain("Not described");
	}

	/**
	 * Partners generate clients from the document: it is valid OpenAPI 3.1 as the OpenAPI
	 * Initiative's schema says, every operation documents its success and its problems,
	 * and every schema says which fields are always there (ADR 0026).
	 */
	@Test
	void theMergedDocumentIsValidOpenApi31AndAContractToGenerateFrom() {
		JsonNode document = merged();
		try {
			java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi-dump.json"),
					document.toPrettyString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(document.path("openapi").asString()).startsWith("3.1.");
		assertThat(OpenApi31Schema.problems(document)).isEmpty();
		assertThat(ApiContractGaps.of(document)).isEmpty();
		assertThat(ApiContractGaps.formats(document)).isEmpty();
		JsonNode schemas = document.path("components").path("schemas");
		assertThat(schemas.path("EhcPlansDashboard").path("properties").propertyNames())
			.as("the table's fields beside the status, as the answer has them")
			.contains("status", "reason", "rows", "totals")
			.doesNotContain("table");
		assertThat(schemas.path("GroupView").path("properties").path("enrolments").path("type"))
			.extracting(JsonNode::asString)
			.as("a figure is a number, the symbol shown instead of it, or null")
			.containsExactlyInAnyOrder("number", "string", "null");
		assertThat(schemas.path("Deadline").path("required")).extracting(JsonNode::asString)
			.contains("upn", "dueDate", "overdue");
		JsonNode profile = document.path("paths").path("/api/v1/children/{upn}/profile").path("get");
		assertThat(profile.path("responses").propertyNames()).contains("200", "400", "401", "403", "404", "429");
		profile.path("parameters")
			.forEach((parameter) -> assertThat(parameter.path("schema").path("type").asString())
				.as(parameter.path("name").asString())
				.isEqualTo("string"));
	}

	@Test
	void eachServicesComponentsKeepTheirOwnNamesAndEveryReferenceResolves() {
		JsonNode document = merged();
		JsonNode schemas = document.path("components").path("schemas");
		for (PlatformService service : PlatformService.values()) {
			String name = service.configName();
			assertThat(schemas.path(name + ".Problem").path("description").asString()).isEqualTo(name + " problem");
			assertThat(schemas.path(name + ".Thing").path("properties").propertyNames())
				.containsExactly(name + "Field");
			assertThat(document.path("components").path("responses").path(name + ".Forbidden").isObject()).isTrue();
			assertThat(document.path("paths")
				.path(thingsOf(service))
				.path("get")
				.path("responses")
				.path("200")
				.path("content")
				.path("application/json")
				.path("schema")
				.path("$ref")
				.asString()).isEqualTo("#/components/schemas/" + name + ".Thing");
		}
		assertThat(schemas.path("Problem").path("description").asString())
			.as("the gateway's own problem schema, beside each service's")
			.isEqualTo("RFC 9457 problem details");
		List<String> references = new ArrayList<>();
		collectReferences(document, references);
		assertThat(references).hasSizeGreaterThanOrEqualTo(3 * PlatformService.values().length);
		assertThat(references).allSatisfy((reference) -> {
			String[] parts = reference.substring("#/components/".length()).split("/", 2);
			assertThat(document.path("components").path(parts[0]).has(parts[1])).as(reference).isTrue();
		});
	}

	@Test
	void aServiceWhoseDocumentCannotBeHadIsReportedAndTheRestStillServes() {
		backends.of(PlatformService.PLEDGE)
			.stubFor(get(urlEqualTo("/api/v1/pledges/openapi.json")).willReturn(aResponse().withStatus(503)));
		backends.of(PlatformService.SEND)
			.stubFor(get(urlEqualTo("/api/v1/send/openapi.json")).willReturn(
					aResponse().withHeader("Content-Type", "application/json").withBody("{\"answered\":true}")));
		backends.of(PlatformService.TRANSPORT)
			.stubFor(get(urlEqualTo("/api/v1/transport/openapi.json"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withBody(documentOf(PlatformService.TRANSPORT))
					.withFixedDelay((int) ServiceApiCatalogue.TIMEOUT.plusSeconds(1).toMillis())));
		this.catalogue.refresh().block(Duration.ofSeconds(20));
		JsonNode document = merged();
		List<String> undescribed = new ArrayList<>();
		document.path(OpenApiConfiguration.UNDESCRIBED).forEach((service) -> undescribed.add(service.asString()));
		assertThat(undescribed).containsExactly("pledge", "send", "transport");
		assertThat(document.path("info").path("description").asString()).contains("Not described at the moment",
				"pledge, send, transport");
		assertThat(document.path("paths").has(thingsOf(PlatformService.PLEDGE))).isFalse();
		assertThat(document.path("paths").has(thingsOf(PlatformService.ATTENDANCE))).isTrue();
		assertThat(document.path("paths").has("/api/v1/children/{upn}/profile")).isTrue();
		assertThat(document.path("components").path("schemas").has("pledge.Problem")).isFalse();
		this.client.get().uri("/v3/services/pledge/openapi.json").exchange().expectStatus().isEqualTo(503);
		this.client.get().uri("/v3/services/belonging/openapi.json").exchange().expectStatus().isOk();
	}

	/**
	 * A document missing after a refresh (a service still starting) is asked for again at
	 * the next retry, alone, without waiting for the next full refresh.
	 */
	@Test
	void aMissingDocumentIsAskedForAgainAloneBeforeTheNextRefresh() {
		backends.of(PlatformService.PLEDGE)
			.stubFor(get(urlEqualTo("/api/v1/pledges/openapi.json")).willReturn(aResponse().withStatus(503)));
		this.catalogue.refresh().block(Duration.ofSeconds(20));
		assertThat(this.catalogue.undescribed()).containsExactly(PlatformService.PLEDGE);
		describeEveryService();
		for (PlatformService service : PlatformService.values()) {
			backends.of(service).resetRequests();
		}
		this.catalogue.refreshDue().block(Duration.ofSeconds(20));
		assertThat(this.catalogue.undescribed()).isEmpty();
		for (PlatformService service : PlatformService.values()) {
			assertThat(
					backends.of(service).findAll(getRequestedFor(urlEqualTo(service.pathPrefix() + "/openapi.json"))))
				.as(service.configName())
				.hasSize((service == PlatformService.PLEDGE) ? 1 : 0);
		}
	}

	/** Everything the gateway forwards has a documented path under its prefix. */
	@Test
	void everyRouteTheGatewayForwardsHasADocumentedPath() {
		JsonNode paths = merged().path("paths");
		List<Route> forwarded = this.routes.getRoutes().collectList().block(Duration.ofSeconds(10));
		assertThat(forwarded).hasSize(PlatformService.values().length);
		assertThat(forwarded).allSatisfy((route) -> {
			PlatformService service = serviceOf(route);
			assertThat(route.getPredicate().toString()).as(route.getId()).contains(service.pathPattern());
			assertThat(paths.propertyNames()).as(route.getId() + " has documented paths")
				.anyMatch((path) -> path.startsWith(service.pathPrefix() + "/"));
		});
	}

	@Test
	void eachServicesOwnDocumentIsServedBesideTheMergedOneAndFetchedAsTheGateway() {
		String body = this.client.get()
			.uri("/v3/services/attendance/openapi.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode own = JsonMapper.shared().readTree(body);
		assertThat(own.path("info").path("title").asString()).isEqualTo("attendance");
		assertThat(own.path("components").path("schemas").has("Problem")).isTrue();
		assertThat(own.path("servers")).hasSize(1);
		assertThat(own.path("servers").get(0).path("url").asString()).isEqualTo("/");
		assertThat(backends.of(PlatformService.ATTENDANCE)
			.findAll(getRequestedFor(urlEqualTo("/api/v1/attendance/openapi.json")))).isNotEmpty()
			.allSatisfy(
					(request) -> assertThat(request.getHeader("x-dorset-organisation")).isEqualTo("SERVICE:gateway"));
		this.client.get().uri("/v3/services/elsewhere/openapi.json").exchange().expectStatus().isNotFound();
		this.client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].url")
			.value((urls) -> assertThat(((List<?>) urls).stream().map(String::valueOf).toList())
				.containsExactlyInAnyOrder("/v3/api-docs", "/v3/services/attendance/openapi.json",
						"/v3/services/belonging/openapi.json", "/v3/services/send/openapi.json",
						"/v3/services/transport/openapi.json", "/v3/services/pledge/openapi.json"))
			.jsonPath("$['urls.primaryName']")
			.isEqualTo("platform");
	}

	private JsonNode merged() {
		String body = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JsonMapper.shared().readTree(body);
	}

	private static PlatformService serviceOf(Route route) {
		for (PlatformService service : PlatformService.values()) {
			if (service.configName().equals(route.getId())) {
				return service;
			}
		}
		throw new AssertionError("the route " + route.getId() + " forwards to no known service");
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		node.properties().forEach((entry) -> {
			if (entry.getKey().equals("$ref")) {
				references.add(entry.getValue().asString());
			}
		});
		node.forEach((child) -> collectReferences(child, references));
	}

	private static void describeEveryService() {
		for (PlatformService service : PlatformService.values()) {
			backends.of(service)
				.stubFor(WireMock.get(urlEqualTo(service.pathPrefix() + "/openapi.json"))
					.willReturn(
							aResponse().withHeader("Content-Type", "application/json").withBody(documentOf(service))));
		}
	}

	private static String thingsOf(PlatformService service) {
		return service.pathPrefix() + "/things/{id}";
	}

	/** A small document as a service describes itself, its error schema named Problem. */
	private static String documentOf(PlatformService service) {
		String name = service.configName();
		return """
				{"openapi": "3.1.0", "info": {"title": "%1$s", "version": "v1"},
				 "servers": [{"url": "http://%1$s.internal:8080"}],
				 "security": [{"callerSubject": []}],
				 "tags": [{"name": "Things", "description": "%1$s things"}],
				 "paths": {"%2$s": {"get": {"tags": ["Things"], "summary": "Read a %1$s thing", "operationId": "readThing",
				   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
				                  {"name": "x-dorset-subject", "in": "header", "schema": {"type": "string"}}],
				   "responses": {"200": {"description": "OK", "content": {"application/json":
				                   {"schema": {"$ref": "#/components/schemas/Thing"}}}},
				                 "403": {"$ref": "#/components/responses/Forbidden"}}}}},
				 "components": {
				   "schemas": {"Thing": {"type": "object", "required": ["%1$sField"], "properties": {"%1$sField": {"type": "string"}}},
				               "Problem": {"type": "object", "description": "%1$s problem", "required": ["type"],
				                           "properties": {"type": {"type": "string"}}}},
				   "responses": {"Forbidden": {"description": "refused", "content": {"application/problem+json":
				                   {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
				   "securitySchemes": {"callerSubject": {"type": "apiKey", "in": "header", "name": "x-dorset-subject"}}}}
				"""
			.formatted(name, thingsOf(service));
	}

}
