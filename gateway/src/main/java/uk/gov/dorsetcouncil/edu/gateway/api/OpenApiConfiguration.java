package uk.gov.dorsetcouncil.edu.gateway.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API's description ({@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}): every call takes an OAuth 2.0 bearer token; errors are RFC
 * 9457 problem details (docs/problems.md).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	@Bean
	OpenAPI platformApi() {
		return new OpenAPI().info(new Info().title("Dorset Education Platform API")
			.version("v1")
			.description("One door for schools, the local authority and partners. Bearer tokens from the "
					+ "council's identity provider (client credentials for partner systems); scopes per capability; "
					+ "police, health and other partners name a purpose (X-Dorset-Purpose) and a data-sharing "
					+ "agreement (X-Dorset-Agreement). Errors are RFC 9457 problem details. Rate limited per client "
					+ "(429 with Retry-After). The services' own paths (/api/v1/attendance, /belonging, /send, "
					+ "/transport, /pledges) are routed unchanged and described in each service's README."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
