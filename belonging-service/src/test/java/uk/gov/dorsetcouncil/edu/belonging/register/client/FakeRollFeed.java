package uk.gov.dorsetcouncil.edu.belonging.register.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeEntry;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeType;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesResponse;

/**
 * Attendance's change feed as a stand-in: enrolment entries as attendance's
 * {@code RollChanges} writes them, numbered from 1, read by a platform service only.
 */
public final class FakeRollFeed extends ChangeFeedGrpc.ChangeFeedImplBase {

	private final List<ChangeEntry> entries = new CopyOnWriteArrayList<>();

	/** Callers that read the feed. */
	public final List<Caller> readers = new CopyOnWriteArrayList<>();

	public synchronized void joined(String urn, String upn, String admissionDate) {
		add(ChangeType.CREATED, urn, upn,
				Map.of("urn", urn, "upn", upn, "admissionDate", admissionDate, "registration", "SINGLE"));
	}

	public synchronized void deleted(String urn, String upn, String leavingDate, String ground, String destination) {
		Map<String, String> payload = new java.util.HashMap<>(Map.of("urn", urn, "upn", upn, "admissionDate",
				"2022-09-05", "registration", "SINGLE", "leavingDate", leavingDate, "deletionGround", ground));
		if (destination != null) {
			payload.put("destination", destination);
		}
		add(ChangeType.DELETED, urn, upn, payload);
	}

	private void add(ChangeType type, String urn, String upn, Map<String, String> payload) {
		long sequence = this.entries.size() + 1;
		this.entries.add(ChangeEntry.newBuilder()
			.setSequence(sequence)
			.setChangeId(urn + ":" + upn + ":v" + sequence)
			.setEntityType("enrolment")
			.setKey(urn + ":" + upn)
			.setType(type)
			.addOrganisations("SCHOOL:" + urn)
			.addOrganisations("LOCAL_AUTHORITY:838")
			.setOccurredAt(Timestamp.newBuilder().setSeconds(1_796_000_000L))
			.setPublishedAt(Timestamp.newBuilder().setSeconds(1_796_000_000L))
			.putAllPayload(payload)
			.build());
	}

	@Override
	public void listChanges(ListChangesRequest request, StreamObserver<ListChangesResponse> responses) {
		Caller caller = CurrentCaller.require();
		if (caller.organisation().type() != uk.gov.dorsetcouncil.edu.platform.caller.Organisation.Type.SERVICE) {
			responses.onError(
					Status.PERMISSION_DENIED.withDescription("a platform service reads the whole feed").asException());
			return;
		}
		this.readers.add(caller);
		ListChangesResponse.Builder answer = ListChangesResponse.newBuilder().setLatest(this.entries.size());
		long next = request.getAfter();
		for (ChangeEntry entry : this.entries) {
			if (entry.getSequence() > request.getAfter() && answer.getEntriesCount() < request.getLimit()
					&& (request.getEntityTypesCount() == 0
							|| request.getEntityTypesList().contains(entry.getEntityType()))) {
				answer.addEntries(entry);
				next = entry.getSequence();
			}
		}
		responses.onNext(answer.setNextAfter(next).build());
		responses.onCompleted();
	}

}
