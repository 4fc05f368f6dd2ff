package uk.gov.dorsetcouncil.edu.platform.openapi;

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
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springdoc.core.utils.SpringDocUtils;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.Paged;

/**
 * What every service's OpenAPI document says the same way: the caller headers the gateway
 * sets, documented as the security requirement (never as parameters); errors as reusable
 * responses carrying the RFC 9457 problem schema, which operations refer to by name; and
 * 401 on every operation, since the platform refuses a call without caller context before
 * any controller sees it.
 */
public final class ServiceApiDocument {

	public static final String BAD_REQUEST = "#/components/responses/BadRequest";

	public static final String FORBIDDEN = "#/components/responses/Forbidden";

	public static final String NOT_FOUND = "#/components/responses/NotFound";

	public static final String CONFLICT = "#/components/responses/Conflict";

	public static final String TOO_LARGE = "#/components/responses/TooLarge";

	public static final String RULE_BROKEN = "#/components/responses/RuleBroken";

	public static final String PRECONDITION_FAILED = "#/components/responses/PreconditionFailed";

	/**
	 * The conditional-write header, as every editable document's PUT documents it (ADR
	 * 0027).
	 */
	public static final String IF_MATCH = "If-Match";

	/** What a PUT says of {@code If-Match}. */
	public static final String IF_MATCH_DESCRIPTION = "Optional: the ETag of the version the change was made from "
			+ "(a GET answers it). When it is no longer the version held, the write is refused with 412 and nothing "
			+ "is stored; without it the write goes ahead as before.";

	private static final String PROBLEM = "#/components/schemas/Problem";

	private static final Map<String, String> CALLER_SCHEMES = Map.of("callerSubject", CallerHeaders.SUBJECT,
			"callerOrganisation", CallerHeaders.ORGANISATION, "callerScopes", CallerHeaders.SCOPES);

	static {
		// The caller comes from the gateway's headers (the platform's argument resolver),
		// not from the request.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
		// A page request is read from three query parameters, documented by
		// platformParameters().
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
	}

	private ServiceApiDocument() {
	}

	/**
	 * A service's document.
	 * @param title for example "Dorset SEND service"
	 * @param purpose what the API holds, in a sentence or two
	 * @param route the gateway's route to it, for example {@code /api/v1/send}
	 * @return the document springdoc completes with the controllers' operations
	 */
	public static OpenAPI describe(String title, String purpose, String route) {
		Components components = problems(new Components(),
				"No caller context: the call did not come through the gateway");
		SecurityRequirement caller = new SecurityRequirement();
		CALLER_SCHEMES.forEach((name, header) -> {
			components.addSecuritySchemes(name,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(header));
			caller.addList(name);
		});
		return new OpenAPI().info(new Info().title(title).version("v1").description(purpose + """


				Calls come through the gateway (`%s/**`), which authenticates \
				the client and sets the caller headers `x-dorset-subject`, `x-dorset-client`, \
				`x-dorset-organisation` (`SCHOOL:<urn>`, `LOCALITY:<name>`, `LOCAL_AUTHORITY:838`, \
				`SERVICE:<name>`), `x-dorset-roles` and `x-dorset-scopes`; it removes any a client \
				sends. Without a subject and an organisation the service answers 401. Each operation \
				then checks its scope and the caller's organisation.

				Errors are RFC 9457 problem details (`application/problem+json`) with an \
				`errors` list naming each field and the `requestId` that is in the logs; each \
				`type` is a page on the gateway (`/problems/<name>`). A field or query parameter \
				the operation does not take is refused, never ignored.""".formatted(route)))
			.components(components)
			.addSecurityItem(caller);
	}

	/**
	 * Adds the RFC 9457 problem schema and the error responses operations refer to by
	 * name ({@link #BAD_REQUEST} and the others, and {@code Unauthorized}).
	 * @param components where to add them
	 * @param unauthorized why a call is refused as unauthenticated here
	 * @return the components
	 */
	public static Components problems(Components components, String unauthorized) {
		components.addSchemas("Violation", violationSchema()).addSchemas("Problem", problemSchema());
		problem(components, "BadRequest", "Invalid input: a field is missing, malformed or out of range");
		problem(components, "Unauthorized", unauthorized);
		problem(components, "Forbidden", "The scope is missing or the caller's organisation may not act here");
		problem(components, "NotFound", "Nothing is held under that identifier");
		problem(components, "Conflict", "Changed concurrently, or an idempotency key reused with other content");
		problem(components, "TooLarge", "The body is over the service's limits");
		problem(components, "RuleBroken", "Well formed, but breaks a rule given what is held");
		problem(components, "PreconditionFailed",
				"The If-Match header names a version that is no longer held: read again and write from it");
		problem(components, "UnsupportedMediaType",
				"The body's Content-Type is missing, a pattern such as */*, or not one the operation reads; "
						+ "accepted lists those it reads");
		return components;
	}

	/**
	 * Adds the refusals the platform makes before any controller to every operation: 401
	 * without caller context, 400 for a query parameter the operation does not take or
	 * cannot read (ADR 0020), and, where the operation reads a body, 415 for a body of
	 * another type.
	 */
	public static OpenApiCustomizer callerContextRefusal() {
		return (openApi) -> openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			operation.getResponses()
				.addApiResponse("401", new ApiResponse().$ref("#/components/responses/Unauthorized"));
			operation.getResponses().putIfAbsent("400", new ApiResponse().$ref(BAD_REQUEST));
			if (operation.getRequestBody() != null) {
				operation.getResponses()
					.putIfAbsent("415", new ApiResponse().$ref("#/components/responses/UnsupportedMediaType"));
			}
		}));
	}

	/**
	 * Documents what the platform reads for an operation: {@code page}, {@code size} and
	 * {@code sort} for a handler that takes a {@link PageRequest} (the sort fields from
	 * its {@link Paged}), and the {@code Idempotency-Key} header of an
	 * {@link IdempotentWrite}.
	 */
	public static OperationCustomizer platformParameters() {
		return (operation, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (PageRequest.class.equals(parameter.getParameterType())) {
					Paged paged = parameter.getParameterAnnotation(Paged.class);
					operation.addParametersItem(new Parameter().in("query")
						.name("page")
						.description("the page, from 0")
						.schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0)));
					operation.addParametersItem(new Parameter().in("query")
						.name("size")
						.description("items in a page")
						.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_SIZE))
							._default(PageRequest.DEFAULT_SIZE)));
					if (paged != null && paged.sort().length > 0) {
						operation.addParametersItem(new Parameter().in("query")
							.name("sort")
							.description("fields separated by commas, each with a leading - for descending: "
									+ String.join(", ", paged.sort()))
							.schema(new StringSchema()));
					}
				}
			}
			IdempotentWrite idempotent = handler.getMethodAnnotation(IdempotentWrite.class);
			if (idempotent != null) {
				operation.addParametersItem(new Parameter().in("header")
					.name(IdempotencyKeys.HEADER)
					.required(idempotent.required())
					.description("makes a retry safe: the same key and request get the first answer again")
					.schema(new StringSchema().minLength(1).maxLength(200).pattern("^[\\x21-\\x7e]+$")));
			}
			return operation;
		};
	}

	/**
	 * Lists the values a string property takes, from the code that checks them (an enum's
	 * symbols, say), so that the document cannot drift from the rule.
	 * @param values the values allowed
	 * @param example one of them, shown as the example
	 * @param properties each as {@code Schema.property}, e.g. {@code MarkBody.code}
	 * @return the customizer that sets them
	 */
	@SuppressWarnings("unchecked")
	public static OpenApiCustomizer allowedValues(List<String> values, String example, String... properties) {
		return (openApi) -> {
			for (String property : properties) {
				String[] named = property.split("\\.", 2);
				Schema<?> schema = openApi.getComponents().getSchemas().get(named[0]);
				Schema<Object> described = (schema != null && schema.getProperties() != null)
						? (Schema<Object>) schema.getProperties().get(named[1]) : null;
				if (described == null) {
					throw new IllegalStateException("no schema property " + property + " to list the values of");
				}
				described.setEnum(List.copyOf(values));
				described.setExample(example);
			}
		};
	}

	/** Adds an error response by name, its content the problem schema. */
	public static void problem(Components components, String name, String description) {
		components.addResponses(name,
				new ApiResponse().description(description)
					.content(new Content().addMediaType("application/problem+json",
							new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri-reference").description("the kind of problem"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema().description("the HTTP status"))
			.addProperty("detail", new StringSchema().description("what was wrong, in words"))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("requestId",
					new StringSchema().description("the request's correlation id, also in X-Request-Id and the logs"))
			.addProperty("accepted",
					new ArraySchema().items(new StringSchema())
						.description("on a 415, the media types the operation reads"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Violation"))
						.description("each field that was wrong"))
			.required(List.of("type", "title", "status"));
	}

	private static Schema<?> violationSchema() {
		return new ObjectSchema()
			.addProperty("field", new StringSchema().description("the field, e.g. upn or marks[3].code"))
			.addProperty("detail", new StringSchema())
			.required(List.of("field", "detail"));
	}

}
