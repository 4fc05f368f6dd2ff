package uk.gov.dorsetcouncil.edu.belonging.pupil.grpc;

import java.time.Instant;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.belonging.pupil.BelongingAccess;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PupilBelonging;
import uk.gov.dorsetcouncil.edu.belonging.pupil.store.PupilBelongingStore;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.GetPupilBelongingRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;

/** A pupil's belonging record for other services and the gateway's aggregations. */
@GrpcService
class BelongingGrpcService extends BelongingServiceGrpc.BelongingServiceImplBase {

	private final PupilBelongingStore store;

	BelongingGrpcService(PupilBelongingStore store) {
		this.store = store;
	}

	@Override
	public void getPupilBelonging(GetPupilBelongingRequest request,
			StreamObserver<uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging> responses) {
		BelongingAccess.checkMayRead(CurrentCaller.require());
		PupilBelonging belonging = this.store.find(Upn.parse("upn", request.getUpn()));
		responses.onNext(PupilBelongingMessages.of(belonging));
		responses.onCompleted();
	}

	/**
	 * Nothing with a statutory deadline is held yet (exclusion reviews and sixth-day
	 * provision arrive with the exclusions slice), so the true answer is an empty list.
	 */
	@Override
	public void listDeadlinesDue(ListDeadlinesDueRequest request, StreamObserver<DeadlinesDue> responses) {
		BelongingAccess.checkMayRead(CurrentCaller.require());
		responses.onNext(DeadlinesDue.newBuilder().setAsOf(Instant.now().toString()).build());
		responses.onCompleted();
	}

}
