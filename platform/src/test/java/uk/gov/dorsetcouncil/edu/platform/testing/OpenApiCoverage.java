package uk.gov.dorsetcouncil.edu.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Compares a service's OpenAPI document with the REST operations its controllers map, so
 * that an endpoint cannot be served without being described (OWASP API9:2023, improper
 * inventory management). Each gap is one line naming the operation and what is missing.
 */
public final class OpenApiCoverage {

	private static final String PROBLEM = "#/components/schemas/Problem";

	private static final String RESPONSES = "#/components/responses/";

	private OpenApiCoverage() {
	}

	/**
	 * "METHOD /path" for each operation mapped by controllers in {@code basePackage} (and
	 * below), leaving out springdoc's own endpoint for the document.
	 */
	public static Set<String> operations(RequestMappingHandlerMapping mappings, String basePackage) {
		Set<String> operations = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith(basePackage)) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					operations.add("ANY " + pattern);
				}
				methods.forEach((method) -> operations.add(method.name() + " " + pattern));
			}
		});
		return operations;
	}

	/**
	 * What the document lacks for {@code operations}: each operation documented and
	 * nothing else; a summary, a description and a tag; one success answer, in JSON
	 * unless it is 204; every parameter described, none of them a caller-context header
	 * (the gateway sets those); 401 and 403 documented, and every error answered as RFC
	 * 9457 problem details.
	 */
	public static List<String> gaps(JsonNode document, Set<String> operations) {
		List<String> gaps = new ArrayList<>();
		JsonNode paths = document.path("paths");
		Set<String> documented = new TreeSet<>();
		paths.properties()
			.forEach((path) -> path.getValue()
				.propertyNames()
				.forEach((method) -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
		for (String operation : operations) {
			if (!documented.contains(operation)) {
				gaps.add(operation + ": not documented");
				continue;
			}
			gaps.addAll(gapsOf(document, operation));
		}
		for (String operation : documented) {
			if (!operations.contains(operation)) {
				gaps.add(operation + ": documented but not served");
			}
		}
		return gaps;
	}

	private static List<String> gapsOf(JsonNode document, String operation) {
		List<String> gaps = new ArrayList<>();
		String[] parts = operation.split(" ", 2);
		JsonNode described = document.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
		if (described.path("summary").asString("").isBlank() || described.path("description").asString("").isBlank()
				|| described.path("tags").isEmpty()) {
			gaps.add(operation + ": no summary, description or tag");
		}
		JsonNode responses = described.path("responses");
		List<String> successes = responses.propertyNames().stream().filter((code) -> code.startsWith("2")).toList();
		if (successes.isEmpty()) {
			gaps.add(operation + ": no success answer");
		}
		successes.stream()
			.filter((code) -> !code.equals("204"))
			.filter((code) -> responses.path(code)
				.path("content")
				.path("application/json")
				.path("schema")
				.isMissingNode())
			.forEach((code) -> gaps.add(operation + " " + code + ": no JSON answer"));
		described.path("parameters").forEach((parameter) -> {
			String name = parameter.path("name").asString("");
			if (parameter.path("description").asString("").isBlank()) {
				gaps.add(operation + ": parameter " + name + " undescribed");
			}
			if (name.toLowerCase(Locale.ROOT).startsWith("x-dorset-")) {
				gaps.add(operation + ": caller header " + name + " shown as a parameter");
			}
		});
		if (!responses.has("401") || !responses.has("403")) {
			gaps.add(operation + ": 401 or 403 undocumented");
		}
		responses.properties().stream().filter((answer) -> answer.getKey().compareTo("400") >= 0).forEach((answer) -> {
			String ref = answer.getValue().path("$ref").asString("");
			JsonNode resolved = ref.startsWith(RESPONSES)
					? document.path("components").path("responses").path(ref.substring(RESPONSES.length()))
					: answer.getValue();
			String schema = resolved.path("content")
				.path("application/problem+json")
				.path("schema")
				.path("$ref")
				.asString("");
			if (!schema.equals(PROBLEM)) {
				gaps.add(operation + " " + answer.getKey() + ": not problem details");
			}
		});
		return gaps;
	}

}
