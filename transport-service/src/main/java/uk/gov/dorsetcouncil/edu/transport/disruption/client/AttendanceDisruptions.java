package uk.gov.dorsetcouncil.edu.transport.disruption.client;

import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCall;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.DisruptedSession;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RecordTravelDisruptionRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.TravelDisruptionServiceGrpc.TravelDisruptionServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.transport.disruption.AttendanceNotice;
import uk.gov.dorsetcouncil.edu.transport.disruption.Disruption;

/**
 * Tells attendance-service of a disruption's sessions over gRPC
 * ({@code RecordTravelDisruption}), as transport-service with
 * {@code attendance:disruptions} alone: the officer who recorded the disruption holds no
 * scope to change attendance, and attendance takes these from the transport service only
 * (ADR 0038). Under the target's deadline and breaker; a failure is "unavailable".
 */
public class AttendanceDisruptions implements AttendanceNotice {

	public static final String TARGET = "attendance";

	static final Caller TRANSPORT_SERVICE = Caller.service("transport-service", Set.of("attendance:disruptions"));

	private final TravelDisruptionServiceBlockingStub attendance;

	private final DownstreamCall downstream;

	public AttendanceDisruptions(TravelDisruptionServiceBlockingStub attendance, DownstreamCall downstream) {
		this.attendance = attendance;
		this.downstream = downstream;
	}

	@Override
	public void tell(Disruption disruption) {
		RecordTravelDisruptionRequest.Builder request = RecordTravelDisruptionRequest.newBuilder()
			.setDisruptionId(disruption.id())
			.setKind(disruption.kind().name())
			.setDescription(disruption.description());
		disruption.affected()
			.forEach(a -> request.addSessions(DisruptedSession.newBuilder()
				.setUpn(a.upn())
				.setSchoolUrn(a.schoolUrn())
				.setDate(a.date().toString())
				.setSession(a.session())));
		try {
			CurrentCaller.callAs(TRANSPORT_SERVICE,
					() -> this.downstream.call(this.attendance, stub -> stub.recordTravelDisruption(request.build())));
		}
		catch (CallNotPermittedException open) {
			throw new AttendanceUnavailable("attendance-service is failing (circuit open)");
		}
		catch (StatusRuntimeException failure) {
			throw new AttendanceUnavailable("attendance-service answered " + failure.getStatus().getCode());
		}
	}

}
