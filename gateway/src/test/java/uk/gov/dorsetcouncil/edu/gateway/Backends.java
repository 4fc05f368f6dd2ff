package uk.gov.dorsetcouncil.edu.gateway;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.test.context.DynamicPropertyRegistry;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Stand-ins for the five services, one WireMock server each: from the gateway's point of
 * view they are outside systems reached over HTTP.
 */
public final class Backends implements AutoCloseable {

	private final Map<PlatformService, WireMockServer> servers = new EnumMap<>(PlatformService.class);

	private boolean documentsFetched;

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

	/**
	 * Points a gateway under test at these stand-ins and at the test issuer's key set, on
	 * the in-memory store, with the services' API documents fetched once at start and not
	 * again during the run (see {@link #awaitApiDocumentFetches()}).
	 */
	public void wire(DynamicPropertyRegistry registry, TestIssuer issuer) {
		registry.add("dorset.security.jwks-uri", issuer::jwksUri);
		registry.add("dorset.security.issuer", () -> TestIssuer.ISSUER);
		// WireMock serves the key set over plain http, as the local run's issuer does.
		registry.add("dorset.security.allow-plain-http-jwks", () -> "true");
		registry.add("dorset.mongo.in-memory", () -> "true");
		registry.add("dorset.gateway.api-documents.refresh", () -> "6h");
		registry.add("dorset.gateway.api-documents.retry", () -> "6h");
		for (PlatformService service : PlatformService.values()) {
			registry.add("dorset.services." + service.configName() + ".rest-url", () -> baseUrl(service));
		}
	}

	/**
	 * Waits, once, until the gateway has asked every service for its OpenAPI document (it
	 * does at start, in the background), so that the fetch cannot land in a test's
	 * request journal after {@link #reset()}. Tests that use this set
	 * {@code dorset.gateway.api-documents.refresh} beyond their run.
	 */
	public void awaitApiDocumentFetches() {
		if (this.documentsFetched) {
			return;
		}
		Instant deadline = Instant.now().plusSeconds(30);
		for (PlatformService service : PlatformService.values()) {
			while (of(service).findAll(getRequestedFor(urlEqualTo(service.pathPrefix() + "/openapi.json"))).isEmpty()) {
				if (Instant.now().isAfter(deadline)) {
					throw new AssertionError(
							"the gateway never asked the " + service.configName() + " service for its API document");
				}
				sleep();
			}
		}
		this.documentsFetched = true;
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
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
