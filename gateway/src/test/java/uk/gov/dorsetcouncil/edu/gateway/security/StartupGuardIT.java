package uk.gov.dorsetcouncil.edu.gateway.security;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.dorsetcouncil.edu.gateway.GatewayApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway refuses to start when its keys would come over plain http, unless the local
 * run allows it, and never under the prod profile.
 */
class StartupGuardIT {

	@Test
	void refusesAPlainHttpKeySetWithoutTheLocalRunFlag() {
		assertThatThrownBy(() -> start("--dorset.security.jwks-uri=http://idp.example/jwks.json")).rootCause()
			.hasMessageContaining("dorset.security.jwks-uri must be an https URL, got 'http://idp.example/jwks.json'")
			.hasMessageContaining("dorset.security.allow-plain-http-jwks=true");
	}

	@Test
	void refusesThePlainHttpFlagUnderTheProdProfile() {
		assertThatThrownBy(() -> startInProduction("--dorset.security.jwks-uri=http://idp.example/jwks.json",
				"--dorset.security.issuer=https://idp.example", "--dorset.security.allow-plain-http-jwks=true"))
			.rootCause()
			.hasMessageContaining("allow-plain-http-jwks=true is refused with the prod profile");
	}

	@Test
	void refusesToStartWithoutAKeySetUnderTheProdProfile() {
		assertThatThrownBy(() -> startInProduction("--dorset.security.issuer=https://idp.example")).rootCause()
			.hasMessageContaining("set dorset.security.jwks-uri (env DORSET_JWKS_URI)");
	}

	/**
	 * Under the prod profile with every service's URL given, as the platform gives them.
	 */
	private static void startInProduction(String... args) {
		String[] services = Stream.of("attendance", "belonging", "send", "transport", "pledge")
			.flatMap(name -> Stream.of("--dorset.services." + name + ".rest-url=http://" + name + ":8080",
					"--spring.grpc.client.channels." + name + ".address=static://" + name + ":9090"))
			.toArray(String[]::new);
		start(Stream.of(new String[] { "--spring.profiles.active=prod" }, services, args)
			.flatMap(Stream::of)
			.toArray(String[]::new));
	}

	private static void start(String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "--server.port=0";
		all[1] = "--dorset.mongo.in-memory=true";
		System.arraycopy(args, 0, all, 2, args.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class).run(all)) {
			throw new AssertionError("the gateway started");
		}
	}

}
