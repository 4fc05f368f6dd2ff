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

import uk.gov.dorsetcouncil.edu.gateway.dashboard.AlertList;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.Readings;

/**
 * The children who need help now for the viewer's caseload
 * ({@code /api/v1/attendance/alerts}), filtered by school and reason and sorted.
 */
@Controller
class AlertListController {

	private final Pages pages;

	AlertListController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/dashboard/alerts")
	Mono<Rendering> alerts(@AuthenticationPrincipal OAuth2User user, @RequestParam(required = false) String school,
			@RequestParam(required = false) String type, @RequestParam(required = false) String order,
			@RequestParam(defaultValue = "0") int page, ServerWebExchange exchange) {
		String schoolFilter = (school != null && Pages.URN.matcher(school).matches()) ? school : "";
		String typeFilter = (type != null && AlertList.TYPES.contains(type)) ? type : "";
		AlertList.Order chosen = AlertList.Order.named(order);
		String filters = (schoolFilter.isEmpty() ? "" : "&school=" + schoolFilter)
				+ (typeFilter.isEmpty() ? "" : "&type=" + typeFilter);
		String query = "?size=100&page=" + Math.max(0, page) + filters;
		return this.pages.ask(user, exchange, "/api/v1/attendance/alerts" + query,
				body -> this.pages.page(user, exchange, "dashboard/alerts")
					.modelAttribute("alerts", Readings.alerts(body).sorted(chosen))
					.modelAttribute("orders", List.of(AlertList.Order.values()))
					.modelAttribute("types", AlertList.TYPES)
					.modelAttribute("order", chosen)
					.modelAttribute("school", schoolFilter)
					.modelAttribute("type", typeFilter)
					.modelAttribute("filterQuery", filters + "&order=" + chosen.name())
					.build());
	}

}
