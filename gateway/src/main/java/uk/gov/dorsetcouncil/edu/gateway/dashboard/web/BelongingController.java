package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.BelongingArea;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ExclusionRates;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.PartTimeTimetables;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.Readings;

/**
 * The belonging view: an area's suspension and exclusion rates split the way the viewer
 * chooses ({@code /api/v1/belonging/rates}), drilling from the county to a locality and a
 * school with the term kept, and the part-time timetables raising alerts at the schools
 * the viewer sees ({@code /part-time-timetables/alerts}). The rates decide the page; the
 * timetables are a part of it, shown as not shown to a viewer the API refuses them.
 */
@Controller
class BelongingController {

	private final Pages pages;

	BelongingController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/dashboard/belonging")
	Mono<Rendering> belonging(@AuthenticationPrincipal OAuth2User user, @RequestParam(required = false) String urn,
			@RequestParam(required = false) String locality, @RequestParam(required = false) String split,
			@RequestParam(required = false) String term, @RequestParam(required = false) String alert,
			ServerWebExchange exchange) {
		var asked = BelongingArea.asked(Pages.viewer(user), urn, locality, split, term);
		if (asked.isEmpty()) {
			return this.pages.notFound(user, exchange, "A school's URN has six digits and a locality is a name.");
		}
		BelongingArea area = asked.get();
		String alertFilter = (alert != null && PartTimeTimetables.ALERTS.contains(alert)) ? alert : "";
		String alerts = "/api/v1/belonging/part-time-timetables/alerts?size=100"
				+ (alertFilter.isEmpty() ? "" : "&alert=" + alertFilter);
		return this.pages.ask(user, exchange, area.apiPath(), List.of(alerts),
				(body, besides) -> this.pages.page(user, exchange, "dashboard/belonging")
					.modelAttribute("here", area)
					.modelAttribute("rates", Readings.rates(body))
					.modelAttribute("rateMeasures", List.of(ExclusionRates.Measure.values()))
					.modelAttribute("splits", List.of(BelongingArea.Split.values()))
					.modelAttribute("timetables", Readings.part(besides.get(0), Readings::timetableAlerts))
					.modelAttribute("alerts", PartTimeTimetables.ALERTS)
					.modelAttribute("alert", alertFilter)
					.build());
	}

}
