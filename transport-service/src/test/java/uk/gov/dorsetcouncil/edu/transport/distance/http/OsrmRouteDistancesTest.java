package uk.gov.dorsetcouncil.edu.transport.distance.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.transport.distance.Destination;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteMeasurement;
import uk.gov.dorsetcouncil.edu.transport.distance.TravelMode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outside routing engine's answers, timeouts, 5xx and nonsense: a measurement is
 * taken from a sensible answer only, and anything else is "unavailable" with the reason.
 */
class OsrmRouteDistancesTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

	static final GeoPoint HOME = new GeoPoint(50.715, -2.438);

	static final List<Destination> GATES = List.of(new Destination("990001-MAIN", new GeoPoint(50.72, -2.43)),
			new Destination("990002-MAIN", new GeoPoint(50.73, -2.41)));

	WireMockServer engine;

	CircuitBreaker breaker;

	OsrmRouteDistances router;

	@BeforeEach
	void start() {
		this.engine = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		this.engine.start();
		this.breaker = CircuitBreaker.of("routing-engine",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(4)
					.minimumNumberOfCalls(4)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofMinutes(1))
					.build());
		// ample for a stub on a busy machine; the timeout has its own test
		this.router = router(Duration.ofSeconds(5));
	}

	private OsrmRouteDistances router(Duration timeout) {
		return new OsrmRouteDistances(new OsrmRouteDistances.RoutingEngineSettings(
				URI.create("http://localhost:" + this.engine.port()), "foot", "driving", timeout), this.breaker, CLOCK);
	}

	@AfterEach
	void stop() {
		this.engine.stop();
	}

	@Test
	void anAnswerGivesEachDestinationsDistanceByTheModesProfile() {
		this.engine.stubFor(get(urlPathMatching("/table/v1/foot/.*"))
			.willReturn(okJson("{\"code\":\"Ok\",\"distances\":[[0,3300.5,5120.25]]}")));
		RouteMeasurement walking = this.router.from(HOME, TravelMode.WALKING, GATES);
		assertThat(walking.available()).isTrue();
		assertThat(walking.to("990001-MAIN").orElseThrow().metres()).isEqualTo(3300.5);
		assertThat(walking.to("990002-MAIN").orElseThrow().metres()).isEqualTo(5120.25);
		assertThat(walking.to("990001-MAIN").orElseThrow().sectionsKnown()).isFalse();
		assertThat(walking.provider()).contains("routing-engine").contains("foot");
		// longitude first, the home first, one source
		this.engine.verify(getRequestedFor(
				urlPathEqualTo("/table/v1/foot/-2.438000,50.715000;-2.430000,50.720000;-2.410000,50.730000")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a 503                         | 503 | {"message":"busy"}                                    | HTTP 503
					a 500                         | 500 | oops                                                  | HTTP 500
					not JSON                      | 200 | <html>hello</html>                                    | not JSON
					code not Ok                   | 200 | {"code":"NoSegment","distances":[[0,1,2]]}            | NoSegment
					too few distances             | 200 | {"code":"Ok","distances":[[0,3300.5]]}                | 2 distances for 3
					no route to one school        | 200 | {"code":"Ok","distances":[[0,3300.5,null]]}           | no route to 990002-MAIN
					a negative distance           | 200 | {"code":"Ok","distances":[[0,-3,4000]]}               | -3.0
					an absurd distance            | 200 | {"code":"Ok","distances":[[0,3300.5,9.0e9]]}          | 9.0E9
					distances as text             | 200 | {"code":"Ok","distances":[[0,"3300",4000]]}           | no route to 990001-MAIN
					no distances at all           | 200 | {"code":"Ok"}                                         | 0 distances
					""")
	void anythingButASensibleAnswerIsUnavailableWithTheReason(String name, int status, String body, String reason) {
		this.engine.stubFor(
				get(urlPathMatching("/table/v1/driving/.*")).willReturn(aResponse().withStatus(status).withBody(body)));
		RouteMeasurement road = this.router.from(HOME, TravelMode.ROAD, GATES);
		assertThat(road.available()).as(name).isFalse();
		assertThat(road.routes()).isEmpty();
		assertThat(road.unavailable()).contains(reason);
	}

	@Test
	void anEngineSlowerThanTheTimeoutIsUnavailable() {
		this.engine.stubFor(get(urlPathMatching("/table/v1/foot/.*"))
			.willReturn(okJson("{\"code\":\"Ok\",\"distances\":[[0,1,2]]}").withFixedDelay(4000)));
		long started = System.nanoTime();
		RouteMeasurement walking = router(Duration.ofMillis(300)).from(HOME, TravelMode.WALKING, GATES);
		assertThat(walking.available()).isFalse();
		assertThat(walking.unavailable()).contains("timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
	}

	@Test
	void anEngineThatKeepsFailingIsNotAskedWhileTheBreakerIsOpen() {
		this.engine.stubFor(get(urlPathMatching("/table/v1/foot/.*")).willReturn(aResponse().withStatus(502)));
		for (int i = 0; i < 4; i++) {
			this.router.from(HOME, TravelMode.WALKING, GATES);
		}
		RouteMeasurement walking = this.router.from(HOME, TravelMode.WALKING, GATES);
		assertThat(walking.unavailable()).contains("circuit open");
		this.engine.verify(4, getRequestedFor(urlPathMatching("/table/v1/foot/.*")));
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void anEngineThatCannotBeReachedIsUnavailable() {
		this.engine.stop();
		RouteMeasurement walking = this.router.from(HOME, TravelMode.WALKING, GATES);
		assertThat(walking.available()).isFalse();
		assertThat(walking.unavailable()).contains("could not be reached");
	}

}
