package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.grpc.ManagedChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.gateway.agreement.store.AgreementStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamSettings;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TransportServiceGrpc;

/**
 * One gRPC channel per service ({@code spring.grpc.client.channels.<name>}), created
 * once, and the aggregations over them. Every target's deadline and breaker are set in
 * {@code dorset.downstream.<name>}; the gateway refuses to start without them.
 */
@Configuration(proxyBeanMethods = false)
class AggregationConfiguration {

	@Bean
	DownstreamParts downstreamParts(DownstreamCalls calls, DownstreamSettings settings) {
		for (String target : new String[] { ChildRecordSources.ATTENDANCE, ChildRecordSources.BELONGING,
				ChildRecordSources.SEND, ChildRecordSources.TRANSPORT }) {
			// Fails at start-up, not on the first request, when a target is not
			// configured.
			settings.target(target);
		}
		return new DownstreamParts(calls, settings);
	}

	/**
	 * The channels, and the gateway's readiness on them ({@code downstreamChannels} in
	 * the readiness group): by default every service it aggregates over; a run of some
	 * services only names those it starts.
	 */
	@Bean
	DownstreamChannels downstreamChannels(GrpcChannelFactory factory,
			@Value("${dorset.gateway.readiness.channels:attendance,belonging,send,transport}") List<String> required) {
		Map<String, ManagedChannel> channels = new LinkedHashMap<>();
		for (String name : List.of(ChildRecordSources.ATTENDANCE, ChildRecordSources.BELONGING, ChildRecordSources.SEND,
				ChildRecordSources.TRANSPORT)) {
			channels.put(name, factory.createChannel(name));
		}
		return new DownstreamChannels(channels, required);
	}

	@Bean
	ChildRecordSources childRecordSources(DownstreamParts parts, DownstreamChannels channels) {
		return new ChildRecordSources(parts,
				AttendanceServiceGrpc.newStub(channels.channel(ChildRecordSources.ATTENDANCE)),
				BelongingServiceGrpc.newStub(channels.channel(ChildRecordSources.BELONGING)),
				SendServiceGrpc.newStub(channels.channel(ChildRecordSources.SEND)),
				TransportServiceGrpc.newStub(channels.channel(ChildRecordSources.TRANSPORT)));
	}

	/** Agreements and the audit behind each child profile. */
	@Bean
	AccessDecisions accessDecisions(AgreementStore agreements, Auditor auditor, Clock clock) {
		return new AccessDecisions(agreements, auditor, clock);
	}

	@Bean
	ChildProfiles childProfiles(AccessDecisions access, ChildRecordSources sources, Auditor auditor, Clock clock) {
		return new ChildProfiles(access, sources, auditor, clock);
	}

	@Bean
	DeadlinesThisWeek deadlinesThisWeek(ChildRecordSources sources, Auditor auditor, Clock clock) {
		return new DeadlinesThisWeek(sources, auditor, clock);
	}

	/**
	 * The platform's small-number suppression (DfE's rule) for callers without
	 * pupil-level rights; {@code dorset.gateway.suppression-threshold} raises it for a
	 * stricter local policy.
	 */
	@Bean
	SmallNumberSuppression smallNumberSuppression(@Value("${dorset.gateway.suppression-threshold:"
			+ SmallNumberSuppression.DFE_THRESHOLD + "}") int suppressionThreshold) {
		return new SmallNumberSuppression(suppressionThreshold);
	}

	@Bean
	Dashboards dashboards(ChildRecordSources sources, SmallNumberSuppression suppression) {
		return new Dashboards(sources, suppression);
	}

	@Bean
	AreaDashboards areaDashboards(ChildRecordSources sources, Dashboards plans, SmallNumberSuppression suppression,
			Clock clock) {
		return new AreaDashboards(sources, plans, suppression, clock);
	}

}
