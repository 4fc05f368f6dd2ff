package uk.gov.dorsetcouncil.edu.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;

/**
 * Security refusals as problem details: 401 with a {@code WWW-Authenticate} challenge
 * (RFC 6750 section 3) when there is no valid token, 403 when the token's scopes do not
 * allow the call.
 */
final class ProblemRefusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
			String description = (error.getDescription() != null) ? error.getDescription() : "the token is not valid";
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED,
					"the bearer token is not valid: " + description, "Bearer error=\"" + error.getErrorCode()
							+ "\", error_description=\"" + description.replace("\"", "'") + "\"");
		}
		return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED,
				"this call needs a valid bearer token (Authorization: Bearer <token>)", "Bearer");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return ProblemResponses.write(exchange, HttpStatus.FORBIDDEN,
				"the token's scopes do not allow " + exchange.getRequest().getMethod() + " on this path",
				"Bearer error=\"insufficient_scope\"");
	}

}
