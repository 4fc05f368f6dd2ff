package uk.gov.dorsetcouncil.edu.transport.distance.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.transport.distance.Destination;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.distance.Route;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteDistances;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteMeasurement;
import uk.gov.dorsetcouncil.edu.transport.distance.TravelMode;

/**
 * An outside routing engine with OSRM's table API ({@code GET
 * /table/v1/{profile}/{lon,lat;...}?sources=0&annotations=distance}; the GraphHopper and
 * Valhalla matrix APIs answer the same question): one call for the distances from the
 * home to every destination, by the walking or the road profile. Every call is bounded by
 * the timeout and counted by a circuit breaker; a timeout, a refusal, a 5xx, an open
 * breaker or an answer that does not make sense (not "Ok", the wrong number of distances,
 * a negative, infinite or absurd one) makes the whole measurement unavailable, never a
 * guess. A destination the engine cannot reach ({@code null}) is unavailable too: a
 * decision must not treat "no route" as "far".
 */
public final class OsrmRouteDistances implements RouteDistances {

	public static final String PROVIDER = "routing-engine";

	/** No school in reach of a Dorset home is further than this by any route. */
	static final double ABSURD_METRES = 500_000;

	private final HttpClient http;

	private final RoutingEngineSettings settings;

	private final CircuitBreaker breaker;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.shared();

	public OsrmRouteDistances(RoutingEngineSettings settings, CircuitBreaker breaker, Clock clock) {
		this.settings = settings;
		this.breaker = breaker;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public RouteMeasurement from(GeoPoint origin, TravelMode mode, List<Destination> destinations) {
		String provider = PROVIDER + " " + this.settings.baseUrl().getHost() + " (" + profile(mode) + ")";
		if (destinations.isEmpty()) {
			return RouteMeasurement.measured(provider, mode, this.clock.instant(), null, Map.of());
		}
		try {
			Map<String, Route> routes = this.breaker.executeCheckedSupplier(() -> ask(origin, mode, destinations));
			return RouteMeasurement.measured(provider, mode, this.clock.instant(), null, routes);
		}
		catch (CallNotPermittedException open) {
			return RouteMeasurement.unavailable(provider, mode, this.clock.instant(),
					"the routing engine is failing (circuit open); not asked");
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return RouteMeasurement.unavailable(provider, mode, this.clock.instant(), "interrupted");
		}
		catch (Throwable failure) {
			return RouteMeasurement.unavailable(provider, mode, this.clock.instant(), describe(failure));
		}
	}

	private Map<String, Route> ask(GeoPoint origin, TravelMode mode, List<Destination> destinations)
			throws IOException, InterruptedException {
		String coordinates = java.util.stream.Stream
			.concat(java.util.stream.Stream.of(origin), destinations.stream().map(Destination::point))
			.map(p -> String.format(Locale.ROOT, "%.6f,%.6f", p.longitude(), p.latitude()))
			.collect(Collectors.joining(";"));
		String base = this.settings.baseUrl().toString();
		URI uri = URI.create(base.endsWith("/") ? base : base + "/")
			.resolve("table/v1/" + profile(mode) + "/" + coordinates + "?sources=0&annotations=distance");
		HttpResponse<String> answer = this.http.send(
				HttpRequest.newBuilder(uri).timeout(this.settings.timeout()).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new Nonsense("answered HTTP " + answer.statusCode());
		}
		JsonNode body;
		try {
			body = this.json.readTree(answer.body());
		}
		catch (JacksonException notJson) {
			throw new Nonsense("answered something that is not JSON");
		}
		if (body == null || !"Ok".equals(body.path("code").asString(""))) {
			throw new Nonsense("answered code '" + ((body != null) ? body.path("code").asString("") : "") + "'");
		}
		JsonNode row = body.path("distances").path(0);
		if (!row.isArray() || row.size() != destinations.size() + 1) {
			throw new Nonsense("answered " + (row.isArray() ? row.size() : 0) + " distances for "
					+ (destinations.size() + 1) + " places");
		}
		Map<String, Route> routes = new HashMap<>();
		for (int i = 0; i < destinations.size(); i++) {
			JsonNode metres = row.path(i + 1);
			if (!metres.isNumber()) {
				throw new Nonsense("found no route to " + destinations.get(i).id());
			}
			double value = metres.asDouble();
			if (!Double.isFinite(value) || value < 0 || value > ABSURD_METRES) {
				throw new Nonsense("answered " + value + " m to " + destinations.get(i).id());
			}
			routes.put(destinations.get(i).id(), new Route(value, null));
		}
		return routes;
	}

	private String profile(TravelMode mode) {
		return (mode == TravelMode.WALKING) ? this.settings.walkingProfile() : this.settings.roadProfile();
	}

	private static String describe(Throwable failure) {
		if (failure instanceof Nonsense nonsense) {
			return "the routing engine " + nonsense.getMessage();
		}
		if (failure instanceof java.net.http.HttpTimeoutException) {
			return "the routing engine did not answer within the timeout";
		}
		return "the routing engine could not be reached (" + failure.getClass().getSimpleName() + ")";
	}

	/**
	 * Settings of the outside routing engine.
	 *
	 * @param baseUrl where it answers, ending in '/'
	 * @param walkingProfile its profile for walking routes (OSRM: foot)
	 * @param roadProfile its profile for road routes (OSRM: driving)
	 * @param timeout the longest a call may take, connecting included
	 */
	public record RoutingEngineSettings(URI baseUrl, String walkingProfile, String roadProfile, Duration timeout) {
	}

	/** An answer that does not make sense; counted as a failure by the breaker. */
	static final class Nonsense extends IOException {

		Nonsense(String message) {
			super(message);
		}

	}

}
