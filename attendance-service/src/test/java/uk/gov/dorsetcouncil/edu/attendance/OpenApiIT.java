package uk.gov.dorsetcouncil.edu.attendance;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.Api.Response;
import uk.gov.dorsetcouncil.edu.platform.testing.ApiContractGaps;
import uk.gov.dorsetcouncil.edu.platform.testing.OpenApi31Schema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the REST API as it is: every controller operation, with
 * a summary, every parameter described, paged lists with their maximum page size, and
 * every error as problem details. A new endpoint without documentation fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
class OpenApiIT {

	private static final String DOCUMENT = "/openapi.json";

	private static final String PROBLEM = "#/components/schemas/Problem";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentIsServedThroughTheGatewayRouteToCallersOnly() {
		Api api = new Api(this.port);
		assertThat(api.get(DOCUMENT, null).status()).isEqualTo(401);
		Response served = api.get(DOCUMENT, Api.LA);
		assertThat(served.status()).isEqualTo(200);
		JsonNode document = served.body();
		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.path("info").path("title").asString()).isEqualTo("Dorset attendance service");
		assertThat(document.path("info").path("description").asString()).contains("x-dorset-subject",
				"x-dorset-organisation", "x-dorset-scopes", "RFC 9457");
		Map<String, String> headers = new TreeMap<>();
		document.path("components")
			.path("securitySchemes")
			.properties()
			.forEach((scheme) -> headers.put(scheme.getKey(),
					scheme.getValue().path("in").asString() + ":" + scheme.getValue().path("name").asString()));
		assertThat(headers).containsOnly(Map.entry("callerSubject", "header:x-dorset-subject"),
				Map.entry("callerOrganisation", "header:x-dorset-organisation"),
				Map.entry("callerScopes", "header:x-dorset-scopes"));
		assertThat(document.path("security").get(0).propertyNames()).containsExactlyInAnyOrder("callerSubject",
				"callerOrganisation", "callerScopes");
	}

	/**
	 * Partners generate clients from the document: valid OpenAPI 3.1 as the OpenAPI
	 * Initiative's schema says, and a contract without gaps (ADR 0026).
	 */
	@Test
	void theDocumentIsValidOpenApi31AndAContractToGenerateFrom() {
		JsonNode document = document();
		assertThat(document.path("openapi").asString()).startsWith("3.1.");
		assertThat(OpenApi31Schema.problems(document)).isEmpty();
		assertThat(ApiContractGaps.of(document)).isEmpty();
		assertThat(ApiContractGaps.formats(document)).isEmpty();
		for (String mark : List.of("MarkBody.code", "ImportMark.code", "AmendmentView.from", "AmendmentView.to")) {
			String[] named = mark.split("\\.");
			List<String> codes = new ArrayList<>();
			document.path("components")
				.path("schemas")
				.path(named[0])
				.path("properties")
				.path(named[1])
				.path("enum")
				.forEach((code) -> codes.add(code.asString()));
			assertThat(codes).as(mark).hasSize(AttendanceCode.values().length).contains("/", "\\", "Y7", "#");
		}
		for (String view : List.of("OutcomeView", "RegisterView", "AmendmentView")) {
			List<String> sessions = document.path("components")
				.path("schemas")
				.path(view)
				.at("/properties/session/enum")
				.valueStream()
				.map(JsonNode::asString)
				.toList();
			assertThat(sessions).as(view).containsExactly("AM", "PM");
		}
	}

	@Test
	void everyControllerOperationIsDocumentedAndNothingElse() {
		JsonNode paths = document().path("paths");
		Set<String> mapped = controllerOperations();
		Set<String> documented = new TreeSet<>();
		paths.properties()
			.forEach((path) -> path.getValue()
				.propertyNames()
				.forEach((method) -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
		assertThat(mapped).hasSizeGreaterThanOrEqualTo(30);
		assertThat(documented).containsExactlyInAnyOrderElementsOf(mapped);
		List<String> undocumented = new ArrayList<>();
		for (String operation : mapped) {
			JsonNode described = operation(paths, operation);
			if (described.path("summary").asString("").isBlank() || described.path("description").asString("").isBlank()
					|| described.path("tags").isEmpty()) {
				undocumented.add(operation + ": no summary, description or tag");
			}
			List<String> successes = described.path("responses")
				.propertyNames()
				.stream()
				.filter((code) -> code.startsWith("2"))
				.toList();
			if (successes.size() != 1) {
				undocumented.add(operation + ": success responses " + successes);
			}
			else if (!successes.get(0).equals("204") && described.path("responses")
				.path(successes.get(0))
				.path("content")
				.path("application/json")
				.path("schema")
				.isMissingNode()) {
				undocumented.add(operation + ": no JSON answer");
			}
			described.path("parameters").forEach((parameter) -> {
				if (parameter.path("description").asString("").isBlank()) {
					undocumented.add(operation + ": parameter " + parameter.path("name").asString() + " undescribed");
				}
			});
		}
		assertThat(undocumented).isEmpty();
	}

	/** One page shape and one cap (100) for every list, as in every service. */
	@ParameterizedTest
	@CsvSource({ "/api/v1/attendance/schools/{urn}/pupils, 50, 100",
			"/api/v1/attendance/imports/{id}/rejections, 50, 100", "/api/v1/attendance/measures/schools, 50, 100",
			"/api/v1/attendance/alerts, 50, 100", "/api/v1/attendance/alerts/transition, 50, 100",
			"/api/v1/attendance/plans, 50, 100" })
	void pagedListsStateTheirPageSizeAndItsMaximum(String path, int defaultSize, int maximum) {
		JsonNode parameters = document().path("paths").path(path).path("get").path("parameters");
		JsonNode page = parameter(parameters, "page");
		assertThat(page.path("in").asString()).isEqualTo("query");
		assertThat(page.path("schema").path("type").asString()).isEqualTo("integer");
		assertThat(page.path("schema").path("minimum").asInt()).isZero();
		JsonNode size = parameter(parameters, "size");
		assertThat(size.path("in").asString()).isEqualTo("query");
		assertThat(size.path("schema").path("type").asString()).isEqualTo("integer");
		assertThat(size.path("schema").path("minimum").asInt()).isEqualTo(1);
		assertThat(size.path("schema").path("maximum").asInt()).isEqualTo(maximum);
		assertThat(size.path("schema").path("default").asInt()).isEqualTo(defaultSize);
		String answer = document().path("paths")
			.path(path)
			.at("/get/responses/200/content/application~1json/schema/$ref")
			.asString();
		JsonNode schema = document().path("components")
			.path("schemas")
			.path(answer.substring(answer.lastIndexOf('/') + 1));
		assertThat(schema.path("properties").propertyNames()).as(answer).contains("items", "page", "size", "total");
	}

	@Test
	void onlyTheListsInTheTableArePaged() {
		Set<String> paged = new TreeSet<>();
		document().path("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			operation.getValue().path("parameters").forEach((parameter) -> {
				if (parameter.path("name").asString().equals("size")) {
					paged.add(operation.getKey() + " " + path.getKey());
				}
			});
		}));
		assertThat(paged).containsExactlyInAnyOrder("get /api/v1/attendance/schools/{urn}/pupils",
				"get /api/v1/attendance/imports/{id}/rejections", "get /api/v1/attendance/measures/schools",
				"get /api/v1/attendance/alerts", "get /api/v1/attendance/alerts/transition",
				"get /api/v1/attendance/plans");
	}

	@Test
	void everyErrorIsProblemDetails() {
		JsonNode document = document();
		JsonNode problem = document.path("components").path("schemas").path("Problem");
		assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "errors");
		JsonNode responses = document.path("components").path("responses");
		List<String> wrong = new ArrayList<>();
		for (String operation : controllerOperations()) {
			JsonNode answers = operation(document.path("paths"), operation).path("responses");
			assertThat(answers.propertyNames()).as(operation).contains("401", "403");
			answers.properties()
				.stream()
				.filter((answer) -> answer.getKey().compareTo("400") >= 0)
				.forEach((answer) -> {
					String ref = answer.getValue().path("$ref").asString("");
					JsonNode resolved = ref.startsWith("#/components/responses/")
							? responses.path(ref.substring("#/components/responses/".length())) : answer.getValue();
					String schema = resolved.path("content")
						.path("application/problem+json")
						.path("schema")
						.path("$ref")
						.asString("");
					if (!schema.equals(PROBLEM)) {
						wrong.add(operation + " " + answer.getKey() + " -> " + (ref.isEmpty() ? schema : ref));
					}
				});
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * Schemas are named by their class's simple name (or its {@code @Schema} name): two
	 * classes with one name would silently share one schema in the document.
	 */
	@Test
	void everySchemaNameBelongsToOneClass() {
		Map<String, Set<String>> classesByName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		for (HandlerMethod handler : controllerHandlers()) {
			for (Class<?> nested : handler.getBeanType().getDeclaredClasses()) {
				collectRecords(nested, seen);
			}
			collectRecords(handler.getMethod().getGenericReturnType(), seen);
			for (Type parameter : handler.getMethod().getGenericParameterTypes()) {
				collectRecords(parameter, seen);
			}
		}
		for (Class<?> type : seen) {
			Schema named = type.getAnnotation(Schema.class);
			String name = (named != null && !named.name().isEmpty()) ? named.name() : type.getSimpleName();
			classesByName.computeIfAbsent(name, (key) -> new TreeSet<>()).add(type.getName());
		}
		assertThat(seen).hasSizeGreaterThan(20);
		classesByName.values().removeIf((classes) -> classes.size() == 1);
		assertThat(classesByName).as("schema names shared by several classes").isEmpty();
	}

	private static void collectRecords(Type type, Set<Class<?>> seen) {
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				collectRecords(argument, seen);
			}
		}
		else if (type instanceof Class<?> record && record.isRecord() && seen.add(record)) {
			for (RecordComponent component : record.getRecordComponents()) {
				collectRecords(component.getGenericType(), seen);
			}
		}
	}

	private JsonNode document() {
		Response served = new Api(this.port).get(DOCUMENT, Api.LA);
		assertThat(served.status()).isEqualTo(200);
		return served.body();
	}

	/** "METHOD /path" for each REST operation the service's controllers map. */
	private Set<String> controllerOperations() {
		Set<String> operations = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : serviceMappings().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
				assertThat(methods).as(pattern + " answers a named method").isNotEmpty();
				methods.forEach((method) -> operations.add(method.name() + " " + pattern));
			}
		}
		return operations;
	}

	private List<HandlerMethod> controllerHandlers() {
		return List.copyOf(serviceMappings().values());
	}

	/** The service's own mappings, without springdoc's endpoint for the document. */
	private Map<RequestMappingInfo, HandlerMethod> serviceMappings() {
		Map<RequestMappingInfo, HandlerMethod> own = new HashMap<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("uk.gov.dorsetcouncil.edu.attendance")) {
				own.put(info, handler);
			}
		});
		return own;
	}

	private static JsonNode operation(JsonNode paths, String operation) {
		String[] parts = operation.split(" ", 2);
		return paths.path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
	}

	private static JsonNode parameter(JsonNode parameters, String name) {
		List<JsonNode> found = new ArrayList<>();
		parameters.forEach((parameter) -> {
			if (parameter.path("name").asString().equals(name)) {
				found.add(parameter);
			}
		});
		assertThat(found).as(name).hasSize(1);
		return found.get(0);
	}

}
