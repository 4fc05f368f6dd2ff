package uk.gov.dorsetcouncil.edu.gateway.children.search.grpc;

import java.time.LocalDate;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.StatusRuntimeException;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildCandidates;
import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildSearchQuery;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ChildCandidate;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ChildSearchServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindChildRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindChildResponse;

/**
 * Asks attendance, which holds the rolls, for the candidates of a search
 * ({@code ChildSearchService.FindChild}), under the attendance channel's deadline and
 * circuit breaker. Asked as the gateway with the one scope {@code children:search},
 * keeping the caller's subject and client for the service's logs: who may search, for
 * what purpose and under which agreement was decided here.
 */
public class RollSearch {

	static final String ATTENDANCE = "attendance";

	static final String SCOPE = "children:search";

	private final DownstreamCalls calls;

	private final ChildSearchServiceGrpc.ChildSearchServiceStub attendance;

	public RollSearch(DownstreamCalls calls, ChildSearchServiceGrpc.ChildSearchServiceStub attendance) {
		this.calls = calls;
		this.attendance = attendance;
	}

	/** The candidates, and how many pupils attendance compared. */
	public record Found(ChildCandidates candidates, int compared) {
	}

	public Mono<Found> find(Caller caller, ChildSearchQuery query) {
		Caller asGateway = new Caller(caller.subject(), caller.clientId(), Organisation.service("gateway"),
				caller.roles(), Set.of(SCOPE));
		FindChildRequest request = FindChildRequest.newBuilder()
			.setFamilyName(orEmpty(query.familyName()))
			.setGivenName(orEmpty(query.givenName()))
			.setDateOfBirth((query.dateOfBirth() != null) ? query.dateOfBirth().toString() : "")
			.setPostcode(orEmpty(query.postcode()))
			.setNhsNumber(orEmpty(query.nhsNumber()))
			.build();
		return Mono
			.defer(() -> Mono.fromFuture(CurrentCaller.callAs(asGateway,
					() -> this.calls.to(ATTENDANCE).<ChildSearchServiceGrpc
							.ChildSearchServiceStub, FindChildResponse>callAsync(this.attendance,
									(stub, answer) -> stub.findChild(request, answer))),
					true))
			.onErrorMap((failure) -> !(failure instanceof ProblemException), RollSearch::problem)
			.map(RollSearch::found);
	}

	private static Found found(FindChildResponse response) {
		return new Found(new ChildCandidates(response.getCandidatesList().stream().map(RollSearch::candidate).toList(),
				response.getThreshold(), response.getMaxCandidates()), response.getCompared());
	}

	private static ChildCandidates.Candidate candidate(ChildCandidate candidate) {
		return new ChildCandidates.Candidate(candidate.getUpn(), candidate.getFamilyName(), candidate.getGivenName(),
				LocalDate.parse(candidate.getDateOfBirth()), candidate.getSchoolsList(), candidate.getScore(),
				candidate.getMatchedList()
					.stream()
					.map((match) -> new ChildCandidates.FieldMatch(ChildCandidates.Field.valueOf(match.getField()),
							ChildCandidates.How.valueOf(match.getHow()), match.getPoints()))
					.toList());
	}

	private static Throwable problem(Throwable failure) {
		if (failure instanceof StatusRuntimeException grpc) {
			Problem problem = GrpcProblemMapping.problemOf(grpc.getStatus().getCode());
			String detail = (grpc.getStatus().getDescription() != null) ? grpc.getStatus().getDescription()
					: "the attendance service's search failed (" + grpc.getStatus().getCode() + ")";
			// The gateway checked the query and the caller first: any refusal now is the
			// service's fault or its outage, never the caller's.
			return (problem == Problem.UNAVAILABLE) ? new ProblemException(problem, detail)
					: new ProblemException(Problem.UNAVAILABLE, "the attendance service refused the search: " + detail);
		}
		if (failure instanceof CallNotPermittedException) {
			return new ProblemException(Problem.UNAVAILABLE,
					"the attendance service failed repeatedly, so calls to it are paused; try again shortly");
		}
		return new ProblemException(Problem.UNAVAILABLE, "the attendance service's search could not be asked");
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
