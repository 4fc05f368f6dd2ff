package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The gateway's gRPC channels to the services it aggregates over, and its readiness on
 * them (issue 12.7): the gateway is ready once each channel it must reach has connected,
 * so that a load balancer sends it no profile whose parts would all be unavailable only
 * because it has just started. Once connected, a channel that drops later does not make
 * the gateway unready: each answer then marks that service's part unavailable, and the
 * other services still answer.
 */
public class DownstreamChannels implements HealthIndicator {

	private final Map<String, ManagedChannel> channels;

	private final List<String> required;

	private final Set<String> connected = ConcurrentHashMap.newKeySet();

	/**
	 * @param channels each service's channel, by its name
	 * @param required the services the gateway must have reached to be ready
	 */
	public DownstreamChannels(Map<String, ManagedChannel> channels, List<String> required) {
		this.channels = Map.copyOf(channels);
		for (String name : required) {
			if (!this.channels.containsKey(name)) {
				throw new IllegalStateException("dorset.gateway.readiness.channels names " + name
						+ ", which is not one of the gateway's channels " + this.channels.keySet());
			}
		}
		this.required = List.copyOf(required);
	}

	public ManagedChannel channel(String name) {
		return this.channels.get(name);
	}

	@Override
	public Health health() {
		Map<String, String> states = new LinkedHashMap<>();
		for (String name : this.required) {
			// asking for the state with true starts connecting an idle channel
			ConnectivityState state = this.channels.get(name).getState(true);
			if (state == ConnectivityState.READY) {
				this.connected.add(name);
			}
			states.put(name, this.connected.contains(name) ? "CONNECTED" : state.name());
		}
		Health.Builder health = this.connected.containsAll(this.required) ? Health.up() : Health.outOfService();
		return health.withDetails(states).build();
	}

}
