package uk.gov.dorsetcouncil.edu.gateway;

import java.time.Duration;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The client the integration tests call a gateway with: a new connection for every
 * request. With pooled keep-alive connections, a request on a loaded machine was now and
 * then never answered (no gateway thread was working on it; it never reached the server's
 * HTTP layer) after requests refused before their body was read; the test then waited for
 * its whole timeout. A new connection per request costs a loopback connect and leaves
 * nothing from one test on the connection of the next.
 */
public final class TestClients {

	private TestClients() {
	}

	public static WebTestClient of(int port) {
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
			.baseUrl("http://127.0.0.1:" + port)
			// Generous: this machine is shared, and a first metrics scrape can be slow.
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

}
