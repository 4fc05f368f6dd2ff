package uk.gov.dorsetcouncil.edu.transport.eligibility.client;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetEhcPlanStatusRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;

/**
 * A stand-in for send-service's EHC plan status over real gRPC with the platform's caller
 * interceptor: it refuses a caller without {@code ehcp:read} as send does, answers the
 * plans it is told of, and can be told to be down.
 */
public final class FakeSend {

	private final Map<String, EhcPlanStatus> plans = new ConcurrentHashMap<>();

	private volatile boolean down;

	public void plan(String upn, String status, String namedSchoolUrn) {
		this.plans.put(upn,
				EhcPlanStatus.newBuilder()
					.setUpn(upn)
					.setHasPlan(true)
					.setStatus(status)
					.setIssuedDate("2025-03-01")
					.setNamedSchoolUrn(namedSchoolUrn)
					.build());
	}

	public void down(boolean down) {
		this.down = down;
	}

	public Server start() {
		try {
			return Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
				.addService(ServerInterceptors.intercept(new Send(), new CallerServerInterceptor()))
				.build()
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the stand-in send service", ex);
		}
	}

	private final class Send extends SendServiceGrpc.SendServiceImplBase {

		@Override
		public void getEhcPlanStatus(GetEhcPlanStatusRequest request, StreamObserver<EhcPlanStatus> responses) {
			if (FakeSend.this.down) {
				responses.onError(Status.UNAVAILABLE.withDescription("restarting").asException());
				return;
			}
			Caller caller = CurrentCaller.require();
			if (!caller.hasScope("ehcp:read") || !caller.actsCountyWide()) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("ehcp:read").asException());
				return;
			}
			responses.onNext(FakeSend.this.plans.getOrDefault(request.getUpn(),
					EhcPlanStatus.newBuilder().setUpn(request.getUpn()).setHasPlan(false).build()));
			responses.onCompleted();
		}

	}

}
