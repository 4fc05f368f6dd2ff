package uk.gov.dorsetcouncil.edu.gateway;

import java.util.EnumMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Stand-ins for the five services, one WireMock server each: from the gateway's point of
 * view they are outside systems reached over HTTP.
 */
public final class Backends implements AutoCloseable {

	private final Map<PlatformService, WireMockServer> servers = new EnumMap<>(PlatformService.class);

	public Backends() {
		for (PlatformService service : PlatformService.values()) {
			this.servers.put(service, wireMock());
		}
	}

	/** A small WireMock server on a free port: this machine has two cores. */
	static WireMockServer wireMock() {
		WireMockServer server = new WireMockServer(
				wireMockConfig().dynamicPort().containerThreads(8).jettyAcceptors(1));
		server.start();
		return server;
	}

	public WireMockServer of(PlatformService service) {
		return this.servers.get(service);
	}

	public String baseUrl(PlatformService service) {
		return of(service).baseUrl();
	}

	/** Every service ready and answering 200 to anything. */
	public void reset() {
		this.servers.values().forEach(server -> {
			server.resetAll();
			server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"answered\":true}")));
			server.stubFor(get(urlEqualTo("/actuator/health/readiness"))
				.willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
		});
	}

	@Override
	public void close() {
		this.servers.values().forEach(WireMockServer::stop);
	}

}
