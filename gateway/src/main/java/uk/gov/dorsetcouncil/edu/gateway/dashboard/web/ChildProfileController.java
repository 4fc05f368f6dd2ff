package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.Readings;

/**
 * A child's profile across services ({@code /api/v1/children/{upn}/profile}), each part
 * shown, or why not, as the API released it to the viewer.
 */
@Controller
class ChildProfileController {

	private final Pages pages;

	ChildProfileController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/dashboard/children")
	Mono<Rendering> findChild(@AuthenticationPrincipal OAuth2User user, @RequestParam(required = false) String upn,
			ServerWebExchange exchange) {
		if (upn != null && Pages.UPN.matcher(upn.trim()).matches()) {
			return Mono.just(Rendering.redirectTo("/dashboard/children/" + upn.trim()).build());
		}
		return Mono.just(this.pages.page(user, exchange, "dashboard/find-child")
			.modelAttribute("error", (upn != null) ? "Enter a UPN: 13 letters and digits, such as A838200125001" : "")
			.status((upn != null) ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.build());
	}

	@GetMapping("/dashboard/children/{upn}")
	Mono<Rendering> child(@AuthenticationPrincipal OAuth2User user, @PathVariable String upn,
			ServerWebExchange exchange) {
		if (!Pages.UPN.matcher(upn).matches()) {
			return this.pages.notFound(user, exchange, "A UPN has 13 letters and digits.");
		}
		return this.pages.ask(user, exchange, "/api/v1/children/" + upn + "/profile",
				body -> this.pages.page(user, exchange, "dashboard/child")
					.modelAttribute("child", Readings.child(body))
					.build());
	}

}
