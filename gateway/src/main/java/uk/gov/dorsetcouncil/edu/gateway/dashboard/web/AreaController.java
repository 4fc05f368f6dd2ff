package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.AreaFigures;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.Period;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.Readings;

/**
 * The area views: the county overview, a locality and a school, each over the API's
 * dashboard for the area ({@code /api/v1/dashboards/...}), with the period chosen kept
 * from one to the next.
 */
@Controller
class AreaController {

	private final Pages pages;

	AreaController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/dashboard/overview")
	Mono<Rendering> overview(@AuthenticationPrincipal OAuth2User user, @RequestParam(required = false) String term,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			ServerWebExchange exchange) {
		return area(user, exchange, new Period(term, from, to), "/api/v1/dashboards/local-authority", "Dorset",
				"LOCALITY", "LOCALITY", "/dashboard/localities/");
	}

	@GetMapping("/dashboard/localities/{locality}")
	Mono<Rendering> locality(@AuthenticationPrincipal OAuth2User user, @PathVariable String locality,
			@RequestParam(required = false) String term, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, ServerWebExchange exchange) {
		if (!Pages.NAME.matcher(locality).matches()) {
			return this.pages.notFound(user, exchange, "There is no locality called that.");
		}
		return area(user, exchange, new Period(term, from, to), "/api/v1/dashboards/localities/" + locality,
				"Locality " + locality, "SCHOOL", "SCHOOL", "/dashboard/schools/");
	}

	@GetMapping("/dashboard/schools/{urn}")
	Mono<Rendering> school(@AuthenticationPrincipal OAuth2User user, @PathVariable String urn,
			@RequestParam(required = false) String term, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, ServerWebExchange exchange) {
		if (!Pages.URN.matcher(urn).matches()) {
			return this.pages.notFound(user, exchange, "A school's URN has six digits.");
		}
		return area(user, exchange, new Period(term, from, to), "/api/v1/dashboards/schools/" + urn, "School " + urn,
				"YEAR_GROUP", "", "");
	}

	/**
	 * An area's page: its figures charted by one dimension of its groups, and the groups
	 * of the drill-down dimension linked to their own pages with the same period.
	 */
	private Mono<Rendering> area(OAuth2User user, ServerWebExchange exchange, Period period, String path, String name,
			String chartDimension, String drillDimension, String drillPath) {
		return this.pages.ask(user, exchange, path + period.query(),
				body -> this.pages.page(user, exchange, "dashboard/area")
					.modelAttribute("area", Readings.area(body))
					.modelAttribute("name", name)
					.modelAttribute("period", period)
					.modelAttribute("path", exchange.getRequest().getPath().value())
					.modelAttribute("chartDimension", chartDimension)
					.modelAttribute("drillDimension", drillDimension)
					.modelAttribute("drillPath", drillPath)
					.modelAttribute("measures", List.of(AreaFigures.Measure.values()))
					.build());
	}

}
