package uk.gov.dorsetcouncil.edu.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Every REST error as RFC 9457 problem details: a type, a title, the status, a detail
 * that says what was wrong, and an {@code errors} list naming each field.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException ex) {
		return respond(ex.problem(), ex.getMessage(), ex.violations());
	}

	@ExceptionHandler(MissingCallerException.class)
	ResponseEntity<ProblemDetail> missingCaller(MissingCallerException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
		body.setTitle("No caller context");
		body.setType(URI.create("/problems/no-caller-context"));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(body);
	}

	@ExceptionHandler(StatusRuntimeException.class)
	ResponseEntity<ProblemDetail> downstream(StatusRuntimeException ex) {
		return respond(GrpcProblemMapping.problemOf(ex.getStatus().getCode()), ex.getStatus().getDescription(),
				List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		String reference = UUID.randomUUID().toString();
		log.error("Unhandled exception in REST call, reference {}", reference, ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"internal error, reference " + reference);
		body.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = "the request body could not be read: " + rootMessage(ex);
		return ResponseEntity.badRequest()
			.body(build(Problem.INVALID_INPUT, detail, List.of(new Violation("body", rootMessage(ex)))));
	}

	/**
	 * A query parameter of the wrong type, or a parameter object that could not be bound:
	 * each field named, as for any other invalid input.
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = ex.getFieldErrors()
			.stream()
			.map((error) -> new Violation(error.getField(),
					error.isBindingFailure() ? "'" + error.getRejectedValue() + "' is not a valid value"
							: String.valueOf(error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(build(Problem.INVALID_INPUT, "invalid parameters", violations));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		return ResponseEntity.badRequest()
			.body(build(Problem.INVALID_INPUT, "invalid parameter " + field,
					List.of(new Violation(field, "'" + ex.getValue() + "' is not a valid value"))));
	}

	static ResponseEntity<ProblemDetail> respond(Problem problem, String detail, List<Violation> violations) {
		return ResponseEntity.status(HttpProblems.status(problem)).body(build(problem, detail, violations));
	}

	static ProblemDetail build(Problem problem, String detail, List<Violation> violations) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(HttpProblems.status(problem)), detail);
		body.setTitle(problem.title());
		body.setType(URI.create(HttpProblems.typeUri(problem)));
		if (!violations.isEmpty()) {
			body.setProperty("errors",
					violations.stream().map(v -> Map.of("field", v.field(), "detail", v.detail())).toList());
		}
		return body;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		if (message == null) {
			return cause.getClass().getSimpleName();
		}
		// Jackson messages carry a source excerpt after a newline; the first line says
		// what was wrong.
		int newline = message.indexOf('\n');
		return (newline > 0) ? message.substring(0, newline) : message;
	}

}
