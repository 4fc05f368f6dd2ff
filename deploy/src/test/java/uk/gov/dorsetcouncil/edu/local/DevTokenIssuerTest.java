package uk.gov.dorsetcouncil.edu.local;

import java.net.URI;
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
import java.util.List;
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
