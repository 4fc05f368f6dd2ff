package uk.gov.dorsetcouncil.edu.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * What a client generator needs beyond a valid OpenAPI document (ADR 0026): every
 * operation documents a success answer with a schema (204 apart) and at least one problem
 * answer, every error answer is RFC 9457 problem details with a {@code Problem} schema,
 * every object schema with properties says which of them are always there
 * ({@code required}), and no answer or body is a free-form object (a
 * {@code Map<String, Object>} in the code: a generator makes it a bag of anything). Each
 * gap is one line naming where it is.
 */
public final class ApiContractGaps {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private static final String RESPONSES = "#/components/responses/";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String SCHEMAS = "#/components/schemas/";

	private static final Set<String> DATE_FORMATS = Set.of("date", "date-time");

	private ApiContractGaps() {
	}

	public static List<String> of(JsonNode document) {
		List<String> gaps = new ArrayList<>();
		document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			if (METHODS.contains(entry.getKey())) {
				String operation = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
				operationGaps(document, operation, entry.getValue(), gaps);
			}
		}));
		document.path("components")
			.path("schemas")
			.properties()
			.forEach((schema) -> schemaGaps("schema " + schema.getKey(), schema.getValue(), gaps));
		return gaps;
	}

	private static void operationGaps(JsonNode document, String operation, JsonNode described, List<String> gaps) {
		JsonNode responses = described.path("responses");
		boolean success = false;
		boolean problem = false;
		for (String code : responses.propertyNames()) {
			JsonNode answer = resolved(document, responses.path(code));
			if (code.startsWith("2")) {
				success = true;
				if (!code.equals("204") && answer.path("content")
					.properties()
					.stream()
					.noneMatch((media) -> media.getValue().has("schema"))) {
					gaps.add(operation + " " + code + ": no schema for the answer");
				}
				answer.path("content")
					.properties()
					.forEach((media) -> schemaGaps(operation + " " + code, media.getValue().path("schema"), gaps));
			}
			else if (code.compareTo("400") >= 0) {
				String schema = answer.path("content").path(PROBLEM_JSON).path("schema").path("$ref").asString("");
				if (schema.endsWith("Problem")) {
					problem = true;
				}
				else {
					gaps.add(operation + " " + code + ": not problem details");
				}
			}
		}
		if (!success) {
			gaps.add(operation + ": no success answer");
		}
		if (!problem) {
			gaps.add(operation + ": no problem answer");
		}
		described.path("requestBody")
			.path("content")
			.properties()
			.forEach((media) -> schemaGaps(operation + " body", media.getValue().path("schema"), gaps));
	}

	private static boolean freeForm(JsonNode schema) {
		boolean object = schema.path("type").asString("").equals("object") || (schema.path("type").isArray()
				&& schema.path("type").valueStream().anyMatch((type) -> type.asString().equals("object")));
		return object && schema.path("properties").isEmpty() && schema.path("additionalProperties").isEmpty()
				&& !schema.has("$ref") && !schema.has("allOf") && !schema.has("anyOf") && !schema.has("oneOf");
	}

	private static JsonNode resolved(JsonNode document, JsonNode response) {
		String ref = response.path("$ref").asString("");
		return ref.startsWith(RESPONSES)
				? document.path("components").path("responses").path(ref.substring(RESPONSES.length())) : response;
	}

	/**
	 * An object schema with properties and no required list, or an object with neither
	 * properties nor a schema for its values; then its parts.
	 */
	private static void schemaGaps(String where, JsonNode schema, List<String> gaps) {
		if (!schema.isObject()) {
			return;
		}
		if (freeForm(schema)) {
			gaps.add(where + ": a free-form object");
		}
		if (schema.path("properties").isObject() && !schema.path("properties").isEmpty()
				&& schema.path("required").isEmpty()) {
			gaps.add(where + ": no required list");
		}
		schema.path("properties")
			.properties()
			.forEach((property) -> schemaGaps(where + "." + property.getKey(), property.getValue(), gaps));
		schemaGaps(where + "[]", schema.path("items"), gaps);
		schemaGaps(where + "{}", schema.path("additionalProperties"), gaps);
		for (String combined : List.of("allOf", "anyOf", "oneOf")) {
			schema.path(combined).forEach((part) -> schemaGaps(where, part, gaps));
		}
	}

	/**
	 * Formats and examples a generator needs (ADR 0026), two rules: a property named as a
	 * date ({@code date}, {@code ...Date}, {@code dateOf...}) states {@code format: date}
	 * or {@code date-time}; a string property of a request body (or of a schema it refers
	 * to) with a {@code pattern} or a {@code format} carries an {@code example}.
	 * {@code from} and {@code to} are left out: in attendance they also name the codes an
	 * amendment changed.
	 */
	public static List<String> formats(JsonNode document) {
		List<String> gaps = new ArrayList<>();
		document.path("components")
			.path("schemas")
			.properties()
			.forEach((schema) -> dateGaps("schema " + schema.getKey(), schema.getValue(), gaps));
		Set<String> bodies = new TreeSet<>();
		document.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> operation.getValue()
					.path("requestBody")
					.path("content")
					.properties()
					.forEach((media) -> exampleGaps(document,
							operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " body",
							media.getValue().path("schema"), bodies, gaps))));
		return gaps;
	}

	private static boolean namedAsDate(String name) {
		return name.equals("date") || name.endsWith("Date") || name.startsWith("dateOf");
	}

	private static void dateGaps(String where, JsonNode schema, List<String> gaps) {
		if (!schema.isObject()) {
			return;
		}
		schema.path("properties").properties().forEach((property) -> {
			String name = where + "." + property.getKey();
			JsonNode value = property.getValue();
			if (namedAsDate(property.getKey()) && !value.has("$ref")
					&& !DATE_FORMATS.contains(value.path("format").asString(""))) {
				gaps.add(name + ": a date without format date");
			}
			dateGaps(name, value, gaps);
		});
		dateGaps(where + "[]", schema.path("items"), gaps);
		dateGaps(where + "{}", schema.path("additionalProperties"), gaps);
	}

	/** Each schema a body refers to is looked at once ({@code seen}), under its name. */
	private static void exampleGaps(JsonNode document, String where, JsonNode schema, Set<String> seen,
			List<String> gaps) {
		if (!schema.isObject()) {
			return;
		}
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith(SCHEMAS)) {
			String name = ref.substring(SCHEMAS.length());
			if (seen.add(name)) {
				exampleGaps(document, "schema " + name, document.path("components").path("schemas").path(name), seen,
						gaps);
			}
			return;
		}
		schema.path("properties").properties().forEach((property) -> {
			JsonNode value = property.getValue();
			boolean string = value.path("type").asString("").equals("string") || (value.path("type").isArray()
					&& value.path("type").valueStream().anyMatch((type) -> type.asString().equals("string")));
			if (string && (value.has("pattern") || value.has("format")) && !value.has("example")
					&& !value.has("examples")) {
				gaps.add(where + "." + property.getKey() + ": a " + (value.has("pattern") ? "pattern" : "format")
						+ " without an example");
			}
			exampleGaps(document, where + "." + property.getKey(), value, seen, gaps);
		});
		exampleGaps(document, where + "[]", schema.path("items"), seen, gaps);
		for (String combined : List.of("allOf", "anyOf", "oneOf")) {
			schema.path(combined).forEach((part) -> exampleGaps(document, where, part, seen, gaps));
		}
	}

}
