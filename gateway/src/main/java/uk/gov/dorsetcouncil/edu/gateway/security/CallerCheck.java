package uk.gov.dorsetcouncil.edu.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;

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

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(JwtAuthenticationToken.class::isInstance)
			.cast(JwtAuthenticationToken.class)
			.flatMap(token -> {
				try {
					exchange.getAttributes()
						.put(TokenCaller.ATTRIBUTE, TokenCaller.from(token.getToken(), this.localAuthorityCode));
					return chain.filter(exchange);
				}
				catch (TokenCaller.RefusedToken ex) {
					return ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, ex.getMessage());
				}
			})
			.switchIfEmpty(Mono.defer(() -> chain.filter(exchange)));
	}

}
