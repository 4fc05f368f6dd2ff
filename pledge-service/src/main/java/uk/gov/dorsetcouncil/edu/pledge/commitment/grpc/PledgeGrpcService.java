package uk.gov.dorsetcouncil.edu.pledge.commitment.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeAccess;
import uk.gov.dorsetcouncil.edu.pledge.commitment.ProgressStatus;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.CommitmentStore;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.Commitment;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.GetPledgeProgressRequest;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.PledgeProgress;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.PledgeServiceGrpc;

/** Pledge progress for the gateway's dashboards and reports. */
@GrpcService
class PledgeGrpcService extends PledgeServiceGrpc.PledgeServiceImplBase {

	private final CommitmentStore store;

	PledgeGrpcService(CommitmentStore store) {
		this.store = store;
	}

	@Override
	public void getPledgeProgress(GetPledgeProgressRequest request, StreamObserver<PledgeProgress> responses) {
		PledgeAccess.checkMayRead(CurrentCaller.require());
		PledgeProgress.Builder progress = PledgeProgress.newBuilder();
		this.store.find(PledgeAccess.pledge(request.getPledge()))
			.forEach(commitment -> progress.addCommitments(Commitment.newBuilder()
				.setPledge(commitment.pledge().name())
				.setNumber(commitment.number())
				.setTitle(commitment.title())
				.setWording(commitment.wording())
				.setLatestStatus(commitment.latest().map(ProgressStatus::name).orElse(""))));
		responses.onNext(progress.build());
		responses.onCompleted();
	}

}
