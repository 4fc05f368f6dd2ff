package uk.gov.dorsetcouncil.edu.belonging;

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
		return "/api/v1/belonging";
	}

	@Override
	protected String title() {
		return "Dorset belonging service";
	}

	@Override
	protected String basePackage() {
		return "uk.gov.dorsetcouncil.edu.belonging";
	}

	@Override
	protected Set<String> operations() {
		return Set.of("GET /api/v1/belonging/pupils/{upn}", "POST /api/v1/belonging/exclusions",
				"GET /api/v1/belonging/exclusions/{id}", "PUT /api/v1/belonging/exclusions/{id}/steps/{step}",
				"PUT /api/v1/belonging/exclusions/{id}/meeting-request",
				"GET /api/v1/belonging/pupils/{upn}/exclusions", "GET /api/v1/belonging/steps",
				"GET /api/v1/belonging/exclusion-reasons",
				// part-time timetables
				"POST /api/v1/belonging/part-time-timetables", "GET /api/v1/belonging/part-time-timetables/{id}",
				"PUT /api/v1/belonging/part-time-timetables/{id}/reviews",
				"PUT /api/v1/belonging/part-time-timetables/{id}/end",
				"GET /api/v1/belonging/pupils/{upn}/part-time-timetables",
				"GET /api/v1/belonging/part-time-timetables/alerts",
				"GET /api/v1/belonging/part-time-timetables/statistics",
				"GET /api/v1/belonging/part-time-timetable-reasons",
				// rates
				"GET /api/v1/belonging/rates");
	}

}
