package uk.gov.dorsetcouncil.edu.transport.distance;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a provider answered for routes from one place by one mode: each destination's
 * route, or that it could not measure (then no decision may rest on it).
 *
 * @param provider which provider measured (for the decision's explanation)
 * @param mode walking or road
 * @param measuredAt when
 * @param accessPoint where the route starts: where the home meets the nearest road or
 * path (null when the provider does not say)
 * @param routes by destination id; empty when unavailable
 * @param unavailable why nothing could be measured, or null
 */
public record RouteMeasurement(String provider, TravelMode mode, Instant measuredAt, GeoPoint accessPoint,
		Map<String, Route> routes, String unavailable) {

	public RouteMeasurement {
		routes = Map.copyOf(routes);
	}

	public static RouteMeasurement measured(String provider, TravelMode mode, Instant at, GeoPoint accessPoint,
			Map<String, Route> routes) {
		return new RouteMeasurement(provider, mode, at, accessPoint, routes, null);
	}

	public static RouteMeasurement unavailable(String provider, TravelMode mode, Instant at, String why) {
		return new RouteMeasurement(provider, mode, at, null, Map.of(), why);
	}

	public boolean available() {
		return this.unavailable == null;
	}

	/** The route to a destination; empty when unmeasured or unreachable. */
	public Optional<Route> to(String destinationId) {
		return Optional.ofNullable(this.routes.get(destinationId));
	}

}
