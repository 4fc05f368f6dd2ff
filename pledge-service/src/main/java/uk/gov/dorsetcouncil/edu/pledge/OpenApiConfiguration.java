package uk.gov.dorsetcouncil.edu.pledge;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;

/**
 * The OpenAPI document of the REST API, served at {@code /api/v1/pledges/openapi.json} so
 * that the gateway's route reaches it like every other call (and, like them, only with
 * the caller headers); what every service's document says alike is in
 * {@link ServiceApiDocument}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	public static final String BAD_REQUEST = ServiceApiDocument.BAD_REQUEST;

	public static final String FORBIDDEN = ServiceApiDocument.FORBIDDEN;

	@Bean
	OpenAPI pledgeOpenApi() {
		return ServiceApiDocument.describe("Dorset pledge service",
				"The commitments of the council's student and workforce pledges and the latest progress reported on each.",
				"/api/v1/pledges");
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
