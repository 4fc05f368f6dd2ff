package uk.gov.dorsetcouncil.edu.gateway.problem;

import java.net.ConnectException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.HttpProblems;

/**
 * Every error the gateway answers itself becomes problem details: an unknown path (404),
 * a service that does not answer (503) or answers too late (504), and anything unexpected
 * (500, logged, with nothing internal in the answer). Runs before Spring Boot's default
 * error handler, which would answer in its own format.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof ProblemException problem) {
			return ProblemResponses.write(exchange, HttpStatus.valueOf(HttpProblems.status(problem.problem())),
					problem.getMessage(), problem.violations());
		}
		if (ex instanceof MissingCallerException) {
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "no authenticated caller");
		}
		if (causedBy(ex, ConnectException.class)) {
			log.warn("{} {}: the service is not answering: {}", exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), ex.toString());
			return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					"the service for this path is not answering; try again later");
		}
		if (ex instanceof AuthenticationServiceException) {
			log.error("cannot check bearer tokens (is the JWKS reachable?)", ex);
			return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					"tokens cannot be checked right now; try again later");
		}
		if (ex instanceof ErrorResponse error) {
			HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
			if (status != null) {
				if (status.is5xxServerError()) {
					log.warn("{} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
							ex.toString());
				}
				return ProblemResponses.write(exchange, status, detailFor(status));
			}
		}
		log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
		return ProblemResponses.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
				"the gateway could not handle this request");
	}

	private static String detailFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "nothing is served at this path";
			case METHOD_NOT_ALLOWED -> "this method is not allowed at this path";
			case GATEWAY_TIMEOUT -> "the service for this path did not answer in time";
			case SERVICE_UNAVAILABLE -> "the service for this path is not answering; try again later";
			default -> status.getReasonPhrase();
		};
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
