package uk.gov.dorsetcouncil.edu.platform.changes.grpc;

import java.util.Set;

import com.google.protobuf.Timestamp;
import io.grpc.stub.StreamObserver;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeBatch;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeVisibility;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeType;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesResponse;

/**
 * {@code dorset.changes.v1.ChangeFeed} over a service's feed, each caller seeing what
 * {@link ChangeVisibility} lets it. Errors leave with precise codes (OUT_OF_RANGE for a
 * cursor outside the feed) on any server, with or without the platform's handler.
 */
public final class ChangeFeedGrpcService extends ChangeFeedGrpc.ChangeFeedImplBase {

	private final ChangeFeed feed;

	private final ChangeVisibility visibility;

	private final GrpcProblemMapping problems = new GrpcProblemMapping();

	public ChangeFeedGrpcService(ChangeFeed feed, ChangeVisibility visibility) {
		this.feed = feed;
		this.visibility = visibility;
	}

	@Override
	public void listChanges(ListChangesRequest request, StreamObserver<ListChangesResponse> answer) {
		try {
			Caller caller = CurrentCaller.require();
			int limit = (request.getLimit() == 0) ? ChangeFeed.DEFAULT_LIMIT : request.getLimit();
			ChangeBatch batch = this.feed.read(request.getAfter(), limit, Set.copyOf(request.getEntityTypesList()),
					(change) -> this.visibility.visibleTo(caller, change));
			ListChangesResponse.Builder response = ListChangesResponse.newBuilder()
				.setNextAfter(batch.nextAfter())
				.setLatest(batch.latest())
				.setOldestAfter(batch.oldestAfter());
			batch.entries().forEach((entry) -> response.addEntries(message(entry)));
			answer.onNext(response.build());
			answer.onCompleted();
		}
		catch (RuntimeException ex) {
			answer.onError(this.problems.handleException(ex));
		}
	}

	static uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeEntry message(ChangeEntry entry) {
		return uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeEntry.newBuilder()
			.setSequence(entry.sequence())
			.setChangeId(entry.change().id())
			.setEntityType(entry.change().entityType())
			.setKey(entry.change().key())
			.setType(ChangeType.valueOf(entry.change().type().name()))
			.addAllOrganisations(entry.change().organisations().stream().sorted().toList())
			.setOccurredAt(timestamp(entry.change().occurredAt()))
			.setPublishedAt(timestamp(entry.publishedAt()))
			.putAllPayload(entry.change().payload())
			.build();
	}

	private static Timestamp timestamp(java.time.Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

}
