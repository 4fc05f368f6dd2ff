package uk.gov.dorsetcouncil.edu.gateway.changes.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.StatusRuntimeException;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.changes.ChangeReaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeEntry;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesResponse;

/**
 * A partner's "changes since" (ADR 0023): the entries of attendance's change feed after
 * the partner's own cursor, of the entity types its roles may read
 * ({@link ChangeReaders}), of the organisations attendance lets it see (asked as the
 * caller, so a school reads its own), deletions included. Every answer is audited with
 * the children it released.
 */
public class ChangesSince {

	static final String ATTENDANCE = "attendance";

	private final DownstreamCalls calls;

	private final ChangeFeedGrpc.ChangeFeedStub attendance;

	private final Auditor auditor;

	public ChangesSince(DownstreamCalls calls, ChangeFeedGrpc.ChangeFeedStub attendance, Auditor auditor) {
		this.calls = calls;
		this.attendance = attendance;
		this.auditor = auditor;
	}

	/** One answer: entries, where the cursor goes next, and how far behind it is. */
	public record Changes(List<ChangeView> changes, long nextAfter, long latest, long lag, long oldestAfter) {
	}

	/** One entry of the feed as a partner receives it. */
	public record ChangeView(long sequence, String changeId, String entityType, String key, String type,
			List<String> organisations, Instant occurredAt, Instant publishedAt, Map<String, String> payload) {

		static ChangeView of(ChangeEntry entry) {
			return new ChangeView(entry.getSequence(), entry.getChangeId(), entry.getEntityType(), entry.getKey(),
					entry.getType().name(), List.copyOf(entry.getOrganisationsList()),
					Instant.ofEpochSecond(entry.getOccurredAt().getSeconds(), entry.getOccurredAt().getNanos()),
					Instant.ofEpochSecond(entry.getPublishedAt().getSeconds(), entry.getPublishedAt().getNanos()),
					new TreeMap<>(entry.getPayloadMap()));
		}

	}

	/**
	 * @param after the last sequence the caller applied (0 before its first)
	 * @param limit entries to read at most, 1 to 1,000 (100 when absent)
	 * @param entities entity types asked for, comma-separated (all the caller may read
	 * when absent)
	 */
	public Mono<Changes> read(Caller caller, String after, String limit, String entities) {
		List<Violation> violations = new ArrayList<>();
		long from = number("after", after, 0, 0, Long.MAX_VALUE, violations);
		long size = number("limit", limit, ChangeFeed.DEFAULT_LIMIT, 1, ChangeFeed.MAX_LIMIT, violations);
		Set<String> readable = ChangeReaders.entitiesFor(caller.roles());
		Set<String> asked = new LinkedHashSet<>();
		if (entities != null && !entities.isBlank()) {
			for (String entity : entities.split(",")) {
				if (!ChangeReaders.FROM_ATTENDANCE.contains(entity.strip())) {
					violations.add(new Violation("entity", "one or more of "
							+ String.join(", ", ChangeReaders.FROM_ATTENDANCE) + "; not '" + entity + "'"));
				}
				asked.add(entity.strip());
			}
		}
		if (!violations.isEmpty()) {
			return Mono.error(ProblemException.invalid(violations));
		}
		Set<String> types = new TreeSet<>(asked.isEmpty() ? readable : asked);
		types.retainAll(readable);
		if (types.isEmpty()) {
			String reason = readable.isEmpty()
					? "your role reads no change feed (the change feeds' role matrix: schools and LA officers)"
					: "your role reads only " + String.join(", ", readable) + " changes";
			return this.auditor.refused(caller, "GET /api/v1/changes", List.of(), null, null, reason)
				.then(Mono.error(ProblemException.forbidden(reason)));
		}
		ListChangesRequest request = ListChangesRequest.newBuilder()
			.setAfter(from)
			.setLimit((int) size)
			.addAllEntityTypes(types)
			.build();
		return Mono
			.defer(() -> Mono.fromFuture(CurrentCaller.callAs(caller,
					() -> this.calls.to(ATTENDANCE).<ChangeFeedGrpc
							.ChangeFeedStub, ListChangesResponse>callAsync(this.attendance,
									(stub, answer) -> stub.listChanges(request, answer))),
					true))
			.onErrorMap((failure) -> !(failure instanceof ProblemException), ChangesSince::problem)
			.flatMap((response) -> released(caller, types, response));
	}

	private Mono<Changes> released(Caller caller, Set<String> types, ListChangesResponse response) {
		List<ChangeView> views = response.getEntriesList().stream().map(ChangeView::of).toList();
		Changes answer = new Changes(views, response.getNextAfter(), response.getLatest(),
				Math.max(0, response.getLatest() - response.getNextAfter()), response.getOldestAfter());
		// The children released are those the entries name (by UPN); the schools, theirs.
		Set<String> children = new TreeSet<>();
		Set<String> schools = new TreeSet<>();
		for (ChangeView view : views) {
			if (view.payload().containsKey("upn")) {
				children.add(view.payload().get("upn"));
			}
			if (view.payload().containsKey("urn")) {
				schools.add(view.payload().get("urn"));
			}
		}
		return this.auditor.recordThen(caller, "GET /api/v1/changes", List.copyOf(children), List.copyOf(schools),
				List.copyOf(types), null, null, Outcome.RELEASED, null, answer);
	}

	private static Throwable problem(Throwable failure) {
		if (failure instanceof StatusRuntimeException grpc) {
			Problem problem = GrpcProblemMapping.problemOf(grpc.getStatus().getCode());
			String detail = (grpc.getStatus().getDescription() != null) ? grpc.getStatus().getDescription()
					: "the attendance service's change feed failed (" + grpc.getStatus().getCode() + ")";
			return (problem == Problem.INVALID_INPUT) ? ProblemException.invalid("after", detail)
					: new ProblemException(problem, detail);
		}
		if (failure instanceof CallNotPermittedException) {
			return new ProblemException(Problem.UNAVAILABLE,
					"the attendance service failed repeatedly, so calls to it are paused; try again shortly");
		}
		return new ProblemException(Problem.UNAVAILABLE, "the attendance service's change feed could not be read");
	}

	private static long number(String field, String value, long absent, long min, long max,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			long number = Long.parseLong(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		violations.add(new Violation(field, "a whole number from " + min + " to " + max + "; not '" + value + "'"));
		return absent;
	}

}
