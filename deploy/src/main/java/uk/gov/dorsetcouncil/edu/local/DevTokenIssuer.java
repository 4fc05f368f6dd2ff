package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development token issuer of the local run: hands out short-lived tokens for a few
 * personas, signed with a key made at start-up and never written anywhere. It lives only
 * in this launcher module: no service or gateway artifact contains it, and the gateway
 * refuses a plain-http key set unless the local run says so, so it cannot be switched on
 * in production. Binds to loopback only.
 */
public final class DevTokenIssuer implements AutoCloseable {

	static final String AUDIENCE = "dorset-education-platform";

	static final Duration LIFETIME = Duration.ofMinutes(15);

	private final HttpServer server;

	private final RSAKey key;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.shared();

	private DevTokenIssuer(HttpServer server, RSAKey key, Clock clock) {
		this.server = server;
		this.key = key;
		this.clock = clock;
	}

	public static DevTokenIssuer start(int port, Clock clock) throws IOException {
		RSAKey key;
		try {
			key = new RSAKeyGenerator(2048).keyID("local-" + UUID.randomUUID()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot make a signing key", ex);
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		DevTokenIssuer issuer = new DevTokenIssuer(server, key, clock);
		server.createContext("/.well-known/jwks.json", issuer::jwks);
		server.createContext("/token", issuer::token);
		server.createContext("/personas", issuer::personas);
		server.start();
		return issuer;
	}

	public String issuer() {
		return "http://127.0.0.1:" + port();
	}

	public String jwksUri() {
		return issuer() + "/.well-known/jwks.json";
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** A signed token for a persona, optionally acting for another school. */
	public String tokenFor(String personaName, String schoolUrn) {
		Persona persona = Persona.ALL.get(personaName);
		if (persona == null) {
			throw new IllegalArgumentException(
					"unknown persona '" + personaName + "'; known: " + String.join(", ", Persona.ALL.keySet()));
		}
		if (schoolUrn != null && !schoolUrn.isBlank()) {
			persona = persona.atSchool(schoolUrn);
		}
		Instant now = this.clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer())
			.audience(AUDIENCE)
			.subject("dev-" + persona.name())
			.claim("client_id", clientId(persona))
			.claim("scope", String.join(" ", persona.scopes()))
			.claim("org", persona.organisation())
			.claim("roles", persona.roles())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(LIFETIME)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot sign a token", ex);
		}
		return jwt.serialize();
	}

	/**
	 * Each school's system is its own client (its own rate limit), as each MIS would be.
	 */
	private static String clientId(Persona persona) {
		String organisation = persona.organisation();
		return "local-dev-" + persona.name()
				+ (organisation.startsWith("SCHOOL:") ? "-" + organisation.substring("SCHOOL:".length()) : "");
	}

	private void jwks(HttpExchange exchange) throws IOException {
		respond(exchange, 200, new JWKSet(this.key.toPublicJWK()).toJSONObject());
	}

	private void personas(HttpExchange exchange) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		Persona.ALL.values()
			.forEach(p -> body.put(p.name(), Map.of("description", p.description(), "organisation", p.organisation(),
					"roles", p.roles(), "scopes", p.scopes())));
		respond(exchange, 200, body);
	}

	private void token(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			respond(exchange, 405, Map.of("error", "invalid_request", "error_description", "use POST"));
			return;
		}
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String persona = form.getOrDefault("persona", form.get("client_id"));
		if (persona == null) {
			respond(exchange, 400, Map.of("error", "invalid_request", "error_description",
					"name a persona: persona=" + String.join("|", Persona.ALL.keySet())));
			return;
		}
		try {
			String token = tokenFor(persona, form.get("school"));
			respond(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in",
					LIFETIME.toSeconds(), "scope", String.join(" ", Persona.ALL.get(persona).scopes())));
		}
		catch (IllegalArgumentException ex) {
			respond(exchange, 400, Map.of("error", "invalid_request", "error_description", ex.getMessage()));
		}
	}

	private void respond(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
