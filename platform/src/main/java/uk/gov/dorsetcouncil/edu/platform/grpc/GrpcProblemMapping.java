package uk.gov.dorsetcouncil.edu.platform.grpc;

import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;

import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.correlation.RequestIds;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * The catch-all gRPC exception handler: every failure leaves with a precise status, never
 * UNKNOWN, and anything unexpected is logged with a reference the caller is given.
 */
public class GrpcProblemMapping implements GrpcExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GrpcProblemMapping.class);

	@Override
	public StatusException handleException(Throwable exception) {
		return toStatus(exception).asException();
	}

	static Status toStatus(Throwable exception) {
		if (exception instanceof ProblemException problem) {
			return Status.fromCode(code(problem.problem())).withDescription(problem.getMessage());
		}
		if (exception instanceof MissingCallerException missing) {
			return Status.UNAUTHENTICATED.withDescription(missing.getMessage());
		}
		if (exception instanceof StatusRuntimeException downstream) {
			// A downstream service failed: say which way, but never as UNKNOWN.
			Status status = downstream.getStatus();
			String description = (status.getDescription() != null) ? status.getDescription()
					: "a downstream call failed: " + status.getCode();
			Status.Code code = (status.getCode() == Status.Code.UNKNOWN) ? Status.Code.INTERNAL : status.getCode();
			return Status.fromCode(code).withDescription(description);
		}
		if (exception instanceof CallNotPermittedException open) {
			return Status.UNAVAILABLE.withDescription(open.getMessage());
		}
		if (exception instanceof IllegalArgumentException invalid) {
			return Status.INVALID_ARGUMENT.withDescription(invalid.getMessage());
		}
		// The request's id, which is in the log line and in every other line the request
		// wrote.
		String reference = RequestIds.current().orElseGet(() -> UUID.randomUUID().toString());
		log.error("Unhandled exception in gRPC call, reference {}", reference, exception);
		return Status.INTERNAL.withDescription("internal error, reference " + reference);
	}

	/** The gRPC status code a kind of problem leaves with (docs/problems.md). */
	public static Status.Code code(Problem problem) {
		return switch (problem) {
			case INVALID_INPUT -> Status.Code.INVALID_ARGUMENT;
			case RULE_BROKEN -> Status.Code.FAILED_PRECONDITION;
			case FORBIDDEN -> Status.Code.PERMISSION_DENIED;
			case NOT_FOUND -> Status.Code.NOT_FOUND;
			case CONFLICT -> Status.Code.ABORTED;
			// The position asked for is outside the range held: gRPC's own words for it.
			case GONE -> Status.Code.OUT_OF_RANGE;
			// gRPC's words for a failed test-and-set: restart the read-modify-write.
			case PRECONDITION_FAILED -> Status.Code.ABORTED;
			case UNAVAILABLE -> Status.Code.UNAVAILABLE;
		};
	}

	/** The kind of problem a downstream service's status code stands for. */
	public static Problem problemOf(Status.Code code) {
		return switch (code) {
			case INVALID_ARGUMENT -> Problem.INVALID_INPUT;
			case OUT_OF_RANGE -> Problem.GONE;
			case FAILED_PRECONDITION -> Problem.RULE_BROKEN;
			case PERMISSION_DENIED, UNAUTHENTICATED -> Problem.FORBIDDEN;
			case NOT_FOUND -> Problem.NOT_FOUND;
			case ABORTED, ALREADY_EXISTS -> Problem.CONFLICT;
			default -> Problem.UNAVAILABLE;
		};
	}

}
