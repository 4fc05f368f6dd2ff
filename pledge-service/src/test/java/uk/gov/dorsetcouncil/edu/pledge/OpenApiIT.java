package uk.gov.dorsetcouncil.edu.pledge;

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
		return "/api/v1/pledges";
	}

	@Override
	protected String title() {
		return "Dorset pledge service";
	}

	@Override
	protected String basePackage() {
		return "uk.gov.dorsetcouncil.edu.pledge";
	}

	@Override
	protected Set<String> operations() {
		return Set.of("GET /api/v1/pledges/commitments", "GET /api/v1/pledges/commitments/{key}",
				"GET /api/v1/pledges/commitments/{key}/versions", "PUT /api/v1/pledges/commitments/{key}",
				"GET /api/v1/pledges/commitments/{key}/measures",
				"POST /api/v1/pledges/commitments/{key}/measures/{measureId}/values",
				"GET /api/v1/pledges/reports/meetings", "GET /api/v1/pledges/reports", "POST /api/v1/pledges/reports",
				"GET /api/v1/pledges/reports/{meeting}", "PUT /api/v1/pledges/reports/{meeting}/overrides/{key}",
				"GET /api/v1/pledges/reports/{meeting}/stakeholder-update",
				"POST /api/v1/pledges/workforce/submissions", "GET /api/v1/pledges/workforce/submissions/{id}",
				"GET /api/v1/pledges/workforce/measures");
	}

}
