package uk.gov.dorsetcouncil.edu.gateway.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

/**
 * A service's OpenAPI document made ready to sit inside the gateway's: every component
 * renamed {@code <service>.<name>} (and every reference to it), so that two services'
 * {@code Problem} schemas cannot overwrite each other; every tag renamed
 * {@code <service>: <tag>} and every operation id {@code <service>.<id>}; the service's
 * own security schemes (the caller headers the gateway sets) and servers dropped, since a
 * client calls the gateway with a bearer token.
 */
final class ServiceApiNamespace {

	static final String COMPONENTS = "#/components/";

	private static final JsonNodeFactory NODES = JsonMapper.shared().getNodeFactory();

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private ServiceApiNamespace() {
	}

	/** The document as served on its own: unchanged but for its servers. */
	static ObjectNode servedThroughTheGateway(PlatformService service, JsonNode document) {
		ObjectNode served = (ObjectNode) checked(document).deepCopy();
		ObjectNode server = NODES.objectNode();
		server.put("url", "/");
		server.put("description", "the gateway, which routes these paths to the " + service.configName() + " service");
		served.set("servers", NODES.arrayNode().add(server));
		return served;
	}

	static ObjectNode namespaced(PlatformService service, JsonNode document) {
		String namespace = service.configName();
		ObjectNode renamed = (ObjectNode) references(checked(document), namespace);
		renamed.remove(List.of("servers", "security"));
		JsonNode components = renamed.path("components");
		if (components instanceof ObjectNode kinds) {
			kinds.remove("securitySchemes");
			for (String kind : List.copyOf(kinds.propertyNames())) {
				ObjectNode named = NODES.objectNode();
				kinds.path(kind)
					.properties()
					.forEach((entry) -> named.set(namespace + "." + entry.getKey(), entry.getValue()));
				kinds.set(kind, named);
			}
		}
		if (renamed.path("tags") instanceof ArrayNode tags) {
			tags.forEach((tag) -> ((ObjectNode) tag).put("name", tagOf(namespace, tag.path("name").asString())));
		}
		renamed.path("paths").forEach((path) -> path.properties().forEach((entry) -> {
			if (METHODS.contains(entry.getKey().toLowerCase(Locale.ROOT))
					&& entry.getValue() instanceof ObjectNode operation) {
				operation(namespace, operation);
			}
		}));
		return renamed;
	}

	static String tagOf(String namespace, String tag) {
		return namespace + ": " + tag;
	}

	private static void operation(String namespace, ObjectNode operation) {
		operation.remove("security");
		// operation ids are unique within one document, and services name theirs alike
		if (operation.path("operationId").isString()) {
			operation.put("operationId", namespace + "." + operation.path("operationId").asString());
		}
		ArrayNode tags = NODES.arrayNode();
		operation.path("tags").forEach((tag) -> tags.add(tagOf(namespace, tag.asString())));
		if (tags.isEmpty()) {
			tags.add(namespace);
		}
		operation.set("tags", tags);
		if (operation.path("parameters") instanceof ArrayNode parameters) {
			// The gateway sets the caller headers itself and drops any a client sends.
			ArrayNode kept = NODES.arrayNode();
			parameters.forEach((parameter) -> {
				boolean callerHeader = parameter.path("in").asString("").equals("header")
						&& parameter.path("name").asString("").toLowerCase(Locale.ROOT).startsWith("x-dorset-");
				if (!callerHeader) {
					kept.add(parameter);
				}
			});
			operation.set("parameters", kept);
		}
	}

	/** A copy with every local reference {@code #/components/<kind>/<name>} renamed. */
	private static JsonNode references(JsonNode node, String namespace) {
		if (node.isObject()) {
			ObjectNode copy = NODES.objectNode();
			node.properties().forEach((entry) -> copy.set(entry.getKey(), references(entry.getValue(), namespace)));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = NODES.arrayNode();
			node.forEach((element) -> copy.add(references(element, namespace)));
			return copy;
		}
		if (node.isString() && node.asString().startsWith(COMPONENTS)) {
			String[] parts = node.asString().substring(COMPONENTS.length()).split("/", 2);
			if (parts.length == 2) {
				return NODES.stringNode(COMPONENTS + parts[0] + "/" + namespace + "." + parts[1]);
			}
		}
		return node;
	}

	private static JsonNode checked(JsonNode document) {
		if (!(document instanceof ObjectNode) || !document.path("openapi").asString("").startsWith("3.")
				|| !document.path("paths").isObject()) {
			throw new IllegalArgumentException("not an OpenAPI 3 document");
		}
		return document;
	}

}
