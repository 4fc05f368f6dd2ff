package uk.gov.dorsetcouncil.edu.attendance;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;

/**
 * The OpenAPI document of the REST API, served at {@code /api/v1/attendance/openapi.json}
 * so that it is reachable through the gateway's route like every other call (and, like
 * them, only with the caller headers). Errors are described once, as reusable responses
 * carrying the RFC 9457 problem schema, and controllers refer to them by name.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	public static final String PROBLEM_SCHEMA = "Problem";

	public static final String BAD_REQUEST = "#/components/responses/BadRequest";

	public static final String UNAUTHORIZED = "#/components/responses/Unauthorized";

	public static final String FORBIDDEN = "#/components/responses/Forbidden";

	public static final String NOT_FOUND = "#/components/responses/NotFound";

	public static final String CONFLICT = "#/components/responses/Conflict";

	public static final String TOO_LARGE = "#/components/responses/TooLarge";

	public static final String RULE_BROKEN = "#/components/responses/RuleBroken";

	static {
		// The caller comes from the gateway's headers (platform argument resolver), not
		// from the request: it is documented as the security requirement instead.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	private static final Map<String, String> CALLER_SCHEMES = Map.of("callerSubject", CallerHeaders.SUBJECT,
			"callerOrganisation", CallerHeaders.ORGANISATION, "callerScopes", CallerHeaders.SCOPES);

	@Bean
	OpenAPI attendanceOpenApi() {
		Components components = new Components().addSchemas("Violation", violationSchema())
			.addSchemas(PROBLEM_SCHEMA, problemSchema());
		problem(components, "BadRequest", "Invalid input: a field is missing, malformed or out of range");
		problem(components, "Unauthorized", "No caller context: the call did not come through the gateway");
		problem(components, "Forbidden", "The scope is missing or the caller's organisation may not act here");
		problem(components, "NotFound", "Nothing is held under that identifier");
		problem(components, "Conflict", "Changed concurrently, or an idempotency key reused with other content");
		problem(components, "TooLarge", "The body is over the import limits");
		problem(components, "RuleBroken", "Well formed, but breaks a rule given what is held");
		SecurityRequirement caller = new SecurityRequirement();
		CALLER_SCHEMES.forEach((name, header) -> {
			components.addSecuritySchemes(name,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(header));
			caller.addList(name);
		});
		return new OpenAPI().info(new Info().title("Dorset attendance service").version("v1").description("""
				Schools, pupil rolls, session registers, bulk imports, DfE absence measures, \
				alerts, attendance plans and the MIS connector of the Dorset Education Platform.

				Calls come through the gateway (`/api/v1/attendance/**`), which authenticates \
				the client and sets the caller headers `x-dorset-subject`, `x-dorset-client`, \
				`x-dorset-organisation` (`SCHOOL:<urn>`, `LOCAL_AUTHORITY:838`, `SERVICE:<name>`), \
				`x-dorset-roles` and `x-dorset-scopes`; it removes any a client sends. Without \
				a subject and an organisation the service answers 401. Each operation then \
				checks its scope and the organisation: a school acts only for itself and \
				pupils on its roll, the local authority and platform services for the county.

				Errors are RFC 9457 problem details (`application/problem+json`) with an \
				`errors` list naming each field. Lists are paged: `page` from 0, `size` up to \
				the maximum each operation states.""")).components(components).addSecurityItem(caller);
	}

	/** Every call may be refused by the platform before it reaches a controller. */
	@Bean
	OpenApiCustomizer callerContextRefusal() {
		return (openApi) -> openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.forEach((operation) -> operation.getResponses()
					.addApiResponse("401", new ApiResponse().$ref(UNAUTHORIZED))));
	}

	private static void problem(Components components, String name, String description) {
		components.addResponses(name,
				new ApiResponse().description(description)
					.content(new Content().addMediaType("application/problem+json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri-reference").description("the kind of problem"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema().description("the HTTP status"))
			.addProperty("detail", new StringSchema().description("what was wrong, in words"))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Violation"))
						.description("each field that was wrong"))
			.required(List.of("type", "title", "status"));
	}

	private static Schema<?> violationSchema() {
		return new ObjectSchema()
			.addProperty("field", new StringSchema().description("the field, e.g. marks[3].code or date"))
			.addProperty("detail", new StringSchema())
			.required(List.of("field", "detail"));
	}

}
