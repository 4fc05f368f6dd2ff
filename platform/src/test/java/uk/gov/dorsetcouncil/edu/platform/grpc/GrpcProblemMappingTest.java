package uk.gov.dorsetcouncil.edu.platform.grpc;

import java.util.stream.Stream;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.grpc.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

class GrpcProblemMappingTest {

	static Stream<Arguments> failures() {
		return Stream.of(Arguments.of(ProblemException.invalid("upn", "bad"), Status.Code.INVALID_ARGUMENT),
				Arguments.of(new ProblemException(Problem.RULE_BROKEN, "not on roll"), Status.Code.FAILED_PRECONDITION),
				Arguments.of(ProblemException.forbidden("other school"), Status.Code.PERMISSION_DENIED),
				Arguments.of(ProblemException.notFound("no pupil"), Status.Code.NOT_FOUND),
				Arguments.of(new ProblemException(Problem.CONFLICT, "changed"), Status.Code.ABORTED),
				Arguments.of(new ProblemException(Problem.GONE, "older than the retention"), Status.Code.OUT_OF_RANGE),
				Arguments.of(new ProblemException(Problem.PRECONDITION_FAILED, "at version 4"), Status.Code.ABORTED),
				Arguments.of(new ProblemException(Problem.UNAVAILABLE, "not answering"), Status.Code.UNAVAILABLE),
				Arguments.of(new MissingCallerException("none"), Status.Code.UNAUTHENTICATED),
				Arguments.of(Status.DEADLINE_EXCEEDED.asRuntimeException(), Status.Code.DEADLINE_EXCEEDED),
				Arguments.of(Status.UNKNOWN.asRuntimeException(), Status.Code.INTERNAL),
				Arguments.of(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("x")),
						Status.Code.UNAVAILABLE),
				Arguments.of(new IllegalArgumentException("bad date"), Status.Code.INVALID_ARGUMENT),
				Arguments.of(new NullPointerException(), Status.Code.INTERNAL));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("failures")
	void everyFailureLeavesWithAPreciseStatusNeverUnknown(Throwable failure, Status.Code expected) {
		Status status = new GrpcProblemMapping().handleException(failure).getStatus();
		assertThat(status.getCode()).isEqualTo(expected).isNotEqualTo(Status.Code.UNKNOWN);
		assertThat(status.getDescription()).isNotBlank();
	}

	@ParameterizedTest
	@EnumSource(value = Problem.class, mode = EnumSource.Mode.EXCLUDE, names = "PRECONDITION_FAILED")
	void aDownstreamStatusLeadsBackToTheKindItCameFrom(Problem problem) {
		assertThat(GrpcProblemMapping.problemOf(GrpcProblemMapping.code(problem))).isEqualTo(problem);
	}

	/**
	 * gRPC has one code for a lost test-and-set, ABORTED, which a conflict uses too: a
	 * failed If-Match (an HTTP precondition, never sent over gRPC) comes back from a
	 * service as the conflict it is, and the caller reads again either way (ADR 0027).
	 */
	@org.junit.jupiter.api.Test
	void aFailedPreconditionLeavesAsAbortedAndComesBackAsAConflict() {
		assertThat(GrpcProblemMapping.code(Problem.PRECONDITION_FAILED)).isEqualTo(Status.Code.ABORTED);
		assertThat(GrpcProblemMapping.problemOf(Status.Code.ABORTED)).isEqualTo(Problem.CONFLICT);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "UNAUTHENTICATED, FORBIDDEN", "ALREADY_EXISTS, CONFLICT", "DEADLINE_EXCEEDED, UNAVAILABLE",
			"INTERNAL, UNAVAILABLE" })
	void otherDownstreamStatusesMapToTheNearestKind(Status.Code code, Problem expected) {
		assertThat(GrpcProblemMapping.problemOf(code)).isEqualTo(expected);
	}

}
