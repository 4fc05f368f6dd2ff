package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * personas, and for partner systems with the OAuth 2.0 client-credentials grant (RFC 6749
 * section 4.4; their secrets are made at start-up and written only to a file the owner
 * alone can read), signed with a key made at start-up and never written anywhere. It
 * lives only in this launcher module: no service or gateway artifact contains it, and the
 * gateway refuses a plain-http key set unless the local run says so, so it cannot be
 * switched on in production. Binds to loopback only.
 *
 * <p>
 * For the dashboard it is also an authorization server for the authorization code grant
 * with PKCE (RFC 6749 section 4.1, RFC 7636): {@code /authorize} shows a page to pick a
 * persona instead of asking for a password, and {@code /token} turns the code into the
 * persona's token once the code verifier matches ({@link AuthorizationCodes}).
 */
public final class DevTokenIssuer implements AutoCloseable {

	static final String AUDIENCE = "dorset-education-platform";

	static final Duration LIFETIME = Duration.ofMinutes(15);

	private final HttpServer server;

	private final RSAKey key;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.shared();

	private final Map<String, PartnerClient> clients;

	private final Map<String, String> secrets;

	private final AuthorizationCodes codes = new AuthorizationCodes();

	private DevTokenIssuer(HttpServer server, RSAKey key, Clock clock, List<PartnerClient> clients) {
		this.server = server;
		this.key = key;
		this.clock = clock;
		this.clients = new LinkedHashMap<>();
		this.secrets = new LinkedHashMap<>();
		SecureRandom random = new SecureRandom();
		for (PartnerClient client : clients) {
			byte[] secret = new byte[32];
			random.nextBytes(secret);
			this.clients.put(client.clientId(), client);
			this.secrets.put(client.clientId(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
		}
	}

	/** An issuer for the personas only, with no partner clients. */
	public static DevTokenIssuer start(int port, Clock clock) throws IOException {
		return start(port, clock, List.of());
	}

	/** An issuer for the personas and these partner clients, each with a new secret. */
	static DevTokenIssuer start(int port, Clock clock, List<PartnerClient> clients) throws IOException {
		RSAKey key;
		try {
			key = new RSAKeyGenerator(2048).keyID("local-" + UUID.randomUUID()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot make a signing key", ex);
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		DevTokenIssuer issuer = new DevTokenIssuer(server, key, clock, clients);
		server.createContext("/.well-known/jwks.json", issuer::jwks);
		server.createContext("/token", issuer::token);
		server.createContext("/authorize", issuer::authorize);
		server.createContext("/personas", issuer::personas);
		server.createContext("/clients", issuer::clients);
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
		return tokenFor(personaName, schoolUrn, null);
	}

	/**
	 * A signed token for a persona, optionally acting for another school or another
	 * locality.
	 */
	public String tokenFor(String personaName, String schoolUrn, String locality) {
		Persona persona = persona(personaName, schoolUrn, locality);
		return sign("dev-" + persona.name(), clientId(persona), persona.organisation(), persona.roles(),
				persona.scopes());
	}

	/**
	 * A browser sign-in client (the gateway's dashboard): a public client that proves
	 * itself with PKCE, sent back only to these redirect URIs.
	 */
	public void registerBrowserClient(String clientId, List<String> redirectUris) {
		this.codes.register(clientId, redirectUris);
	}

	/** The partner clients' secrets, to hand to their owners. */
	Map<String, String> clientSecrets() {
		return Map.copyOf(this.secrets);
	}

	/**
	 * Writes the partner clients' secrets to {@code file}, readable and writable by its
	 * owner only (0600), one {@code client_id=secret} a line. The file is replaced on
	 * every start, since the secrets are new each time.
	 */
	void writeClientSecrets(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.deleteIfExists(file);
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		StringBuilder lines = new StringBuilder();
		lines.append("# Client secrets of the local run's partner systems, made at start-up; valid until it stops.\n")
			.append("# curl -d grant_type=client_credentials -d client_id=ID -d client_secret=SECRET ")
			.append(issuer())
			.append("/token\n");
		this.secrets.forEach((id, secret) -> lines.append(id).append('=').append(secret).append('\n'));
		Files.writeString(file, lines);
	}

	private static Persona persona(String personaName, String schoolUrn, String locality) {
		Persona persona = Persona.ALL.get(personaName);
		if (persona == null) {
			throw new IllegalArgumentException(
					"unknown persona '" + personaName + "'; known: " + String.join(", ", Persona.ALL.keySet()));
		}
		if (schoolUrn != null && !schoolUrn.isBlank()) {
			persona = persona.atSchool(schoolUrn);
		}
		if (locality != null && !locality.isBlank()) {
			persona = persona.atLocality(locality);
		}
		return persona;
	}

	private String sign(String subject, String clientId, String organisation, List<String> roles, List<String> scopes) {
		Instant now = this.clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer())
			.audience(AUDIENCE)
			.subject(subject)
			.claim("client_id", clientId)
			.claim("scope", String.join(" ", scopes))
			.claim("org", organisation)
			.claim("roles", roles)
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

	private void clients(HttpExchange exchange) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		this.clients.values()
			.forEach(c -> body.put(c.clientId(), Map.of("description", c.description(), "organisation",
					c.organisation(), "roles", c.roles(), "scopes", c.scopes())));
		respond(exchange, 200, body);
	}

	private void token(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			respond(exchange, 405, Map.of("error", "invalid_request", "error_description", "use POST"));
			return;
		}
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String grantType = form.get("grant_type");
		if ("client_credentials".equals(grantType)) {
			clientCredentials(exchange, form);
			return;
		}
		if ("authorization_code".equals(grantType)) {
			authorizationCode(exchange, form);
			return;
		}
		if (grantType != null) {
			respond(exchange, 400, Map.of("error", "unsupported_grant_type", "error_description",
					"this issuer grants authorization_code, client_credentials, or a persona's token"));
			return;
		}
		String persona = form.getOrDefault("persona", form.get("client_id"));
		if (persona == null) {
			respond(exchange, 400, Map.of("error", "invalid_request", "error_description",
					"name a persona: persona=" + String.join("|", Persona.ALL.keySet())));
			return;
		}
		try {
			String token = tokenFor(persona, form.get("school"), form.get("locality"));
			respond(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in",
					LIFETIME.toSeconds(), "scope", String.join(" ", Persona.ALL.get(persona).scopes())));
		}
		catch (IllegalArgumentException ex) {
			respond(exchange, 400, Map.of("error", "invalid_request", "error_description", ex.getMessage()));
		}
	}

	/**
	 * RFC 6749 section 4.4: the client authenticates with HTTP Basic or with
	 * {@code client_id} and {@code client_secret} in the form (section 2.3.1), never
	 * both; an unknown client or a wrong secret is 401 {@code invalid_client} (section
	 * 5.2). An optional {@code scope} narrows the client's scopes; asking for more is
	 * {@code invalid_scope}.
	 */
	private void clientCredentials(HttpExchange exchange, Map<String, String> form) throws IOException {
		String[] basic = basicCredentials(exchange.getRequestHeaders().getFirst("Authorization"));
		if (basic != null && (form.containsKey("client_id") || form.containsKey("client_secret"))) {
			respond(exchange, 400, Map.of("error", "invalid_request", "error_description",
					"authenticate with HTTP Basic or with client_id and client_secret, not both"));
			return;
		}
		String clientId = (basic != null) ? basic[0] : form.get("client_id");
		String secret = (basic != null) ? basic[1] : form.get("client_secret");
		PartnerClient client = (clientId != null) ? this.clients.get(clientId) : null;
		String expected = (clientId != null) ? this.secrets.get(clientId) : null;
		if (client == null || secret == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				secret.getBytes(StandardCharsets.UTF_8))) {
			exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"dorset-local-issuer\"");
			respond(exchange, 401,
					Map.of("error", "invalid_client", "error_description", "unknown client or wrong secret"));
			return;
		}
		List<String> scopes = client.scopes();
		String requested = form.get("scope");
		if (requested != null && !requested.isBlank()) {
			List<String> asked = List.of(requested.trim().split("\\s+"));
			if (!client.scopes().containsAll(asked)) {
				respond(exchange, 400, Map.of("error", "invalid_scope", "error_description",
						"this client may have only: " + String.join(" ", client.scopes())));
				return;
			}
			scopes = asked;
		}
		String token = sign(client.clientId(), client.clientId(), client.organisation(), client.roles(), scopes);
		respond(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", LIFETIME.toSeconds(),
				"scope", String.join(" ", scopes)));
	}

	/**
	 * RFC 6749 section 4.1.1: the request is checked, then the persona page is shown
	 * (GET); the persona picked comes back (POST) and the browser is sent to the client
	 * with a code (section 4.1.2). A request whose client or redirect URI is not known is
	 * refused on a page, never redirected; any other error goes back to the client
	 * (section 4.1.2.1).
	 */
	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> request;
		if ("GET".equals(exchange.getRequestMethod())) {
			String query = exchange.getRequestURI().getRawQuery();
			request = form((query != null) ? query : "");
		}
		else if ("POST".equals(exchange.getRequestMethod())) {
			request = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		}
		else {
			respondHtml(exchange, 405, PersonaPicker.refusal("use GET or POST"));
			return;
		}
		String clientId = request.get("client_id");
		String redirectUri = request.get("redirect_uri");
		String refusal = this.codes.refusalOfClient(clientId, redirectUri);
		if (refusal != null) {
			respondHtml(exchange, 400, PersonaPicker.refusal(refusal));
			return;
		}
		if (!"code".equals(request.get("response_type"))) {
			redirectWithError(exchange, request, "unsupported_response_type", "only response_type=code");
			return;
		}
		String challengeRefusal = AuthorizationCodes.refusalOfChallenge(request.get("code_challenge"),
				request.get("code_challenge_method"));
		if (challengeRefusal != null) {
			redirectWithError(exchange, request, "invalid_request", challengeRefusal);
			return;
		}
		if ("GET".equals(exchange.getRequestMethod())) {
			respondHtml(exchange, 200, PersonaPicker.page(request, null));
			return;
		}
		Persona persona;
		try {
			String name = request.get("persona");
			persona = persona((name != null) ? name : "", request.get("school"), request.get("locality"));
		}
		catch (IllegalArgumentException ex) {
			respondHtml(exchange, 400, PersonaPicker.page(request, ex.getMessage()));
			return;
		}
		String code = this.codes.issue(clientId, redirectUri, request.get("code_challenge"), persona,
				this.clock.instant());
		redirect(exchange, redirectUri, "code=" + encode(code) + state(request));
	}

	/**
	 * RFC 6749 section 4.1.3: a public client names itself and proves with its code
	 * verifier (RFC 7636 section 4.5) that it made the request the code answers.
	 */
	private void authorizationCode(HttpExchange exchange, Map<String, String> form) throws IOException {
		AuthorizationCodes.Redemption redemption = this.codes.redeem(form.get("code"), form.get("client_id"),
				form.get("redirect_uri"), form.get("code_verifier"), this.clock.instant());
		switch (redemption) {
			case AuthorizationCodes.Refused refused ->
				respond(exchange, 400, Map.of("error", refused.error(), "error_description", refused.description()));
			case AuthorizationCodes.Granted granted -> {
				Persona persona = granted.persona();
				String token = sign("dev-" + persona.name(), granted.clientId(), persona.organisation(),
						persona.roles(), persona.scopes());
				respond(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in",
						LIFETIME.toSeconds(), "scope", String.join(" ", persona.scopes())));
			}
		}
	}

	private void redirectWithError(HttpExchange exchange, Map<String, String> request, String error, String description)
			throws IOException {
		redirect(exchange, request.get("redirect_uri"),
				"error=" + error + "&error_description=" + encode(description) + state(request));
	}

	private static String state(Map<String, String> request) {
		String state = request.get("state");
		return (state != null) ? "&state=" + encode(state) : "";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void redirect(HttpExchange exchange, String redirectUri, String query) throws IOException {
		exchange.getResponseHeaders().set("Location", redirectUri + (redirectUri.contains("?") ? "&" : "?") + query);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private static void respondHtml(HttpExchange exchange, int status, String html) throws IOException {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		// The sign-in page is never shown inside another site's frame (clickjacking).
		exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
		exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String[] basicCredentials(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return new String[] { "", "" };
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return new String[] { "", "" };
		}
		// RFC 6749 section 2.3.1: both parts are form-urlencoded before Basic encoding.
		return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
				URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
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
