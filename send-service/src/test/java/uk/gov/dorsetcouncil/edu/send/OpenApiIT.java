package uk.gov.dorsetcouncil.edu.send;

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
		return "/api/v1/send";
	}

	@Override
	protected String title() {
		return "Dorset SEND service";
	}

	@Override
	protected String basePackage() {
		return "uk.gov.dorsetcouncil.edu.send";
	}

	@Override
	protected Set<String> operations() {
		return Set.of("PUT /api/v1/send/ehc-plans/{upn}", "GET /api/v1/send/ehc-plans/{upn}",
				"POST /api/v1/send/assessments", "GET /api/v1/send/assessments/{id}",
				"GET /api/v1/send/pupils/{upn}/assessments", "PUT /api/v1/send/assessments/{id}/steps/{step}",
				"PUT /api/v1/send/assessments/{id}/advice-requests/{source}",
				"POST /api/v1/send/assessments/{id}/exceptions", "PUT /api/v1/send/assessments/{id}/appeal",
				"GET /api/v1/send/assessment-queue", "GET /api/v1/send/assessment-measures",
				"POST /api/v1/send/ehc-plans/{upn}/reviews", "GET /api/v1/send/reviews/{id}",
				"GET /api/v1/send/pupils/{upn}/reviews", "PUT /api/v1/send/reviews/{id}/steps/{step}",
				"PUT /api/v1/send/reviews/{id}/decision", "GET /api/v1/send/review-queue",
				"GET /api/v1/send/review-measures", "PUT /api/v1/send/ehc-plans/{upn}/sections",
				"PUT /api/v1/send/ehc-plans/{upn}/cessation", "POST /api/v1/send/ehc-plans/{upn}/transfers",
				"POST /api/v1/send/ehc-plans/{upn}/amendments", "PUT /api/v1/send/ehc-plans/{upn}/amendments/{number}",
				"GET /api/v1/send/ehc-plans/{upn}/history", "GET /api/v1/send/sen2-measures",
				"GET /api/v1/send/sen2-export");
	}

}
