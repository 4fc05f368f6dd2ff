package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.fppt.jedismock.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.gov.dorsetcouncil.edu.gateway.Backends;
import uk.gov.dorsetcouncil.edu.gateway.TestGateways;
import uk.gov.dorsetcouncil.edu.gateway.TestIssuer;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateways sharing one rate limit through Redis: a Redis protocol server in this JVM
 * on loopback (jedis-mock: RESP over a socket, Lua scripts), two gateway applications
 * configured with its URI, one client calling both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedRateLimitIT {

	private static final TestIssuer issuer = TestIssuer.start();

	private static final Backends backends = new Backends();

	static {
		StandIns.stopAtExit(backends, issuer);
	}

	private static RedisServer redis;

	private static final List<ConfigurableApplicationContext> gateways = new ArrayList<>();

	private static final List<WebTestClient> clients = new ArrayList<>();

	@BeforeAll
	static void startRedisAndTwoGateways() throws IOException {
		redis = RedisServer.newRedisServer(0, InetAddress.getLoopbackAddress()).start();
		backends.reset();
		for (int i = 0; i < 2; i++) {
			ConfigurableApplicationContext gateway = TestGateways.start(issuer, backends,
					Map.of("dorset.gateway.rate-limit.redis-uri",
							"redis://" + redis.getHost() + ":" + redis.getBindPort(),
							"dorset.gateway.rate-limit.clients.shared-client", "4",
							// Lua in the test JVM's Redis is compiled on first use, which
							// on a loaded
							// machine can take longer than a real Redis ever does.
							"dorset.gateway.rate-limit.redis-timeout", "5s"));
			gateways.add(gateway);
			clients.add(TestGateways.client(gateway));
		}
	}

	@AfterAll
	static void stopEverything() throws IOException {
		gateways.forEach(ConfigurableApplicationContext::close);
		if (redis.isRunning()) {
			redis.stop();
		}
		gateways.clear();
		clients.clear();
	}

	@Test
	@Order(1)
	void twoGatewaysDrawOnOneBucketPerClient() {
		String token = token("shared-client");
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			statuses.add(call(clients.get(i % 2), token));
		}
		assertThat(statuses).as("4 a minute across both gateways, not 4 at each")
			.containsExactly(200, 200, 200, 200, 429, 429);
		assertThat(call(clients.get(1), token("another-client"))).as("each client has its own bucket").isEqualTo(200);
		try (RedisClient client = RedisClient.create("redis://" + redis.getHost() + ":" + redis.getBindPort());
				StatefulRedisConnection<String, String> connection = client.connect()) {
			assertThat(connection.sync().keys(RedisBuckets.KEY_PREFIX + "*"))
				.contains(RedisBuckets.KEY_PREFIX + "shared-client", RedisBuckets.KEY_PREFIX + "another-client");
			assertThat(connection.sync().pttl(RedisBuckets.KEY_PREFIX + "shared-client"))
				.as("a bucket's key expires once it would be full again")
				.isBetween(1L, Duration.ofSeconds(80).toMillis());
		}
	}

	@Test
	@Order(2)
	void withoutRedisEachGatewayCountsInItsOwnMemoryAndStillAnswers() throws IOException {
		String token = token("outage-client");
		assertThat(call(clients.get(0), token)).isEqualTo(200);
		redis.stop();
		for (WebTestClient client : clients) {
			assertThat(call(client, token)).isEqualTo(200);
		}
	}

	private static int call(WebTestClient client, String token) {
		return client.get()
			.uri("/api/v1/attendance/schools")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private static String token(String clientId) {
		return issuer.sign(TestIssuer.claims("attendance:read").claim("client_id", clientId).build());
	}

}
