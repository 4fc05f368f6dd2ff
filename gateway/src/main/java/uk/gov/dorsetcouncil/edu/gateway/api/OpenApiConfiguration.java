package uk.gov.dorsetcouncil.edu.gateway.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;

/**
 * The public API's one description ({@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}): the gateway's own operations and, merged in, every routed
 * service's paths as the service describes them (OWASP API9:2023, improper inventory
 * management). Every call takes an OAuth 2.0 bearer token; errors are RFC 9457 problem
 * details (docs/problems.md).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	/** Lists the routed services whose paths are missing from the document now. */
	static final String UNDESCRIBED = "x-dorset-undescribed-services";

	static final String DESCRIPTION = "One door for schools, the local authority and partners. Bearer tokens from the "
			+ "council's identity provider (client credentials for partner systems); scopes per capability; "
			+ "police, health and other partners name a purpose (X-Dorset-Purpose) and a data-sharing "
			+ "agreement (X-Dorset-Agreement). Errors are RFC 9457 problem details. Rate limited per client "
			+ "(429 with Retry-After).\n\nThe services' paths (/api/v1/attendance, /belonging, /send, /transport, "
			+ "/pledges) are routed unchanged and merged in from each service's own document: their tags and "
			+ "components carry the service's name (`attendance: Schools`, `attendance.Problem`). The caller "
			+ "headers those documents mention are set by the gateway from the token; a client cannot send them.";

	@Bean
	OpenAPI platformApi() {
		return new OpenAPI()
			.info(new Info().title("Dorset Education Platform API").version("v1").description(DESCRIPTION))
			.servers(List.of(gateway()))
			.components(gatewayComponents())
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	private static Components gatewayComponents() {
		Components components = ServiceApiDocument.problems(new Components(),
				"No valid bearer token: missing, expired, or not issued for this API");
		ServiceApiDocument.problem(components, "TooManyRequests",
				"Over the client's rate limit; Retry-After says when to try again");
		return components.addSecuritySchemes(BEARER,
				new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
	}

	/**
	 * Every operation of the gateway's own may be refused before it runs: without a valid
	 * token (401), without the scope (403), over the rate limit (429).
	 */
	@Bean
	OpenApiCustomizer gatewayRefusals() {
		return (openApi) -> openApi.getPaths().forEach((path, item) -> {
			if (Arrays.stream(PlatformService.values())
				.noneMatch((service) -> path.startsWith(service.pathPrefix() + "/"))) {
				item.readOperations().forEach((operation) -> {
					refusal(operation.getResponses(), "401", "Unauthorized");
					refusal(operation.getResponses(), "403", "Forbidden");
					refusal(operation.getResponses(), "429", "TooManyRequests");
				});
			}
		});
	}

	private static void refusal(ApiResponses responses, String status, String name) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
		}
	}

	@Bean
	OpenApiCustomizer routedServicesApi(ServiceApiCatalogue catalogue) {
		return (openApi) -> merge(openApi, catalogue.namespaced(), catalogue.undescribed());
	}

	/**
	 * Merges the services' namespaced documents into the gateway's. Whatever an earlier
	 * merge into the same object added is replaced, so a service that became undescribed
	 * leaves no stale paths behind.
	 */
	static void merge(OpenAPI openApi, Map<PlatformService, OpenAPI> services, Set<PlatformService> undescribed) {
		openApi.servers(List.of(gateway()));
		if (openApi.getComponents() == null) {
			openApi.components(new Components());
		}
		forget(openApi);
		services.forEach((service, document) -> {
			if (document.getPaths() != null) {
				document.getPaths().forEach(openApi::path);
			}
			Components from = document.getComponents();
			Components to = openApi.getComponents();
			if (from != null) {
				copy(from.getSchemas(), to::addSchemas);
				copy(from.getResponses(), to::addResponses);
				copy(from.getParameters(), to::addParameters);
				copy(from.getExamples(), to::addExamples);
				copy(from.getRequestBodies(), to::addRequestBodies);
				copy(from.getHeaders(), to::addHeaders);
				copy(from.getLinks(), to::addLinks);
				copy(from.getCallbacks(), to::addCallbacks);
			}
			if (document.getTags() != null) {
				document.getTags().forEach(openApi::addTagsItem);
			}
			openApi.addTagsItem(new Tag().name(service.configName())
				.description("routed unchanged to the " + service.configName() + " service"));
		});
		Set<String> missing = new TreeSet<>();
		undescribed.forEach((service) -> missing.add(service.configName()));
		openApi.getInfo()
			.description(missing.isEmpty() ? DESCRIPTION
					: DESCRIPTION + "\n\nNot described at the moment (their documents could not be fetched; the "
							+ "paths are still routed): " + String.join(", ", missing) + ".");
		if (openApi.getExtensions() != null) {
			openApi.getExtensions().remove(UNDESCRIBED);
		}
		if (!missing.isEmpty()) {
			openApi.addExtension(UNDESCRIBED, List.copyOf(missing));
		}
	}

	private static void forget(OpenAPI openApi) {
		for (PlatformService service : PlatformService.values()) {
			if (openApi.getPaths() != null) {
				openApi.getPaths().keySet().removeIf((path) -> path.startsWith(service.pathPrefix() + "/"));
			}
			String namespace = service.configName() + ".";
			Components components = openApi.getComponents();
			for (Map<String, ?> named : Arrays.asList(components.getSchemas(), components.getResponses(),
					components.getParameters(), components.getExamples(), components.getRequestBodies(),
					components.getHeaders(), components.getLinks(), components.getCallbacks())) {
				if (named != null) {
					named.keySet().removeIf((name) -> name.startsWith(namespace));
				}
			}
			if (openApi.getTags() != null) {
				openApi.getTags()
					.removeIf((tag) -> tag.getName().equals(service.configName())
							|| tag.getName().startsWith(ServiceApiNamespace.tagOf(service.configName(), "")));
			}
		}
	}

	private static <T> void copy(Map<String, T> from, BiConsumer<String, T> to) {
		if (from != null) {
			from.forEach(to);
		}
	}

	private static Server gateway() {
		return new Server().url("/").description("this gateway: every path is called through it");
	}

}
