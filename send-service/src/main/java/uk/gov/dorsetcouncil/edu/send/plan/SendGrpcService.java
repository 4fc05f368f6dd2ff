package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;
import java.util.Optional;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetEhcPlanStatusRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;
import uk.gov.dorsetcouncil.edu.send.plan.domain.EhcPlan;

/**
 * EHC plan status for other services and the gateway's aggregations. No plan is a valid
 * answer ({@code has_plan = false}), never NOT_FOUND.
 */
@GrpcService
class SendGrpcService extends SendServiceGrpc.SendServiceImplBase {

	private final EhcPlanStore store;

	SendGrpcService(EhcPlanStore store) {
		this.store = store;
	}

	@Override
	public void getEhcPlanStatus(GetEhcPlanStatusRequest request, StreamObserver<EhcPlanStatus> responses) {
		Caller caller = CurrentCaller.require();
		EhcPlanAccess.checkMayRead(caller);
		Upn upn = EhcPlanAccess.upn(request.getUpn());
		Optional<EhcPlan> plan = EhcPlanAccess.checkMaySee(caller, this.store.find(upn));
		EhcPlanStatus.Builder answer = EhcPlanStatus.newBuilder().setUpn(upn.value()).setHasPlan(plan.isPresent());
		plan.ifPresent(held -> {
			answer.setStatus(held.status().name()).setIssuedDate(held.issuedDate().toString());
			held.namedSchool().ifPresent(answer::setNamedSchoolUrn);
			held.nextAnnualReviewDue().map(LocalDate::toString).ifPresent(answer::setNextAnnualReviewDue);
		});
		responses.onNext(answer.build());
		responses.onCompleted();
	}

}
