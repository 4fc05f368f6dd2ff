package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.Readings;

/**
 * Statutory deadlines due this week and overdue, across services
 * ({@code /api/v1/deadlines/this-week}).
 */
@Controller
class DeadlinesController {

	private final Pages pages;

	DeadlinesController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/dashboard/deadlines")
	Mono<Rendering> deadlines(@AuthenticationPrincipal OAuth2User user, ServerWebExchange exchange) {
		return this.pages.ask(user, exchange, "/api/v1/deadlines/this-week",
				body -> this.pages.page(user, exchange, "dashboard/deadlines")
					.modelAttribute("week", Readings.deadlines(body))
					.build());
	}

}
