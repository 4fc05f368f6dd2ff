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

	public static final String NOT_FOUND = ServiceApiDocument.NOT_FOUND;

	public static final String CONFLICT = ServiceApiDocument.CONFLICT;

	public static final String RULE_BROKEN = ServiceApiDocument.RULE_BROKEN;

	public static final String PRECONDITION_FAILED = ServiceApiDocument.PRECONDITION_FAILED;

	/** What every read that takes {@code asOf} says of it. */
	public static final String AS_OF = "optional: the time to read as of, an instant such as 2026-12-07T10:00:00Z or a date "
			+ "(its end, UTC); now when absent";

	@Bean
	OpenAPI pledgeOpenApi() {
		return ServiceApiDocument.describe("Dorset pledge service",
				"The commitments of the council's student and workforce pledges as versioned data (measures, actions, evidence, status), their measures' values with provenance, and the Education Board's reports.",
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
