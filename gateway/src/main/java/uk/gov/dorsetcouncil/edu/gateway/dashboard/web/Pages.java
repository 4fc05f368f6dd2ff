package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.Viewer;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.ApiAnswer;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.PlatformApi;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.config.DashboardSettings;

/**
 * What every dashboard page does (ADR 0033): asks the platform's API as the signed-in
 * viewer and renders its answer; a refusal is shown as a refusal with the API's reason,
 * an unavailable platform as unavailable, and an ended sign-in sends the viewer to sign
 * in again. Every page says who is signed in and whose data it shows, and carries the
 * sign-out form with its CSRF token.
 */
@Component
class Pages {

	/** What the views accept in a path or filter before it goes into an API request. */
	static final Pattern URN = Pattern.compile("\\d{6}");

	static final Pattern UPN = Pattern.compile("[A-Za-z0-9]{13}");

	static final Pattern NAME = Pattern.compile("[A-Za-z_]{1,40}");

	private final PlatformApi api;

	private final ServerOAuth2AuthorizedClientRepository clients;

	private final DashboardSettings settings;

	Pages(PlatformApi api, ServerOAuth2AuthorizedClientRepository clients, DashboardSettings settings) {
		this.api = api;
		this.clients = clients;
		this.settings = settings;
	}

	/** Asks the API for a path (and query) as the viewer and renders its answer. */
	Mono<Rendering> ask(OAuth2User user, ServerWebExchange exchange, String path,
			Function<JsonNode, Rendering> render) {
		return ask(user, exchange, path, List.of(), (body, besides) -> render.apply(body));
	}

	/**
	 * Asks the API for a page's main path and, at the same time, for the parts beside it,
	 * all as the viewer. The main answer decides the page (a refusal is the refusal
	 * page); each answer beside it is given to the page as it came, for the page to show
	 * as its part's data or why not (see {@code Readings.part}).
	 */
	Mono<Rendering> ask(OAuth2User user, ServerWebExchange exchange, String path, List<String> besides,
			BiFunction<JsonNode, List<ApiAnswer>, Rendering> render) {
		return accessToken(exchange)
			.flatMap(token -> Mono.zip(this.api.get(token, path),
					Flux.fromIterable(besides).flatMapSequential(other -> this.api.get(token, other)).collectList()))
			.map(answers -> switch (answers.getT1()) {
				case ApiAnswer.Answered answered -> render.apply(answered.body(), answers.getT2());
				case ApiAnswer.Refused refused when refused.status() == 401 -> signInAgain();
				case ApiAnswer.Refused refused ->
					page(user, exchange, "dashboard/refused").modelAttribute("detail", refused.detail())
						.modelAttribute("status", refused.status())
						.status(HttpStatus.valueOf(refused.status()))
						.build();
				case ApiAnswer.Unavailable unavailable ->
					page(user, exchange, "dashboard/unavailable").modelAttribute("detail", unavailable.why())
						.status(HttpStatus.SERVICE_UNAVAILABLE)
						.build();
			})
			.defaultIfEmpty(signInAgain());
	}

	/** A page of its own for a path or filter no record could have. */
	Mono<Rendering> notFound(OAuth2User user, ServerWebExchange exchange, String detail) {
		return Mono.just(page(user, exchange, "dashboard/refused").modelAttribute("detail", detail)
			.modelAttribute("status", 404)
			.status(HttpStatus.NOT_FOUND)
			.build());
	}

	/**
	 * A page with what every page shows: who is signed in, whose data, the navigation,
	 * the sign-out form.
	 */
	Rendering.Builder<?> page(OAuth2User user, ServerWebExchange exchange, String template) {
		Viewer viewer = viewer(user);
		Mono<CsrfToken> csrf = exchange.getAttribute(CsrfToken.class.getName());
		return Rendering.view(template)
			.modelAttribute("viewer", viewer)
			.modelAttribute("csrf", (csrf != null) ? csrf : Mono.empty());
	}

	/** Where sign-in starts. */
	String signIn() {
		return "/oauth2/authorization/" + this.settings.registrationId();
	}

	/**
	 * The session's access token while it is valid; empty when the viewer must sign in
	 * again.
	 */
	private Mono<String> accessToken(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.cast(OAuth2AuthenticationToken.class)
			.flatMap(authentication -> this.clients
				.<OAuth2AuthorizedClient>loadAuthorizedClient(this.settings.registrationId(), authentication, exchange))
			.filter(client -> client.getAccessToken().getExpiresAt() == null
					|| client.getAccessToken().getExpiresAt().isAfter(Instant.now()))
			.map(client -> client.getAccessToken().getTokenValue());
	}

	private Rendering signInAgain() {
		return Rendering.redirectTo(signIn()).build();
	}

	/** The viewer the session's principal names (its claims, see the user service). */
	static Viewer viewer(OAuth2User user) {
		Object roles = user.getAttribute("roles");
		String scope = user.getAttribute("scope");
		String organisation = user.getAttribute("org");
		return new Viewer(user.getName(), (organisation != null) ? organisation : "",
				(roles instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of(),
				new HashSet<>(Arrays.asList((scope != null) ? scope.trim().split("\\s+") : new String[0])));
	}

}
