package uk.gov.dorsetcouncil.edu.transport;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;

/**
 * The OpenAPI document of the REST API, served at {@code /api/v1/transport/openapi.json}
 * so that the gateway's route reaches it like every other call (and, like them, only with
 * the caller headers); what every service's document says alike is in
 * {@link ServiceApiDocument}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	public static final String BAD_REQUEST = ServiceApiDocument.BAD_REQUEST;

	public static final String FORBIDDEN = ServiceApiDocument.FORBIDDEN;

	public static final String NOT_FOUND = ServiceApiDocument.NOT_FOUND;

	public static final String CONFLICT = ServiceApiDocument.CONFLICT;

	public static final String RULE_BROKEN = ServiceApiDocument.RULE_BROKEN;

	@Bean
	OpenAPI transportOpenApi() {
		return ServiceApiDocument.describe("Dorset transport service",
				"Pupils' home-to-school travel: eligibility decided under the law with its explanation, and the travel arrangements with the basis of eligibility, the route and the dates each runs.",
				"/api/v1/transport");
	}

	@Bean
	OpenApiCustomizer callerContextRefusal() {
		return ServiceApiDocument.callerContextRefusal();
	}

	@Bean
	OperationCustomizer platformParameters() {
		return ServiceApiDocument.platformParameters();
	}

}
