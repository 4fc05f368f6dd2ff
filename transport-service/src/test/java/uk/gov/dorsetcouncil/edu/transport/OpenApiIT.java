package uk.gov.dorsetcouncil.edu.transport;

import java.util.Set;

import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.dorsetcouncil.edu.platform.testing.ServiceApiDocumentContract;

/**
 * The OpenAPI document describes the REST API as it is: every controller operation, with
 * a summary, a description, described parameters and every error as problem details. A
 * new endpoint without documentation fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
class OpenApiIT extends ServiceApiDocumentContract {

	@Override
	protected String route() {
		return "/api/v1/transport";
	}

	@Override
	protected String title() {
		return "Dorset transport service";
	}

	@Override
	protected String basePackage() {
		return "uk.gov.dorsetcouncil.edu.transport";
	}

	@Override
	protected Set<String> operations() {
		return Set.of("GET /api/v1/transport/pupils/{upn}/arrangements",
				"POST /api/v1/transport/eligibility/assessments", "GET /api/v1/transport/eligibility/assessments/{id}",
				"GET /api/v1/transport/eligibility/pupils/{upn}", "POST /api/v1/transport/applications",
				"POST /api/v1/transport/applications/{id}/decision", "POST /api/v1/transport/appeals",
				"POST /api/v1/transport/appeals/{id}/outcome", "GET /api/v1/transport/applications/{id}",
				"GET /api/v1/transport/applications/{id}/letter", "GET /api/v1/transport/applications/pupils/{upn}",
				"POST /api/v1/transport/disruptions", "GET /api/v1/transport/disruptions/{id}",
				"GET /api/v1/transport/disruptions", "GET /api/v1/transport/entitled-not-travelling");
	}

}
