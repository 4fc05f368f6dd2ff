package uk.gov.dorsetcouncil.edu.gateway.encompass.grpc;

import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.GetPupilBelongingRequest;

/**
 * Whether a child is electively home educated: an open entry on the LA's elective home
 * education register, which belonging keeps (belonging ADR 0030), asked over
 * {@code GetPupilBelonging} as the gateway with {@code belonging:read}. Blocking.
 */
public class HomeEducation {

	static final String BELONGING = "belonging";

	private static final Caller GATEWAY = Caller.service("gateway", Set.of("belonging:read"));

	private final DownstreamCalls calls;

	private final BelongingServiceGrpc.BelongingServiceBlockingStub belonging;

	public HomeEducation(DownstreamCalls calls, BelongingServiceGrpc.BelongingServiceBlockingStub belonging) {
		this.calls = calls;
		this.belonging = belonging;
	}

	public boolean homeEducated(String upn) {
		return CurrentCaller.callAs(GATEWAY, () -> this.calls.to(BELONGING)
			.call(this.belonging,
					(stub) -> stub.getPupilBelonging(GetPupilBelongingRequest.newBuilder().setUpn(upn).build()))
			.getRegistersList()
			.stream()
			.anyMatch((entry) -> "ELECTIVE_HOME_EDUCATION".equals(entry.getKind()) && entry.getClosedOn().isEmpty()));
	}

}
