package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.Readings;

/**
 * A SEND caseworker's view: the EHC needs assessment steps ({@code /assessment-queue})
 * and annual review steps ({@code /review-queue}) not yet done, for the county or the
 * viewer's school's pupils, soonest breach first and the overdue marked. The assessment
 * queue decides the page (both need the same right); the review queue is a part of it.
 */
@Controller
class SendQueuesController {

	/** The API's largest page: the first hundred steps of each queue by breach. */
	private static final String PAGE = "?size=100";

	private final Pages pages;

	SendQueuesController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/dashboard/send")
	Mono<Rendering> queues(@AuthenticationPrincipal OAuth2User user, ServerWebExchange exchange) {
		return this.pages.ask(user, exchange, "/api/v1/send/assessment-queue" + PAGE,
				List.of("/api/v1/send/review-queue" + PAGE),
				(body, besides) -> this.pages.page(user, exchange, "dashboard/send")
					.modelAttribute("assessments", Readings.queue(body))
					.modelAttribute("reviews", Readings.part(besides.get(0), Readings::queue))
					.build());
	}

}
