package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.Backends;
import uk.gov.dorsetcouncil.edu.gateway.TestGateways;
import uk.gov.dorsetcouncil.edu.gateway.TestIssuer;
import uk.gov.dorsetcouncil.edu.gateway.TestPersona;
import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.AuditLog;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway replicas on one store (the embedded engine in memory, and on its H2 file),
 * each under many concurrent audited requests: each keeps its own chain, both chains
 * verify from either replica, every request answered 200 has exactly one record, searches
 * find records of both chains newest first, a replica started again under its name
 * carries on its chain, and when the store is gone nothing more is released (503).
 */
class AuditChainsIT {

	private static final TestIssuer issuer = TestIssuer.start();

	private static final Backends backends = new Backends();

	static {
		StandIns.stopAtExit(backends, issuer);
	}

	private static final String UPN = "A838200125001";

	private static final int REQUESTS = 200;

	private static final int CONNECTIONS = 16;

	/**
	 * One thread per replica's callers (not the common pool, which has one thread here).
	 */
	private final ExecutorService callers = Executors.newFixedThreadPool(2);

	private final ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS + 2);

	private final HttpClient http = HttpClient.newBuilder()
		.executor(this.threads)
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "memory", "h2" })
	void twoReplicasUnderConcurrentLoadKeepTwoChainsThatVerifyWithOneRecordPerRelease(String backend) throws Exception {
		backends.reset();
		AuditStores store = AuditStores.start(backend);
		String named = "gateway-a-" + backend;
		List<ConfigurableApplicationContext> gateways = new ArrayList<>();
		try {
			// One replica named as in production (its pod's name), one with the name
			// unique
			// to its start that a gateway takes when none is given.
			gateways.add(replica(store, named));
			gateways.add(replica(store, null));
			List<String> chains = gateways.stream().map(gateway -> gateway.getBean(AuditLog.class).chain()).toList();
			assertThat(chains.get(0)).isEqualTo(named);
			assertThat(chains.get(1)).startsWith("gateway-").isNotEqualTo(named);

			// Both replicas at once, each with its own callers.
			List<CompletableFuture<List<Sent>>> loads = new ArrayList<>();
			for (int replica = 0; replica < 2; replica++) {
				int which = replica;
				int port = TestGateways.port(gateways.get(replica));
				loads.add(CompletableFuture.supplyAsync(() -> load(backend, which, port), this.callers));
			}
			List<Sent> answered = new ArrayList<>();
			for (CompletableFuture<List<Sent>> load : loads) {
				answered.addAll(load.get(3, TimeUnit.MINUTES));
			}
			assertThat(answered).extracting(Sent::status).containsOnly(200);

			Map<String, List<Document>> recorded = new HashMap<>();
			store.database()
				.getCollection(MongoAuditStore.RECORDS)
				.find()
				.forEach(record -> recorded.computeIfAbsent(record.getString("action"), action -> new ArrayList<>())
					.add(record));
			for (Sent request : answered) {
				assertThat(recorded.get(request.action())).as("the records of %s", request.action())
					.singleElement()
					.satisfies(record -> {
						assertThat(record.getString("chain")).isEqualTo(chains.get(request.replica()));
						assertThat(record.getString("outcome"))
							.isEqualTo(request.action().startsWith("GET") ? "RELEASED" : "ACCEPTED");
					});
			}

			for (ConfigurableApplicationContext gateway : gateways) {
				JsonNode verified = verify(gateway);
				assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
				assertThat(verified.path("checked").asLong()).isEqualTo(answered.size());
				for (int replica = 0; replica < 2; replica++) {
					JsonNode chain = chainOf(verified, chains.get(replica));
					assertThat(chain.path("intact").asBoolean()).isTrue();
					assertThat(chain.path("checked").asLong()).isEqualTo(REQUESTS);
					assertThat(chain.path("head").asLong()).isEqualTo(REQUESTS);
					assertThat(chain.path("pastHead").asLong()).isZero();
				}
			}

			// Searched from either replica, page by page: both chains, newest first.
			List<String> foundChains = new ArrayList<>();
			Instant previous = Instant.MAX;
			for (int page = 0; page < 5; page++) {
				JsonNode found = audited(gateways.get(1),
						"/api/v1/audit/records?subject=inclusion_officer@dorset.example&size=100&page=" + page);
				for (JsonNode record : found.path("items")) {
					Instant at = Instant.parse(record.path("at").asString());
					assertThat(at).isBeforeOrEqualTo(previous);
					previous = at;
					foundChains.add(record.path("chain").asString());
				}
			}
			assertThat(foundChains).hasSize(answered.size());
			assertThat(foundChains).filteredOn(chains.get(0)::equals).hasSize(REQUESTS);
			assertThat(foundChains).filteredOn(chains.get(1)::equals).hasSize(REQUESTS);

			// The named replica started again carries on its chain after its head. (Every
			// replica is stopped first: gateways in one JVM share Reactor Netty's event
			// loops, which the first to stop disposes.)
			gateways.forEach(ConfigurableApplicationContext::close);
			gateways.clear();
			gateways.add(replica(store, named));
			assertThat(call(TestGateways.port(gateways.get(0)), "GET", "/api/v1/attendance/pupils/" + UPN + "/again",
					"again"))
				.isEqualTo(200);
			JsonNode again = verify(gateways.get(0));
			assertThat(again.path("intact").asBoolean()).as(again.toString()).isTrue();
			assertThat(chainOf(again, named).path("checked").asLong()).isEqualTo(REQUESTS + 1);
			assertThat(chainOf(again, chains.get(1)).path("checked").asLong()).isEqualTo(REQUESTS);

			// With the store gone, nothing more is released: the answer is held back.
			store.stopServer();
			TestGateways.client(gateways.get(0))
				.get()
				.uri("/api/v1/attendance/pupils/" + UPN + "/attendance")
				.header(HttpHeaders.AUTHORIZATION,
						"Bearer " + issuer.sign(TestPersona.INCLUSION_OFFICER.claims().build()))
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody(String.class)
				.value(body -> assertThat(body).contains("could not be recorded in the audit log")
					.doesNotContain("answered"));
		}
		finally {
			gateways.forEach(ConfigurableApplicationContext::close);
			store.close();
			this.callers.shutdownNow();
			this.threads.shutdownNow();
		}
	}

	private static ConfigurableApplicationContext replica(AuditStores store, String name) {
		Map<String, String> settings = new HashMap<>();
		settings.put("dorset.mongo.uri", store.connectionString());
		if (name != null) {
			settings.put("dorset.gateway.audit.instance-id", name);
		}
		return TestGateways.start(issuer, backends, settings);
	}

	/**
	 * Audited requests to one replica, {@link #CONNECTIONS} at a time, each on its own
	 * path: three reads (released) for each write (accepted).
	 */
	private List<Sent> load(String backend, int replica, int port) {
		Semaphore connections = new Semaphore(CONNECTIONS);
		String token = issuer
			.sign(TestPersona.INCLUSION_OFFICER.claims().claim("client_id", "load-" + backend + "-" + replica).build());
		List<CompletableFuture<Sent>> sent = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			String method = (i % 4 == 0) ? "PUT" : "GET";
			String path = "/api/v1/attendance/pupils/" + UPN + "/probe-" + backend + "-" + replica + "-" + i;
			connections.acquireUninterruptibly();
			sent.add(this.http.sendAsync(request(port, method, path, token), HttpResponse.BodyHandlers.discarding())
				.thenApply(response -> new Sent(replica, method + " " + path, response.statusCode()))
				.whenComplete((response, failure) -> connections.release()));
		}
		return sent.stream().map(CompletableFuture::join).toList();
	}

	private int call(int port, String method, String path, String client) throws Exception {
		String token = issuer.sign(TestPersona.INCLUSION_OFFICER.claims().claim("client_id", client).build());
		return this.http.send(request(port, method, path, token), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static HttpRequest request(int port, String method, String path, String token) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.method(method,
					method.equals("PUT") ? HttpRequest.BodyPublishers.ofString("{\"reviewDate\":\"2026-12-01\"}")
							: HttpRequest.BodyPublishers.noBody())
			.build();
	}

	private static JsonNode verify(ConfigurableApplicationContext gateway) {
		return audited(gateway, "/api/v1/audit/verify");
	}

	/** What an auditor is answered at {@code path}. */
	private static JsonNode audited(ConfigurableApplicationContext gateway, String path) {
		return JsonMapper.shared()
			.readTree(auditor(gateway).get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
	}

	private static JsonNode chainOf(JsonNode verified, String chain) {
		for (JsonNode each : verified.path("chains")) {
			if (each.path("chain").asString().equals(chain)) {
				return each;
			}
		}
		throw new AssertionError("no chain " + chain + " in " + verified);
	}

	private static WebTestClient auditor(ConfigurableApplicationContext gateway) {
		String token = issuer.sign(TestPersona.AUDITOR.claims().build());
		return TestGateways.client(gateway)
			.mutate()
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build();
	}

	private record Sent(int replica, String action, int status) {

	}

}
