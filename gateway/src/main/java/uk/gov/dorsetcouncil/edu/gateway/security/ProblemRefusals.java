package uk.gov.dorsetcouncil.edu.gateway.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemExceptionHandler;
import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Security refusals as problem details: 401 with a {@code WWW-Authenticate} challenge
 * (RFC 6750 section 3) when there is no valid token; for an API path the gateway knows
 * not to exist, 404, and for a method its path does not take, 405 with {@code Allow}
 * ({@link KnownRoutes}); 403 when the token's scopes do not allow the call; and 400 for a
 * request the firewall refuses (an encoded slash, NUL or percent, {@code ..} in the
 * path).
 */
final class ProblemRefusals
		implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

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
		String path = exchange.getRequest().getPath().value();
		if (path.startsWith("/api/")) {
			switch (KnownRoutes.of(exchange.getRequest().getMethod(), path)) {
				case KnownRoutes.Unknown unknown -> {
					return ProblemResponses.write(exchange, HttpStatus.NOT_FOUND, "nothing is served at " + path);
				}
				case KnownRoutes.WrongMethod wrong -> {
					return ProblemExceptionHandler.methodNotAllowed(exchange, wrong.allowed());
				}
				case KnownRoutes.Exists exists -> {
					// a refusal about rights, below
				}
			}
		}
		return ProblemResponses.write(exchange, HttpStatus.FORBIDDEN,
				"the token's scopes do not allow " + exchange.getRequest().getMethod() + " on this path",
				"Bearer error=\"insufficient_scope\"");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST,
				"the request's path or headers are not accepted: " + rejected.getMessage(),
				List.of(new Violation("path", "not accepted")));
	}

}
