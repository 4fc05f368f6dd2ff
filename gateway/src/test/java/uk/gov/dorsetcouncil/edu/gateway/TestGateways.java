package uk.gov.dorsetcouncil.edu.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

/**
 * Gateway applications started in the test JVM, as replicas are started in production:
 * several at once, each on a free port, wired to the stand-in services and the test
 * issuer, with the settings a test gives on top.
 */
public final class TestGateways {

	private TestGateways() {
	}

	/**
	 * Starts a gateway; {@code settings} (property names to values) take precedence over
	 * everything else, including application.yml.
	 */
	public static ConfigurableApplicationContext start(TestIssuer issuer, Backends backends,
			Map<String, String> settings) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("dorset.security.jwks-uri", issuer.jwksUri());
		properties.put("dorset.security.issuer", TestIssuer.ISSUER);
		properties.put("dorset.security.allow-plain-http-jwks", "true");
		properties.put("dorset.mongo.in-memory", "true");
		for (PlatformService service : PlatformService.values()) {
			properties.put("dorset.services." + service.configName() + ".rest-url", backends.baseUrl(service));
		}
		properties.putAll(settings);
		return new SpringApplicationBuilder(GatewayApplication.class).run(properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext gateway) {
		return Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
	}

	public static WebTestClient client(ConfigurableApplicationContext gateway) {
		return TestClients.of(port(gateway));
	}

}
