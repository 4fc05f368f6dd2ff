package uk.gov.dorsetcouncil.edu.transport.disruption.client;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RecordTravelDisruptionRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RecordTravelDisruptionResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.TravelDisruptionServiceGrpc;

/**
 * A stand-in for attendance-service's travel disruptions over real gRPC with the
 * platform's caller interceptor: it refuses any caller but a service with
 * {@code attendance:disruptions}, as attendance does, keeps what it is told, and can be
 * told to be down.
 */
public final class FakeAttendance {

	private final List<RecordTravelDisruptionRequest> told = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	public List<RecordTravelDisruptionRequest> told() {
		return this.told;
	}

	public void down(boolean down) {
		this.down = down;
	}

	public Server start() {
		try {
			return Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
				.addService(ServerInterceptors.intercept(new Attendance(), new CallerServerInterceptor()))
				.build()
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the stand-in attendance service", ex);
		}
	}

	private final class Attendance extends TravelDisruptionServiceGrpc.TravelDisruptionServiceImplBase {

		@Override
		public void recordTravelDisruption(RecordTravelDisruptionRequest request,
				StreamObserver<RecordTravelDisruptionResponse> responses) {
			if (FakeAttendance.this.down) {
				responses.onError(Status.UNAVAILABLE.withDescription("restarting").asException());
				return;
			}
			Caller caller = CurrentCaller.require();
			if (!caller.hasRole("SERVICE") || !caller.hasScope("attendance:disruptions")) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("attendance:disruptions").asException());
				return;
			}
			FakeAttendance.this.told.add(request);
			responses.onNext(RecordTravelDisruptionResponse.newBuilder()
				.setSessionsRecorded(request.getSessionsCount())
				.build());
			responses.onCompleted();
		}

	}

}
