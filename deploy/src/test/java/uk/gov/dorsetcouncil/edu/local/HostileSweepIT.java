package uk.gov.dorsetcouncil.edu.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.testing.RawHttp;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running platform, as a hostile or careless partner meets it (issue 13): every
 * operation of the merged OpenAPI document, so a new route is swept as soon as it is
 * documented, sent hostile path and query values, unknown and malformed parameters,
 * bodies with each property of the wrong type or out of bounds, odd content types, wrong
 * methods, an unknown path under each prefix, a very long URI and a very large header.
 * Fails on any 5xx, any error that is not problem details with a type whose page the
 * gateway serves, any hostile write accepted, any value served in a 2xx answer (what is
 * stored) outside its declared bounds, and any change to the audit log's verification.
 * Writes its counts to {@code target/hostile-sweep.txt} (docs/reliability.md). The
 * platform is shared with the other end-to-end classes ({@link SharedPlatform}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class HostileSweepIT {

	/** Which persona sends what: one whose scopes reach the operation. */
	private static final Map<String, String> PERSONA_BY_PREFIX = new LinkedHashMap<>();

	static {
		PERSONA_BY_PREFIX.put("/api/v1/agreements", "agreements-admin");
		PERSONA_BY_PREFIX.put("/api/v1/audit", "auditor");
		PERSONA_BY_PREFIX.put("/api/v1/send", "send-caseworker");
		PERSONA_BY_PREFIX.put("/api/v1/transport", "transport-officer");
		PERSONA_BY_PREFIX.put("/api/v1/attendance/schools/{urn}/registers", "school-attendance-lead");
		PERSONA_BY_PREFIX.put("", "la-inclusion-officer");
	}

	/** Values for a path or query parameter, as they travel (percent-encoded or not). */
	private static final List<String> HOSTILE_VALUES = List.of("%ff%fe", "%00", "%", "%ZZ", "..", "%2e%2e%2f",
			"'%20OR%201=1", "%7B%22%24gt%22%3A%22%22%7D", "x".repeat(3000), "-1", "2147483647", "99999999999999999999",
			"1e309", "NaN", "%2B999999999-12-31", "-999999999-01-01", "0000-01-01", "%ED%A0%80", "%E2%80%AE", "%5B%5D",
			"%0d%0aX-Injected:%201", "");

	/** JSON values a property of any type must refuse, as raw JSON text. */
	private static final List<String> HOSTILE_JSON = List.of("\"\\ud800\"", "\"a\\u0000b\"", "\"\\u202eevil\"",
			"\"" + "x".repeat(100_000) + "\"", "{\"$gt\":\"\"}", "[[[[[[[[[[1]]]]]]]]]]", "1e309");

	/**
	 * A value written as a date: a year (of any sign and length), a month and a day. Only
	 * fields that hold dates are held to the platform's date bounds (a purpose code may
	 * read like a date).
	 */
	private static final Pattern DATE_LIKE = Pattern.compile("[+-]?\\d{4,}-\\d{2}-\\d{2}");

	/** Fields that hold dates without "date" in their name or a declared format. */
	private static final Set<String> DATE_FIELDS = Set.of("start", "expiry", "from", "to", "due");

	private static final List<String> HOSTILE_BODIES = List.of("", "{", "[]", "null", "\"x\"", "{\"unknownField\":1}",
			"[".repeat(5000) + "]".repeat(5000), "{\"a\":1,\"a\":2}");

	private static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "multipart/form-data",
			"text/plain", "application/json; charset=ebcdic");

	private final JsonMapper json = JsonMapper.shared();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private LocalPlatform platform;

	private int gatewayPort;

	private final Map<String, String> tokens = new TreeMap<>();

	private final School school = County.demo().schools().get(0);

	private String upn;

	private final List<String> failures = new ArrayList<>();

	private final Map<Integer, Integer> byStatus = new TreeMap<>();

	private final Set<String> problemTypes = new LinkedHashSet<>();

	private int sent;

	/** The merged OpenAPI document, for the bounds it declares. */
	private JsonNode document = MissingNode.getInstance();

	/** The schema of the operation being swept's 2xx answer; missing outside one. */
	private JsonNode answerSchema = MissingNode.getInstance();

	/** Values checked against their bounds in 2xx answers. */
	private int valuesChecked;

	@BeforeAll
	void usePlatform(SharedPlatform.Running shared) {
		// The sweep is many requests from one client: the shared platform raises the
		// personas' rate limits out of its way.
		this.platform = shared.platform();
		this.gatewayPort = URI.create(this.platform.gatewayUrl()).getPort();
		for (String persona : Set.copyOf(PERSONA_BY_PREFIX.values())) {
			this.tokens.put(persona, this.platform.issuer().tokenFor(persona, null));
		}
		this.upn = County.demo().pupilsOnRollBy(this.school).get(0).upn();
	}

	@Test
	void hostileRequestsToEveryDocumentedOperationGetProblemsAndChangeNothing() throws Exception {
		JsonNode verifiedBefore = auditVerification();
		assertThat(verifiedBefore.path("intact").asBoolean()).as("the audit log before the sweep").isTrue();
		JsonNode document = this.json.readTree(get("/v3/api-docs", null).body());
		this.document = document;
		int operations = 0;
		for (var path : document.path("paths").properties()) {
			Set<String> methods = new LinkedHashSet<>();
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				if (!List.of("GET", "PUT", "POST", "PATCH", "DELETE").contains(method)) {
					continue;
				}
				methods.add(method);
				operations++;
				sweep(method, path.getKey(), operation.getValue(), document);
			}
			for (String wrong : List.of("DELETE", "PATCH", "POST")) {
				if (!methods.contains(wrong)) {
					check(wrong + " " + path.getKey(), wrong, fill(path.getKey()), "application/json", "{}", false);
				}
			}
		}
		edges();
		JsonNode verifiedAfter = auditVerification();
		Set<String> pagesMissing = new LinkedHashSet<>();
		for (String type : this.problemTypes) {
			HttpResponse<String> page = get(type, null);
			if (page.statusCode() != 200) {
				pagesMissing.add(type + " answered " + page.statusCode());
			}
		}
		String report = "Hostile sweep of the running platform: " + operations + " documented operations, " + this.sent
				+ " requests; answers by status " + this.byStatus
				+ "; values in 2xx answers checked against their bounds " + this.valuesChecked + "; problem types seen "
				+ this.problemTypes + "; audit log checked " + verifiedBefore.path("checked").asLong() + " then "
				+ verifiedAfter.path("checked").asLong() + " records, intact " + verifiedAfter.path("intact")
				+ "; failures " + this.failures.size() + "\n";
		Files.writeString(Path.of("target", "hostile-sweep.txt"), report + String.join("\n", this.failures) + "\n");
		System.out.println(report);
		assertThat(operations).as("operations in the merged document").isGreaterThan(30);
		assertThat(this.failures).as("requests answered wrongly (target/hostile-sweep.txt)").isEmpty();
		assertThat(pagesMissing).as("problem types without a page").isEmpty();
		assertThat(verifiedAfter.path("intact").asBoolean()).as("the audit log after the sweep: " + verifiedAfter)
			.isTrue();
	}

	private void sweep(String method, String template, JsonNode operation, JsonNode document) throws Exception {
		this.answerSchema = answerSchema(operation, document);
		try {
			sweepOperation(method, template, operation, document);
		}
		finally {
			this.answerSchema = MissingNode.getInstance();
		}
	}

	/** The schema of an operation's first 2xx answer with a body, or missing. */
	private JsonNode answerSchema(JsonNode operation, JsonNode document) {
		for (var response : operation.path("responses").properties()) {
			if (response.getKey().startsWith("2")) {
				for (var content : resolve(response.getValue(), document).path("content").properties()) {
					return resolve(content.getValue().path("schema"), document);
				}
			}
		}
		return MissingNode.getInstance();
	}

	private void sweepOperation(String method, String template, JsonNode operation, JsonNode document)
			throws Exception {
		String name = method + " " + template;
		List<String> queryNames = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			JsonNode resolved = resolve(parameter, document);
			if (resolved.path("in").asString("").equals("query")) {
				queryNames.add(resolved.path("name").asString());
			}
		}
		boolean write = !method.equals("GET");
		// Each path parameter hostile in turn, the others sensible.
		for (String hostile : HOSTILE_VALUES) {
			for (String parameter : pathParameters(template)) {
				String target = fill(template).replace(sample(parameter), hostile.isEmpty() ? "%20" : hostile);
				check(name + " path " + parameter + "=" + abbreviate(hostile), method, target,
						write ? "application/json" : null, write ? "{}" : null, false);
			}
			for (String query : queryNames) {
				check(name + " query " + query + "=" + abbreviate(hostile), method,
						fill(template) + "?" + query + "=" + hostile, write ? "application/json" : null,
						write ? "{}" : null, false);
			}
		}
		check(name + " unknown query parameter", method, fill(template) + "?sort=name&limit=10",
				write ? "application/json" : null, write ? "{}" : null, false);
		check(name + " a query name with brackets", method, fill(template) + "?a[b]=1",
				write ? "application/json" : null, write ? "{}" : null, false);
		if (!operation.has("requestBody")) {
			// Nothing to mutate: a body sent to an operation that takes none is not read.
			return;
		}
		JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"),
				document);
		ObjectNode base = sampleBody(schema, document);
		for (var property : schema.path("properties").properties()) {
			JsonNode propertySchema = resolve(property.getValue(), document);
			for (String hostile : hostileFor(property.getKey(), propertySchema)) {
				String body = this.json.writeValueAsString(base);
				String withHostile = replaceProperty(body, property.getKey(), hostile);
				check(name + " body " + property.getKey() + "=" + abbreviate(hostile), method, fill(template),
						"application/json", withHostile, true);
			}
		}
		for (String body : HOSTILE_BODIES) {
			check(name + " body " + abbreviate(body), method, fill(template), "application/json", body, true);
		}
		for (String contentType : CONTENT_TYPES) {
			check(name + " content type " + contentType, method, fill(template), contentType,
					this.json.writeValueAsString(base), true);
		}
	}

	/**
	 * The requests at the edge: unknown paths, malformed paths, a long URI, a large
	 * header.
	 */
	private void edges() throws Exception {
		for (String target : List.of("/api/v1/attendance/school", "/api/v1/children/profil", "/api/v1/nothing",
				"/api/v1/%", "/api/v1/%ZZ", "/api/v1/..%2f..%2fetc", "/api/v1/a%00b",
				"/api/v1/attendance/measures/local-authority?" + "a=" + "x".repeat(20_000))) {
			check("GET " + abbreviate(target), "GET", target, null, null, false);
		}
		String big = "X-Big: " + "x".repeat(40_000);
		record(RawHttp.send(this.gatewayPort,
				RawHttp.get("/api/v1/dashboards/local-authority", auth("la-inclusion-officer"), big)),
				"GET with a 40 KB header", false);
		record(RawHttp.send(this.gatewayPort, RawHttp.get("/api/v1/dashboards/local-authority",
				auth("la-inclusion-officer"), "Accept: application/xml")), "GET with Accept: application/xml", false);
	}

	private void check(String name, String method, String target, String contentType, String body,
			boolean hostileBody) {
		String persona = persona(target);
		RawHttp.Answer answer = RawHttp.send(this.gatewayPort,
				RawHttp.request(method, target, contentType, body, auth(persona)));
		record(answer, name, hostileBody);
	}

	private void record(RawHttp.Answer answer, String name, boolean mustBeRefused) {
		this.sent++;
		this.byStatus.merge(answer.status(), 1, Integer::sum);
		if (answer.status() >= 500 && answer.status() != 503) {
			this.failures.add(answer.status() + " " + name + ": " + abbreviate(answer.body()));
			return;
		}
		if (answer.status() >= 400) {
			if (!answer.contentType().startsWith("application/problem+json")) {
				this.failures
					.add(answer.status() + " " + name + ": not problem details (" + answer.contentType() + ")");
				return;
			}
			String type = answer.json().path("type").asString("");
			if (!type.startsWith("/problems/")) {
				this.failures.add(answer.status() + " " + name + ": problem type '" + type + "'");
				return;
			}
			this.problemTypes.add(type);
		}
		else if (mustBeRefused) {
			this.failures
				.add(answer.status() + " " + name + ": a hostile write was accepted: " + abbreviate(answer.body()));
		}
		else if (answer.contentType().startsWith("application/json") && !answer.body().isBlank()) {
			List<String> outside = new ArrayList<>();
			outOfBounds(answer.json(), this.answerSchema, "", outside);
			outside.forEach(value -> this.failures
				.add(answer.status() + " " + name + ": a value outside its declared bounds was served: " + value));
		}
	}

	/**
	 * Finds the values of a 2xx answer (what is stored, as it is served) outside their
	 * bounds: those the document declares for the field (an enumeration, a maximum
	 * length, a minimum and maximum, a date), and the platform's for every value (ADR
	 * 0020): a date between 1900-01-01 and 2199-12-31, text that is valid Unicode with no
	 * control characters but tab and line breaks and no bidirectional overrides.
	 */
	private void outOfBounds(JsonNode value, JsonNode declared, String path, List<String> outside) {
		JsonNode schema = resolve(declared, this.document);
		if (value.isObject()) {
			for (var field : value.properties()) {
				outOfBounds(field.getValue(), schema.path("properties").path(field.getKey()),
						path.isEmpty() ? field.getKey() : path + "." + field.getKey(), outside);
			}
			return;
		}
		if (value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				outOfBounds(value.get(i), schema.path("items"), path + "[" + i + "]", outside);
			}
			return;
		}
		this.valuesChecked++;
		String at = (path.isEmpty() ? "the answer" : path) + " = " + abbreviate(value.toString());
		if (schema.path("enum").isArray()) {
			boolean listed = false;
			for (JsonNode allowed : schema.path("enum")) {
				listed |= allowed.equals(value);
			}
			if (!listed) {
				outside.add(at + ": not one of " + schema.path("enum"));
			}
		}
		if (value.isNumber()) {
			JsonNode minimum = schema.path("minimum");
			JsonNode maximum = schema.path("maximum");
			if (minimum.isNumber() && value.decimalValue().compareTo(minimum.decimalValue()) < 0
					|| maximum.isNumber() && value.decimalValue().compareTo(maximum.decimalValue()) > 0) {
				outside.add(at + ": outside " + minimum + " to " + maximum);
			}
			return;
		}
		if (!value.isString()) {
			return;
		}
		String text = value.asString();
		if (schema.has("maxLength") && text.length() > schema.path("maxLength").asInt()) {
			outside.add(at + ": longer than " + schema.path("maxLength").asInt());
		}
		KeptText.problemWith(text, KeptText.Form.PARAGRAPHS).ifPresent(problem -> outside.add(at + ": " + problem));
		String name = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+\\]$", "");
		boolean dateField = schema.path("format").asString("").equals("date") || DATE_FIELDS.contains(name)
				|| name.toLowerCase().endsWith("date");
		if (dateField && DATE_LIKE.matcher(text).matches()) {
			DateBounds.problemWith(text).ifPresent(problem -> outside.add(at + ": " + problem));
		}
	}

	private List<String> hostileFor(String property, JsonNode schema) {
		List<String> values = new ArrayList<>(HOSTILE_JSON);
		String type = schema.path("type").asString("");
		if (type.isEmpty() && schema.path("type").isArray()) {
			type = schema.path("type").get(0).asString("");
		}
		switch (type) {
			case "string" -> {
				values.addAll(List.of("123", "true", "{}", "[]"));
				if (schema.path("format").asString("").equals("date") || property.toLowerCase().endsWith("date")) {
					values.addAll(
							List.of("\"-999999999-01-01\"", "\"+10000-01-01\"", "\"0000-01-01\"", "\"2026-02-30\""));
				}
				if (schema.has("enum")) {
					values.add("\"NOT_ONE_OF_THEM\"");
				}
			}
			case "integer" -> values.addAll(List.of("1.5", "\"1\"", "true", "99999999999999999999"));
			case "number" -> values.addAll(List.of("\"1\"", "true"));
			case "boolean" -> values.addAll(List.of("123", "\"true\"", "1"));
			case "array" -> values.addAll(List.of("\"x\"", "1", "{}"));
			default -> {
			}
		}
		return values;
	}

	private ObjectNode sampleBody(JsonNode schema, JsonNode document) {
		ObjectNode body = this.json.createObjectNode();
		for (var property : schema.path("properties").properties()) {
			JsonNode propertySchema = resolve(property.getValue(), document);
			String type = propertySchema.path("type").asString("string");
			if (propertySchema.has("enum")) {
				body.set(property.getKey(), propertySchema.path("enum").get(0));
			}
			else if (type.equals("integer") || type.equals("number")) {
				body.put(property.getKey(), 1);
			}
			else if (type.equals("boolean")) {
				body.put(property.getKey(), false);
			}
			else if (type.equals("array")) {
				body.putArray(property.getKey());
			}
			else if (type.equals("object")) {
				body.putObject(property.getKey());
			}
			else if (propertySchema.path("format").asString("").equals("date")) {
				body.put(property.getKey(), "2026-11-20");
			}
			else {
				body.put(property.getKey(), "Sweep");
			}
		}
		return body;
	}

	private String replaceProperty(String body, String property, String rawValue) {
		ObjectNode node = (ObjectNode) this.json.readTree(body);
		node.remove(property);
		String rest = this.json.writeValueAsString(node);
		String field = this.json.writeValueAsString(property) + ":" + rawValue;
		return rest.equals("{}") ? "{" + field + "}" : "{" + field + "," + rest.substring(1);
	}

	private JsonNode resolve(JsonNode node, JsonNode document) {
		String ref = node.path("$ref").asString("");
		if (ref.isEmpty()) {
			return node;
		}
		JsonNode resolved = document;
		for (String part : ref.substring(2).split("/")) {
			resolved = resolved.path(part);
		}
		return resolve(resolved, document);
	}

	private String fill(String template) {
		String filled = template;
		for (String parameter : pathParameters(template)) {
			filled = filled.replace("{" + parameter + "}", sample(parameter));
		}
		return filled;
	}

	private String sample(String parameter) {
		return switch (parameter) {
			case "upn" -> this.upn;
			case "urn" -> this.school.urn();
			case "date" -> "2026-11-20";
			case "session" -> "AM";
			default -> "sweep-" + parameter;
		};
	}

	private static List<String> pathParameters(String template) {
		List<String> names = new ArrayList<>();
		int open = template.indexOf('{');
		while (open >= 0) {
			int close = template.indexOf('}', open);
			names.add(template.substring(open + 1, close));
			open = template.indexOf('{', close);
		}
		return names;
	}

	private String persona(String target) {
		return PERSONA_BY_PREFIX.entrySet()
			.stream()
			.filter(entry -> matches(target, entry.getKey()))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	private boolean matches(String target, String prefix) {
		return target.startsWith(prefix.replace("{urn}", this.school.urn()));
	}

	private String auth(String persona) {
		return "Authorization: Bearer " + this.tokens.get(persona);
	}

	private JsonNode auditVerification() throws Exception {
		return this.json.readTree(get("/api/v1/audit/verify", "auditor").body());
	}

	private HttpResponse<String> get(String path, String persona) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.platform.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30));
		if (persona != null) {
			request.header("Authorization", "Bearer " + this.tokens.get(persona));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ");
		return (line.length() > 80) ? line.substring(0, 80) + "... (" + line.length() + " chars)" : line;
	}

}
