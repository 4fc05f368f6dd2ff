package uk.gov.dorsetcouncil.edu.transport.eligibility.client;

import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCall;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetEhcPlanStatusRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc.SendServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EhcPlanEvidence;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EhcPlans;

/**
 * The child's EHC plan status, asked of send-service over gRPC under the target's
 * deadline and breaker. Asked as transport-service with {@code ehcp:read} alone, not as
 * the officer: a transport officer holds no EHC plan scope, and a decision needs only
 * whether there is a plan, its status and the school it names (ADR 0032). Any failure is
 * evidence "unavailable", never an exception: the rules decide whether that matters.
 */
public class SendEhcPlans implements EhcPlans {

	public static final String TARGET = "send";

	static final Caller TRANSPORT_SERVICE = Caller.service("transport-service", Set.of("ehcp:read"));

	private final SendServiceBlockingStub send;

	private final DownstreamCall downstream;

	public SendEhcPlans(SendServiceBlockingStub send, DownstreamCall downstream) {
		this.send = send;
		this.downstream = downstream;
	}

	@Override
	public EhcPlanEvidence of(Upn upn) {
		try {
			EhcPlanStatus status = CurrentCaller.callAs(TRANSPORT_SERVICE, () -> this.downstream.call(this.send,
					stub -> stub.getEhcPlanStatus(GetEhcPlanStatusRequest.newBuilder().setUpn(upn.value()).build())));
			return new EhcPlanEvidence(true, status.getHasPlan(), status.getHasPlan() ? status.getStatus() : null,
					status.getNamedSchoolUrn().isEmpty() ? null : status.getNamedSchoolUrn(),
					"send-service GetEhcPlanStatus");
		}
		catch (CallNotPermittedException open) {
			return EhcPlanEvidence.unavailable("send-service is failing (circuit open)");
		}
		catch (StatusRuntimeException failure) {
			return EhcPlanEvidence.unavailable("send-service answered " + failure.getStatus().getCode());
		}
	}

}
