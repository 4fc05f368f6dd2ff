package uk.gov.dorsetcouncil.edu.gateway.problem;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.web.HttpProblems;
import uk.gov.dorsetcouncil.edu.platform.web.HttpRefusal;
import uk.gov.dorsetcouncil.edu.platform.web.ProblemType;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

/**
 * Every error the gateway answers itself becomes problem details: a refusal from a
 * handler, a body or parameter that cannot be read (naming the field), an unknown path
 * (404), a wrong method (405 with {@code Allow}), a body type the handler does not read
 * (415 naming what it reads), a service that does not answer (503) or answers too late
 * (504), and anything unexpected (500, logged with the request id, with nothing internal
 * in the answer). Runs before Spring Boot's default error handler, which would answer in
 * its own format.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof ProblemException problem) {
			return ProblemResponses.write(exchange, ProblemType.of(problem.problem()),
					HttpProblems.status(problem.problem()), problem.getMessage(), problem.violations(), Map.of());
		}
		if (ex instanceof HttpRefusal refusal) {
			return ProblemResponses.write(exchange, refusal.type(), refusal.type().status(), refusal.getMessage(),
					refusal.violations(),
					refusal.accepted().isEmpty() ? Map.of() : Map.of("accepted", refusal.accepted()));
		}
		if (ex instanceof MissingCallerException) {
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "no authenticated caller");
		}
		if (causedBy(ex, ConnectException.class)) {
			RequestIdFilter.logged(exchange, () -> log.warn("{} {}: the service is not answering: {}",
					exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex.toString()));
			return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					"the service for this path is not answering; try again later");
		}
		if (ex instanceof AuthenticationServiceException) {
			RequestIdFilter.logged(exchange,
					() -> log.error("cannot check bearer tokens (is the JWKS reachable?)", ex));
			return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					"tokens cannot be checked right now; try again later");
		}
		if (ex instanceof ServerWebInputException input && !(ex instanceof MissingRequestValueException)) {
			Violation violation = unreadable(input);
			return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST,
					violation.field() + ": " + violation.detail(), List.of(violation));
		}
		if (ex instanceof MissingRequestValueException missing) {
			return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST,
					"the " + missing.getLabel() + " " + missing.getName() + " is required",
					List.of(new Violation(missing.getName(), "required")));
		}
		if (ex instanceof UnsupportedMediaTypeStatusException media) {
			List<String> accepted = media.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
			String sent = (media.getContentType() != null) ? media.getContentType().toString() : "none";
			return ProblemResponses.write(exchange, ProblemType.UNSUPPORTED_MEDIA_TYPE, 415,
					"the body's Content-Type is " + KeptText.quoted(sent) + "; this operation reads "
							+ (accepted.isEmpty() ? "no body" : String.join(", ", accepted)),
					List.of(new Violation("Content-Type", "not one this operation reads")),
					Map.of("accepted", accepted));
		}
		if (ex instanceof InvalidMediaTypeException media) {
			return ProblemResponses.write(exchange, ProblemType.UNSUPPORTED_MEDIA_TYPE, 415,
					"the Content-Type " + KeptText.quoted(media.getMediaType()) + " is not a media type",
					List.of(new Violation("Content-Type", "not a media type")), Map.of());
		}
		if (ex instanceof MethodNotAllowedException method) {
			return methodNotAllowed(exchange, method.getSupportedMethods());
		}
		if (ex instanceof NotAcceptableStatusException) {
			return ProblemResponses.write(exchange, HttpStatus.NOT_ACCEPTABLE,
					"the Accept header names no type this path answers in; it answers application/json");
		}
		if (ex instanceof ErrorResponse error) {
			HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
			if (status != null) {
				if (status.is5xxServerError()) {
					RequestIdFilter.logged(exchange, () -> log.warn("{} {}: {}", exchange.getRequest().getMethod(),
							exchange.getRequest().getPath(), ex.toString()));
				}
				return ProblemResponses.write(exchange, status, detailFor(status));
			}
		}
		RequestIdFilter.logged(exchange, () -> log.error("{} {} failed, reference {}",
				exchange.getRequest().getMethod(), exchange.getRequest().getPath(), RequestIdFilter.of(exchange), ex));
		return ProblemResponses.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
				"the gateway could not handle this request, reference " + RequestIdFilter.of(exchange));
	}

	/** 405 with the methods the path takes in {@code Allow} (RFC 9110 section 15.5.6). */
	public static Mono<Void> methodNotAllowed(ServerWebExchange exchange, Set<HttpMethod> allowed) {
		String methods = allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
		exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, methods);
		return ProblemResponses.write(exchange, HttpStatus.METHOD_NOT_ALLOWED,
				exchange.getRequest().getPath().value() + " takes " + (methods.isEmpty() ? "no method" : methods)
						+ ", not " + exchange.getRequest().getMethod().name());
	}

	private static Violation unreadable(ServerWebInputException input) {
		for (Throwable cause = input.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return StrictJson.violation(jackson);
			}
			if (cause instanceof TypeMismatchException mismatch) {
				String field = parameterName(input.getMethodParameter());
				return new Violation(field,
						KeptText.quoted(String.valueOf(mismatch.getValue())) + " is not a valid value");
			}
		}
		String reason = input.getReason();
		if (reason != null && reason.startsWith("No request body")) {
			return new Violation("body", "a body is required");
		}
		return new Violation("body", "the body cannot be read");
	}

	private static String parameterName(MethodParameter parameter) {
		if (parameter == null) {
			return "parameter";
		}
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null && !requestParam.name().isEmpty()) {
			return requestParam.name();
		}
		parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
		return (parameter.getParameterName() != null) ? parameter.getParameterName() : "parameter";
	}

	private static String detailFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "nothing is served at this path";
			case METHOD_NOT_ALLOWED -> "this method is not allowed at this path";
			case GATEWAY_TIMEOUT -> "the service for this path did not answer in time";
			case SERVICE_UNAVAILABLE -> "the service for this path is not answering; try again later";
			case BAD_GATEWAY -> "the service for this path gave an answer the gateway could not pass on";
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
