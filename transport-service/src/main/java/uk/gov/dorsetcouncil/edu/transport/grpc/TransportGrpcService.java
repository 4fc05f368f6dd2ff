package uk.gov.dorsetcouncil.edu.transport.grpc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlineDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.GetTravelArrangementsRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TransportServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangement;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangements;
import uk.gov.dorsetcouncil.edu.transport.application.ApplicationHandling;
import uk.gov.dorsetcouncil.edu.transport.application.ApplicationRules;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TransportAccess;
import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;

/** A pupil's travel arrangements for other services and the gateway's aggregations. */
@GrpcService
class TransportGrpcService extends TransportServiceGrpc.TransportServiceImplBase {

	private final TravelArrangementStore store;

	private final ApplicationHandling applications;

	private final Clock clock;

	TransportGrpcService(TravelArrangementStore store, ApplicationHandling applications, Clock clock) {
		this.store = store;
		this.applications = applications;
		this.clock = clock;
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
	 * Every appeal stage still open, due in the period (and overdue ones when asked): a
	 * stage 1 review 20 working days from the family's request, a stage 2 panel 40.
	 * County-wide callers only.
	 */
	@Override
	public void listDeadlinesDue(ListDeadlinesDueRequest request, StreamObserver<DeadlinesDue> responses) {
		Caller caller = CurrentCaller.require();
		TransportAccess.checkMayRead(caller);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("transport deadlines are released to the local authority only");
		}
		LocalDate from = DateBounds.parse("fromDate", request.getFromDate());
		LocalDate to = DateBounds.parse("toDate", request.getToDate());
		if (from == null || to == null || to.isBefore(from)) {
			throw ProblemException.invalid("toDate", "a period from fromDate to toDate (yyyy-MM-dd), in order");
		}
		DeadlinesDue.Builder answer = DeadlinesDue.newBuilder().setAsOf(Instant.now(this.clock).toString());
		this.applications.appealsDue(caller, from, to, request.getIncludeOverdue())
			.forEach(due -> answer.addDeadlines(DeadlineDue.newBuilder()
				.setUpn(due.application().upn())
				.setKind((due.appeal().stage() == 1) ? "TRANSPORT_APPEAL_STAGE_1_REVIEW"
						: "TRANSPORT_APPEAL_STAGE_2_PANEL")
				.setDueDate(due.appeal().dueOn().toString())
				.setSchoolUrn(due.application().schoolUrn())
				.setRule((due.appeal().stage() == 1)
						? "Home to school travel statutory guidance 2024, appeals: stage 1 review answered within "
								+ ApplicationRules.STAGE_1_WORKING_DAYS + " working days"
						: "Home to school travel statutory guidance 2024, appeals: stage 2 panel answers within "
								+ ApplicationRules.STAGE_2_WORKING_DAYS + " working days")));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

}
