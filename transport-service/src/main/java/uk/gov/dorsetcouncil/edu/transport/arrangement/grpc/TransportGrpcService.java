package uk.gov.dorsetcouncil.edu.transport.arrangement.grpc;

import java.time.Instant;
import java.util.Objects;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.GetTravelArrangementsRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TransportServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangement;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangements;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TransportAccess;
import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;

/** A pupil's travel arrangements for other services and the gateway's aggregations. */
@GrpcService
class TransportGrpcService extends TransportServiceGrpc.TransportServiceImplBase {

	private final TravelArrangementStore store;

	TransportGrpcService(TravelArrangementStore store) {
		this.store = store;
	}

	@Override
	public void getTravelArrangements(GetTravelArrangementsRequest request,
			StreamObserver<TravelArrangements> responses) {
		Caller caller = CurrentCaller.require();
		TransportAccess.checkMayRead(caller);
		var held = TransportAccess.visibleTo(caller, this.store.find(Upn.parse("upn", request.getUpn())));
		responses.onNext(TravelArrangements.newBuilder()
			.setUpn(held.upn().value())
			.addAllArrangements(held.arrangements()
				.stream()
				.map(a -> TravelArrangement.newBuilder()
					.setSchoolUrn(a.schoolUrn())
					.setEligibilityBasis(a.basis().name())
					.setRouteId(Objects.requireNonNullElse(a.routeId(), ""))
					.setValidFrom(a.validFrom().toString())
					.setValidTo((a.validTo() != null) ? a.validTo().toString() : "")
					.build())
				.toList())
			.build());
		responses.onCompleted();
	}

	/**
	 * Nothing with a statutory deadline is held yet (appeal stages arrive with the
	 * applications slice), so the true answer is an empty list. County-wide callers only.
	 */
	@Override
	public void listDeadlinesDue(ListDeadlinesDueRequest request, StreamObserver<DeadlinesDue> responses) {
		Caller caller = CurrentCaller.require();
		TransportAccess.checkMayRead(caller);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("transport deadlines are released to the local authority only");
		}
		responses.onNext(DeadlinesDue.newBuilder().setAsOf(Instant.now().toString()).build());
		responses.onCompleted();
	}

}
