package uk.gov.dorsetcouncil.edu.gateway.api;

import java.util.Arrays;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Each service's own OpenAPI document, open like the gateway's ({@code /v3/api-docs},
 * which merges them all) and listed beside it in the Swagger UI:
 * {@code /v3/services/<service>/openapi.json}, as last fetched by
 * {@link ServiceApiCatalogue}, its {@code servers} pointing at the gateway.
 */
@RestController
@Hidden
class ServiceApiDocuments {

	private final ServiceApiCatalogue catalogue;

	ServiceApiDocuments(ServiceApiCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping(path = "/v3/services/{service}/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode document(@PathVariable String service) {
		PlatformService known = Arrays.stream(PlatformService.values())
			.filter((candidate) -> candidate.configName().equals(service))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("no API description is listed for '" + service + "'"));
		return this.catalogue.document(known)
			.orElseThrow(() -> new ProblemException(Problem.UNAVAILABLE,
					"the " + service + " service's API description could not be fetched lately; try again later"));
	}

}
