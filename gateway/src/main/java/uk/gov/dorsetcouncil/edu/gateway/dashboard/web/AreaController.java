package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.AreaFigures;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.BelongingArea;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.CountyInclusion;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ExclusionRates;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.Period;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.ApiAnswer;
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
		Period period = new Period(term, from, to);
		return this.pages.ask(user, exchange, "/api/v1/dashboards/local-authority" + period.query(),
				inclusionPaths(period),
				(body, besides) -> areaPage(user, exchange, period, body, "Dorset", "LOCALITY", "LOCALITY",
						"/dashboard/localities/")
					.modelAttribute("inclusion", inclusion(besides))
					.modelAttribute("belongingArea",
							new BelongingArea("", "", BelongingArea.Split.LOCALITY,
									Objects.requireNonNullElse(period.term(), "")))
					.build());
	}

	/**
	 * The county's belonging and SEND figures the overview asks for beside its own, with
	 * the period as far as each takes one: rates a term, the registers opened since the
	 * period's first day, EHC timeliness a date range. Timetables and NEET are the
	 * current year's and winter's.
	 */
	static List<String> inclusionPaths(Period period) {
		String term = parameter("term", period.term());
		String from = parameter("from", period.from());
		String to = parameter("to", period.to());
		return List.of("/api/v1/belonging/rates" + query("by=LOCALITY", term),
				"/api/v1/belonging/part-time-timetables/statistics",
				"/api/v1/belonging/registers/counts" + query(parameter("since", period.from())),
				"/api/v1/belonging/registers/counts/neet", "/api/v1/send/assessment-measures" + query(from, to),
				"/api/v1/send/review-measures" + query(from, to));
	}

	private static String parameter(String name, String value) {
		return (value != null) ? name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) : null;
	}

	private static String query(String... parameters) {
		List<String> given = Stream.of(parameters).filter(Objects::nonNull).toList();
		return given.isEmpty() ? "" : "?" + String.join("&", given);
	}

	private static CountyInclusion inclusion(List<ApiAnswer> answers) {
		return new CountyInclusion(Readings.part(answers.get(0), Readings::rates),
				Readings.part(answers.get(1), Readings::timetableStatistics),
				Readings.part(answers.get(2), Readings::registerCounts), Readings.part(answers.get(3), Readings::neet),
				Readings.part(answers.get(4), Readings::assessments), Readings.part(answers.get(5), Readings::reviews));
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
				body -> areaPage(user, exchange, period, body, name, chartDimension, drillDimension, drillPath)
					.build());
	}

	private Rendering.Builder<?> areaPage(OAuth2User user, ServerWebExchange exchange, Period period, JsonNode body,
			String name, String chartDimension, String drillDimension, String drillPath) {
		return this.pages.page(user, exchange, "dashboard/area")
			.modelAttribute("area", Readings.area(body))
			.modelAttribute("name", name)
			.modelAttribute("period", period)
			.modelAttribute("path", exchange.getRequest().getPath().value())
			.modelAttribute("chartDimension", chartDimension)
			.modelAttribute("drillDimension", drillDimension)
			.modelAttribute("drillPath", drillPath)
			.modelAttribute("measures", List.of(AreaFigures.Measure.values()))
			.modelAttribute("rateMeasures", List.of(ExclusionRates.Measure.values()));
	}

}
