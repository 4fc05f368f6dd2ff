package uk.gov.dorsetcouncil.edu.pledge.commitment.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEditing;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeAccess;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.Commitment;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.GetPledgeProgressRequest;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.PledgeProgress;
import uk.gov.dorsetcouncil.edu.proto.pledge.v1.PledgeServiceGrpc;

/**
 * Pledge progress for the gateway's dashboards and reports: each commitment as it is now.
 */
@GrpcService
class PledgeGrpcService extends PledgeServiceGrpc.PledgeServiceImplBase {

	private final CommitmentEditing commitments;

	PledgeGrpcService(CommitmentEditing commitments) {
		this.commitments = commitments;
	}

	@Override
	public void getPledgeProgress(GetPledgeProgressRequest request, StreamObserver<PledgeProgress> responses) {
		Caller caller = CurrentCaller.require();
		PledgeProgress.Builder progress = PledgeProgress.newBuilder();
		this.commitments.all(caller, PledgeAccess.pledge(request.getPledge()), this.commitments.now())
			.forEach(commitment -> progress.addCommitments(Commitment.newBuilder()
				.setPledge(commitment.pledge().name())
				.setNumber(commitment.number())
				.setTitle(commitment.title())
				.setWording(commitment.wording())
				.setLatestStatus(commitment.status().name())));
		responses.onNext(progress.build());
		responses.onCompleted();
	}

}
