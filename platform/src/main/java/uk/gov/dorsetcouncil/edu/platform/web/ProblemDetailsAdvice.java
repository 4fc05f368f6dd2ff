package uk.gov.dorsetcouncil.edu.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.grpc.StatusRuntimeException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.correlation.RequestIds;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Every REST error as RFC 9457 problem details of a type in {@link ProblemType}: a title,
 * the status, a detail that says what was wrong, an {@code errors} list naming each
 * field, the path, and the request id that is in the logs. Spring MVC's own refusals (an
 * unknown path, a wrong method, a body that cannot be read, a parameter of the wrong
 * type) are given the same shape and a detail a caller can act on.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> problem(ProblemException ex, NativeWebRequest request) {
		return respond(ProblemType.of(ex.problem()), HttpProblems.status(ex.problem()), ex.getMessage(),
				ex.violations(), new HttpHeaders(), request);
	}

	@ExceptionHandler(HttpRefusal.class)
	ResponseEntity<Object> refusal(HttpRefusal ex, NativeWebRequest request) {
		ResponseEntity<Object> answer = respond(ex.type(), ex.type().status(), ex.getMessage(), ex.violations(),
				new HttpHeaders(), request);
		if (!ex.accepted().isEmpty()) {
			((ProblemDetail) answer.getBody()).setProperty("accepted", ex.accepted());
		}
		return answer;
	}

	@ExceptionHandler(MissingCallerException.class)
	ResponseEntity<Object> missingCaller(MissingCallerException ex, NativeWebRequest request) {
		return respond(ProblemType.NO_CALLER_CONTEXT, 401, ex.getMessage(), List.of(), new HttpHeaders(), request);
	}

	@ExceptionHandler(StatusRuntimeException.class)
	ResponseEntity<Object> downstream(StatusRuntimeException ex, NativeWebRequest request) {
		Problem problem = GrpcProblemMapping.problemOf(ex.getStatus().getCode());
		return respond(ProblemType.of(problem), HttpProblems.status(problem), ex.getStatus().getDescription(),
				List.of(), new HttpHeaders(), request);
	}

	/**
	 * A Content-Type that is not a media type at all: as one the operation does not read.
	 */
	@ExceptionHandler(InvalidMediaTypeException.class)
	ResponseEntity<Object> invalidMediaType(InvalidMediaTypeException ex, NativeWebRequest request) {
		return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415,
				"the Content-Type " + KeptText.quoted(ex.getMediaType()) + " is not a media type; send "
						+ MediaType.APPLICATION_JSON_VALUE,
				List.of(new Violation("Content-Type", "not a media type")), new HttpHeaders(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, NativeWebRequest request) {
		String reference = RequestIds.current().orElseGet(RequestIds::create);
		log.error("Unhandled exception in REST call, reference {}", reference, ex);
		return respond(ProblemType.INTERNAL, 500, "internal error, reference " + reference, List.of(),
				new HttpHeaders(), request);
	}

	/**
	 * Spring MVC's refusals, each with a detail that says what to do and the field at
	 * fault where there is one. The headers the framework set ({@code Allow} on a 405,
	 * {@code Accept} on a 415) are kept.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		int status = statusCode.value();
		HttpServletRequest servlet = servletRequest(request);
		String path = (servlet != null) ? servlet.getRequestURI() : "this path";
		return switch (ex) {
			case HttpMessageNotReadableException unreadable -> {
				Violation violation = unreadable(unreadable);
				yield respond(ProblemType.INVALID_INPUT, 400, violation.field() + ": " + violation.detail(),
						List.of(violation), headers, request);
			}
			case MethodArgumentNotValidException invalid -> respond(ProblemType.INVALID_INPUT, 400,
					"invalid parameters",
					invalid.getFieldErrors()
						.stream()
						.map((error) -> new Violation(error.getField(),
								error.isBindingFailure() ? KeptText.quoted(String.valueOf(error.getRejectedValue()))
										+ " is not a valid value" : String.valueOf(error.getDefaultMessage())))
						.toList(),
					headers, request);
			case TypeMismatchException mismatch -> {
				String field = (mismatch.getPropertyName() != null) ? mismatch.getPropertyName() : "parameter";
				yield respond(ProblemType.INVALID_INPUT, 400, "invalid parameter " + field,
						List.of(new Violation(field,
								KeptText.quoted(String.valueOf(mismatch.getValue())) + " is not a valid value")),
						headers, request);
			}
			case MissingServletRequestParameterException missing -> respond(ProblemType.INVALID_INPUT, 400,
					"the query parameter " + missing.getParameterName() + " is required",
					List.of(new Violation(missing.getParameterName(), "required")), headers, request);
			case HttpRequestMethodNotSupportedException method -> respond(ProblemType.METHOD_NOT_ALLOWED, 405,
					path + " takes " + names(method.getSupportedHttpMethods()) + ", not " + method.getMethod(),
					List.of(), headers, request);
			case HttpMediaTypeNotSupportedException media -> {
				String accepted = media.getSupportedMediaTypes()
					.stream()
					.map(MediaType::toString)
					.collect(Collectors.joining(", "));
				String sent = (media.getContentType() != null) ? media.getContentType().toString() : "none";
				ResponseEntity<Object> answer = respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415,
						"the body's Content-Type is " + KeptText.quoted(sent) + "; this operation reads "
								+ (accepted.isEmpty() ? "no body" : accepted),
						List.of(new Violation("Content-Type", "not one this operation reads")), headers, request);
				((ProblemDetail) answer.getBody()).setProperty("accepted",
						media.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
				yield answer;
			}
			case HttpMediaTypeNotAcceptableException notAcceptable -> respond(ProblemType.NOT_ACCEPTABLE, 406,
					"the Accept header names no type this path answers in; it answers application/json", List.of(),
					headers, request);
			case NoResourceFoundException notFound ->
				respond(ProblemType.NOT_FOUND, 404, "nothing is served at " + path, List.of(), headers, request);
			case NoHandlerFoundException notFound ->
				respond(ProblemType.NOT_FOUND, 404, "nothing is served at " + path, List.of(), headers, request);
			default -> respond(ProblemType.ofStatus(status), status, detail(ex, body, statusCode), List.of(), headers,
					request);
		};
	}

	private static ResponseEntity<Object> respond(ProblemType type, int status, String detail,
			List<Violation> violations, HttpHeaders headers, WebRequest request) {
		HttpServletRequest servlet = servletRequest(request);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
		body.setType(URI.create(type.uri()));
		body.setTitle(type.title());
		if (servlet != null) {
			body.setInstance(URI.create(servlet.getRequestURI()));
		}
		if (!violations.isEmpty()) {
			body.setProperty("errors", ProblemDocument.errors(violations));
		}
		RequestIds.current().ifPresent((id) -> body.setProperty("requestId", id));
		HttpHeaders answerHeaders = new HttpHeaders();
		answerHeaders.putAll(headers);
		answerHeaders.setCacheControl("no-store");
		return new ResponseEntity<>(body, answerHeaders, HttpStatusCode.valueOf(status));
	}

	private static HttpServletRequest servletRequest(WebRequest request) {
		return (request instanceof NativeWebRequest nativeRequest)
				? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
	}

	private static Violation unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return StrictJson.violation(jackson);
			}
		}
		String message = String.valueOf(ex.getMessage());
		if (message.startsWith("Required request body is missing")) {
			return new Violation("body", "a body is required");
		}
		return new Violation("body", "the body cannot be read");
	}

	private static String names(Set<HttpMethod> methods) {
		if (methods == null || methods.isEmpty()) {
			return "no method";
		}
		return methods.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
	}

	private static String detail(Exception ex, Object body, HttpStatusCode status) {
		if (body instanceof ProblemDetail problem && problem.getDetail() != null) {
			return problem.getDetail();
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : ex.getClass().getSimpleName();
	}

}
