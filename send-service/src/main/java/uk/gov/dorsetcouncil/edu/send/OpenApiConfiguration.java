package uk.gov.dorsetcouncil.edu.send;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;

/**
 * The OpenAPI document of the REST API, served at {@code /api/v1/send/openapi.json} so
 * that the gateway's route reaches it like every other call (and, like them, only with
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
	OpenAPI sendOpenApi() {
		return ServiceApiDocument.describe("Dorset SEND service",
				"Education, health and care (EHC) plans: the plan the local authority maintains for a pupil, its next annual review and the pupil's attendance; EHC needs assessment requests on the statutory 20-week clock; annual reviews of plans with their steps and phase transfers; plans' sections A to K, cessation, transfers, amendments and history; the SEN2 measures and export.",
				"/api/v1/send");
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
