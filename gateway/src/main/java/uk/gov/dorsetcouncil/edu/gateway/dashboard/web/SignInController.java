package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a signed-in viewer starts (their own area, or the first view their rights offer),
 * and the pages after signing out or a failed sign-in.
 */
@Controller
class SignInController {

	private final Pages pages;

	SignInController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/dashboard")
	Mono<Rendering> home(@AuthenticationPrincipal OAuth2User user) {
		return Mono.just(Rendering.redirectTo(Pages.viewer(user).home()).build());
	}

	@GetMapping("/dashboard/nothing-to-show")
	Mono<Rendering> nothingToShow(@AuthenticationPrincipal OAuth2User user, ServerWebExchange exchange) {
		return Mono.just(this.pages.page(user, exchange, "dashboard/nothing").build());
	}

	@GetMapping("/dashboard/signed-out")
	Mono<Rendering> signedOut(@RequestParam(required = false) String failed) {
		return Mono.just(Rendering.view("dashboard/signed-out")
			.modelAttribute("failed", failed != null)
			.modelAttribute("signIn", this.pages.signIn())
			.status((failed != null) ? HttpStatus.UNAUTHORIZED : HttpStatus.OK)
			.build());
	}

}
