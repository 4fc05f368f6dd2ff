package uk.gov.dorsetcouncil.edu.platform.changes.grpc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.Timestamp;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeBatch;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeSource;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesResponse;

/**
 * A producer's feed read over gRPC, each call with a deadline; its failures become
 * problems of the matching kind (OUT_OF_RANGE: {@code GONE}, resynchronise).
 */
public final class GrpcChangeSource implements ChangeSource {

	private final ChangeFeedGrpc.ChangeFeedBlockingStub stub;

	private final Duration deadline;

	private final Set<String> entityTypes;

	public GrpcChangeSource(ChangeFeedGrpc.ChangeFeedBlockingStub stub, Duration deadline, Set<String> entityTypes) {
		this.stub = stub;
		this.deadline = deadline;
		this.entityTypes = Set.copyOf(entityTypes);
	}

	@Override
	public ChangeBatch after(long after, int limit) {
		ListChangesResponse response;
		try {
			response = this.stub.withDeadlineAfter(this.deadline.toMillis(), TimeUnit.MILLISECONDS)
				.listChanges(ListChangesRequest.newBuilder()
					.setAfter(after)
					.setLimit(limit)
					.addAllEntityTypes(this.entityTypes)
					.build());
		}
		catch (StatusRuntimeException ex) {
			throw new ProblemException(GrpcProblemMapping.problemOf(ex.getStatus().getCode()),
					"the change feed answered " + ex.getStatus().getCode() + ": " + ex.getStatus().getDescription());
		}
		List<ChangeEntry> entries = response.getEntriesList()
			.stream()
			.map((entry) -> new ChangeEntry(entry.getSequence(),
					new Change(entry.getChangeId(), entry.getEntityType(), entry.getKey(),
							ChangeType.valueOf(entry.getType().name()), Set.copyOf(entry.getOrganisationsList()),
							instant(entry.getOccurredAt()), entry.getPayloadMap()),
					instant(entry.getPublishedAt())))
			.toList();
		return new ChangeBatch(entries, response.getNextAfter(), response.getLatest(), response.getOldestAfter());
	}

	private static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

}
