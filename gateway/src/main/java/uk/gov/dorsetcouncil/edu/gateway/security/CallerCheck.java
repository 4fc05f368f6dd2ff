package uk.gov.dorsetcouncil.edu.gateway.security;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.Release;
import uk.gov.dorsetcouncil.edu.gateway.access.web.ExchangeCaller;
import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Runs after the token is validated and before the scope check: an API call whose token
 * names no acceptable caller (no organisation, a malformed one, one the platform does not
 * serve) is refused with 403. The caller found is kept on the exchange for the headers
 * the services receive.
 */
class CallerCheck implements WebFilter {

	private final String localAuthorityCode;

	CallerCheck(String localAuthorityCode) {
		this.localAuthorityCode = localAuthorityCode;
	}

	private static boolean routedToAService(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().value();
		for (PlatformService service : PlatformService.values()) {
			if (path.equals(service.pathPrefix()) || path.startsWith(service.pathPrefix() + "/")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		// The token is looked up first and the chain run once after: chaining with
		// switchIfEmpty would run the rest of the chain a second time, because a
		// completed chain is itself an empty Mono.
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(JwtAuthenticationToken.class::isInstance)
			.cast(JwtAuthenticationToken.class)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(token -> token.isPresent() ? check(token.get(), exchange, chain) : chain.filter(exchange));
	}

	private Mono<Void> check(JwtAuthenticationToken token, ServerWebExchange exchange, WebFilterChain chain) {
		Caller caller;
		try {
			caller = TokenCaller.from(token.getToken(), this.localAuthorityCode);
		}
		catch (TokenCaller.RefusedToken ex) {
			return ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, ex.getMessage());
		}
		// Known before any refusal below, so that a refused change is recorded with who
		// asked (the write audit reads it).
		exchange.getAttributes().put(ExchangeCaller.ATTRIBUTE, caller);
		if (Release.needsAgreement(caller) && routedToAService(exchange)) {
			// Services release nothing to partners directly: a partner's request goes
			// through the gateway's handlers, where its agreement is checked.
			return ProblemResponses.write(exchange, HttpStatus.FORBIDDEN,
					caller.organisation().type()
							+ " callers reach children's data only through /api/v1/children/{upn}/profile, "
							+ "naming a data-sharing agreement and a purpose");
		}
		return chain.filter(exchange);
	}

}
