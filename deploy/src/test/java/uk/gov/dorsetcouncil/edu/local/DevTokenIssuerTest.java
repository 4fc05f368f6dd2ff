package uk.gov.dorsetcouncil.edu.local;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DevTokenIssuerTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private DevTokenIssuer issuer;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		this.issuer = DevTokenIssuer.start(0, Clock.fixed(NOW, ZoneOffset.UTC),
				List.of(PartnerClient.schoolMis("990001"), new PartnerClient("dorset-police-encompass", "police",
						"POLICE:DORSET", List.of("POLICE_ENCOMPASS_OFFICER"), List.of("profile:read"))));
	}

	@AfterEach
	void stop() {
		this.issuer.close();
	}

	@Test
	void issuesShortLivedTokensThatVerifyAgainstItsPublishedKeys() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("persona=school-attendance-lead&school=991004"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(response.body());
		SignedJWT jwt = SignedJWT.parse(body.get("access_token").asString());

		String jwks = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.jwksUri())).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key.isPrivate()).as("only the public key is published").isFalse();
		assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(this.issuer.issuer());
		assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("dorset-education-platform");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("org")).isEqualTo("SCHOOL:991004");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).contains("attendance:read", "registers:write");
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SCHOOL_ATTENDANCE_LEAD");
		assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(900)));
	}

	@Test
	void refusesUnknownPersonasAndSchoolOverridesForCountyPersonas() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/token"))
				.POST(HttpRequest.BodyPublishers.ofString("persona=head-of-everything"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("unknown persona");
		assertThatIllegalArgumentException().isThrownBy(() -> this.issuer.tokenFor("la-inclusion-officer", "991001"))
			.withMessageContaining("does not act for a school");
	}

	@Test
	void aLocalityOfficerActsForChesilUnlessAnotherLocalityIsAsked() throws Exception {
		SignedJWT chesil = SignedJWT.parse(token("persona=locality-inclusion-officer"));
		assertThat(chesil.getJWTClaimsSet().getStringClaim("org")).isEqualTo("LOCALITY:CHESIL");
		assertThat(chesil.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("LOCALITY_INCLUSION_OFFICER");
		assertThat(chesil.getJWTClaimsSet().getStringClaim("scope"))
			.isEqualTo("attendance:read casework:write profile:read dashboards:read belonging:read");

		SignedJWT purbeck = SignedJWT.parse(token("persona=locality-inclusion-officer&locality=purbeck"));
		assertThat(purbeck.getJWTClaimsSet().getStringClaim("org")).isEqualTo("LOCALITY:PURBECK");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			persona=locality-inclusion-officer&locality=WESSEX        | unknown locality 'WESSEX'
			persona=school-attendance-lead&locality=NORTH              | does not act for a locality
			persona=locality-inclusion-officer&school=990001          | does not act for a school
			grant_type=password&username=a&password=b                  | unsupported_grant_type
			""")
	void refusesWhatThePersonaCannotDo(String form, String error) throws Exception {
		HttpResponse<String> response = post(form, null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains(error);
	}

	@Test
	void aPartnerSystemGetsATokenWithItsSecretAsItsOwnOrganisation() throws Exception {
		String secret = this.issuer.clientSecrets().get("school-mis-990001");
		assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
		HttpResponse<String> response = post(
				"grant_type=client_credentials&client_id=school-mis-990001&client_secret=" + secret, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(response.body());
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.has("refresh_token")).as("RFC 6749 4.4.3: no refresh token").isFalse();
		SignedJWT jwt = SignedJWT.parse(body.get("access_token").asString());
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("school-mis-990001");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("client_id")).isEqualTo("school-mis-990001");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("org")).isEqualTo("SCHOOL:990001");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("scope"))
			.isEqualTo("registers:write schools:write attendance:read");

		String basic = Base64.getEncoder()
			.encodeToString(("dorset-police-encompass:" + this.issuer.clientSecrets().get("dorset-police-encompass"))
				.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> police = post("grant_type=client_credentials", "Basic " + basic);
		assertThat(police.statusCode()).as(police.body()).isEqualTo(200);
		SignedJWT policeJwt = SignedJWT
			.parse(JsonMapper.shared().readTree(police.body()).get("access_token").asString());
		assertThat(policeJwt.getJWTClaimsSet().getStringClaim("org")).isEqualTo("POLICE:DORSET");

		HttpResponse<String> narrower = post(
				"grant_type=client_credentials&scope=attendance:read&client_id=school-mis-990001&client_secret="
						+ secret,
				null);
		assertThat(JsonMapper.shared().readTree(narrower.body()).get("scope").asString()).isEqualTo("attendance:read");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			client_id=school-mis-990001&client_secret=not-the-secret     | 401 | invalid_client
			client_id=school-mis-990001                                  | 401 | invalid_client
			client_id=school-mis-999999&client_secret=SECRET             | 401 | invalid_client
			client_secret=SECRET                                         | 401 | invalid_client
			client_id=school-mis-990001&client_secret=SECRET&scope=ehcp:read | 400 | invalid_scope
			""")
	void aWrongSecretOrAnUnknownClientIsInvalidClient(String credentials, int status, String error) throws Exception {
		String secret = this.issuer.clientSecrets().get("school-mis-990001");
		HttpResponse<String> response = post("grant_type=client_credentials&" + credentials.replace("SECRET", secret),
				null);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(JsonMapper.shared().readTree(response.body()).get("error").asString()).isEqualTo(error);
		if (status == 401) {
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		}
	}

	@Test
	void aWrongSecretInHttpBasicIsInvalidClientAndTwoWaysAtOnceAreRefused() throws Exception {
		String wrong = Base64.getEncoder().encodeToString("school-mis-990001:guess".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = post("grant_type=client_credentials", "Basic " + wrong);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("invalid_client");

		String right = Base64.getEncoder()
			.encodeToString(("school-mis-990001:" + this.issuer.clientSecrets().get("school-mis-990001"))
				.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> both = post("grant_type=client_credentials&client_id=school-mis-990001", "Basic " + right);
		assertThat(both.statusCode()).isEqualTo(400);
		assertThat(both.body()).contains("invalid_request");
	}

	@Test
	void theSecretsAreWrittenForTheOwnerOnly(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("data").resolve("client-secrets.properties");
		this.issuer.writeClientSecrets(file);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		Properties secrets = new Properties();
		try (var in = Files.newInputStream(file)) {
			secrets.load(in);
		}
		assertThat(secrets).containsEntry("school-mis-990001", this.issuer.clientSecrets().get("school-mis-990001"))
			.hasSize(2);

		DevTokenIssuer another = DevTokenIssuer.start(0, Clock.fixed(NOW, ZoneOffset.UTC),
				List.of(PartnerClient.schoolMis("990001")));
		try {
			assertThat(another.clientSecrets().get("school-mis-990001")).as("new secrets at every start")
				.isNotEqualTo(this.issuer.clientSecrets().get("school-mis-990001"));
		}
		finally {
			another.close();
		}
	}

	private static final String CALLBACK = "http://127.0.0.1:8080/login/oauth2/code/dashboard";

	/**
	 * A verifier and its S256 challenge as another implementation works it out (Python's
	 * hashlib and base64.urlsafe_b64encode, padding stripped).
	 */
	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K9uhvvbvC2EBSlpV5u6pQ0hz7M";

	private static final String CHALLENGE = "4OE2b2l-tYi8p-rix1okw_mwM05_MTfpMd6nNpoXoPs";

	@Test
	void theS256ChallengeIsTheBase64UrlSha256OfTheVerifier() {
		assertThat(AuthorizationCodes.s256(VERIFIER)).isEqualTo(CHALLENGE);
	}

	@Test
	void aBrowserClientSignsInAPersonaWithACodeThatNeedsTheVerifierAndWorksOnce() throws Exception {
		this.issuer.registerBrowserClient("dorset-dashboard", List.of(CALLBACK));
		String authorize = "response_type=code&client_id=dorset-dashboard&state=xyz%2B1&redirect_uri="
				+ URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8) + "&code_challenge=" + CHALLENGE
				+ "&code_challenge_method=S256";
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/authorize?" + authorize)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<legend>Who are you signing in as?</legend>", "<label for=\"persona-senco\">",
				"name=\"code_challenge\" value=\"" + CHALLENGE + "\"");

		HttpResponse<String> back = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/authorize"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(authorize + "&persona=senco&school=990045"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(back.statusCode()).isEqualTo(302);
		String location = back.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=xyz%2B1");
		String code = location.substring((CALLBACK + "?code=").length(), location.indexOf("&state="));

		String redeem = "grant_type=authorization_code&client_id=dorset-dashboard&code=" + code + "&redirect_uri="
				+ URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8) + "&code_verifier=";
		HttpResponse<String> wrongVerifier = post(redeem + VERIFIER.replace('d', 'e'), null);
		assertThat(wrongVerifier.statusCode()).isEqualTo(400);
		assertThat(wrongVerifier.body()).contains("invalid_grant", "does not match");
		HttpResponse<String> again = post(redeem + VERIFIER, null);
		assertThat(again.statusCode()).as("a code is taken by its first use, right or wrong").isEqualTo(400);
		assertThat(again.body()).contains("invalid_grant");
	}

	@Test
	void theRightVerifierGetsThePersonasTokenForTheBrowserClient() throws Exception {
		this.issuer.registerBrowserClient("dorset-dashboard", List.of(CALLBACK));
		String code = code("persona=school-attendance-lead&school=990045");
		HttpResponse<String> token = post("grant_type=authorization_code&client_id=dorset-dashboard&code=" + code
				+ "&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8) + "&code_verifier=" + VERIFIER,
				null);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		SignedJWT jwt = SignedJWT.parse(JsonMapper.shared().readTree(token.body()).get("access_token").asString());
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("dev-school-attendance-lead");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("client_id")).isEqualTo("dorset-dashboard");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("org")).isEqualTo("SCHOOL:990045");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			client_id=someone-else                                 | the code was issued to another client
			redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Felsewhere | redirect_uri differs
			code_verifier=short                                    | 43 to 128 unreserved characters
			code=not-a-code                                        | unknown or already used code
			""")
	void aCodeIsRedeemedOnlyByItsClientForItsRedirectWithAGoodVerifier(String change, String error) throws Exception {
		this.issuer.registerBrowserClient("dorset-dashboard", List.of(CALLBACK));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("client_id", "dorset-dashboard");
		form.put("code", code("persona=senco"));
		form.put("redirect_uri", URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8));
		form.put("code_verifier", VERIFIER);
		form.put(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
		HttpResponse<String> response = post(
				String.join("&", form.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()), null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonMapper.shared().readTree(response.body()).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(response.body()).contains(error);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					client_id=dorset-dashboard&redirect_uri=http%3A%2F%2Fevil.example%2Fcb&code_challenge=CHALLENGE&code_challenge_method=S256&response_type=code | 400 | is not registered
					client_id=unknown&redirect_uri=CALLBACK&code_challenge=CHALLENGE&code_challenge_method=S256&response_type=code                                | 400 | unknown client
					client_id=dorset-dashboard&redirect_uri=CALLBACK&response_type=code                                                                         | 302 | error=invalid_request
					client_id=dorset-dashboard&redirect_uri=CALLBACK&code_challenge=CHALLENGE&code_challenge_method=plain&response_type=code                    | 302 | error=invalid_request
					client_id=dorset-dashboard&redirect_uri=CALLBACK&code_challenge=CHALLENGE&code_challenge_method=S256&response_type=token                    | 302 | error=unsupported_response_type
					""")
	void aBadAuthorizationRequestIsRefusedOnAPageOrSentBackWithAnError(String query, int status, String expected)
			throws Exception {
		this.issuer.registerBrowserClient("dorset-dashboard", List.of(CALLBACK));
		String request = query.replace("CALLBACK", URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8))
			.replace("CHALLENGE", CHALLENGE);
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/authorize?" + request)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(status);
		if (status == 302) {
			assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith(CALLBACK + "?")
				.contains(expected);
		}
		else {
			assertThat(response.headers().firstValue("Location")).isEmpty();
			assertThat(response.body()).contains(expected);
		}
	}

	private String code(String choice) throws Exception {
		String authorize = "response_type=code&client_id=dorset-dashboard&state=s&redirect_uri="
				+ URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8) + "&code_challenge=" + CHALLENGE
				+ "&code_challenge_method=S256&" + choice;
		HttpResponse<String> back = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/authorize"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(authorize))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
		String location = back.headers().firstValue("Location").orElseThrow();
		return location.substring((CALLBACK + "?code=").length(), location.indexOf("&state="));
	}

	private String token(String form) throws Exception {
		HttpResponse<String> response = post(form, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
	}

	private HttpResponse<String> post(String form, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
