package uk.gov.dorsetcouncil.edu.gateway.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.gateway.Backends;
import uk.gov.dorsetcouncil.edu.gateway.health.ServiceHealth.AggregatedHealth;
import uk.gov.dorsetcouncil.edu.gateway.health.ServiceHealth.Status;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceHealthTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	private static final Backends backends = new Backends();

	@BeforeAll
	static void warmUp() {
		// The first call in a fresh JVM pays for starting Netty; the checks below are
		// about the aggregation, not about that.
		backends.reset();
		health(urls());
	}

	@AfterAll
	static void stop() {
		backends.close();
	}

	@BeforeEach
	void everyServiceReady() {
		backends.reset();
	}

	@Test
	void upWhenEveryServiceIsReady() {
		AggregatedHealth health = health(urls());
		assertThat(health.status()).isEqualTo(Status.UP);
		assertThat(health.services()).containsOnlyKeys("attendance", "belonging", "send", "transport", "pledge")
			.allSatisfy((name, status) -> assertThat(status).isEqualTo(Status.UP));
	}

	@Test
	void downWhenAServiceIsNotListening() throws IOException {
		Map<PlatformService, URI> urls = urls();
		urls.put(PlatformService.TRANSPORT, URI.create("http://127.0.0.1:" + freePort()));
		AggregatedHealth health = health(urls);
		assertThat(health.status()).isEqualTo(Status.DOWN);
		assertThat(health.services()).containsEntry("transport", Status.DOWN).containsEntry("attendance", Status.UP);
	}

	@Test
	void downWhenAServiceAnswersTooLateWithoutHoldingTheOthers() {
		backends.of(PlatformService.BELONGING)
			.stubFor(get(urlEqualTo(ServiceHealth.READINESS_PATH))
				.willReturn(aResponse().withStatus(200).withFixedDelay(4000)));
		long started = System.nanoTime();
		AggregatedHealth health = health(urls());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(health.services()).containsEntry("belonging", Status.DOWN).containsEntry("send", Status.UP);
		assertThat(took).isLessThan(Duration.ofMillis(3000));
	}

	private static AggregatedHealth health(Map<PlatformService, URI> urls) {
		return new ServiceHealth(urls, TIMEOUT).check().block(Duration.ofSeconds(10));
	}

	private static Map<PlatformService, URI> urls() {
		Map<PlatformService, URI> urls = new EnumMap<>(PlatformService.class);
		for (PlatformService service : PlatformService.values()) {
			urls.put(service, URI.create(backends.baseUrl(service)));
		}
		return urls;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
