package uk.gov.dorsetcouncil.edu.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bearer token as anyone on the internet can send it: either any text, or a token
 * correctly signed by the trusted key (as a compromised or careless identity provider
 * would sign it) over any claims. Either it is refused (the decoder's
 * {@link JwtException}, 401; or {@link TokenCaller.RefusedToken}, 401), or it names a
 * caller whose every part is printable words; never another exception. (Dictionary
 * entries are in libFuzzer's syntax: a quote is escaped.) The key is made when the test
 * starts; coverage-guided in the test command (ADR 0019).
 */
class TokenFuzzTest {

	private static final KeyPair KEYS = keys();

	private static final ReactiveJwtDecoder DECODER = NimbusReactiveJwtDecoder
		.withPublicKey((RSAPublicKey) KEYS.getPublic())
		.build();

	@FuzzTest
	@DictionaryEntries({ "\\\"sub\\\":", "\\\"org\\\":", "\\\"roles\\\":[", "\\\"scope\\\":", "\\\"client_id\\\":",
			"SCHOOL:", "LOCAL_AUTHORITY:838", "LOCALITY:", "POLICE:", "SERVICE:", "\\\"exp\\\":", "\\\"iat\\\":",
			"Bearer ", "eyJhbGciOiJSUzI1NiJ9." })
	void anyTokenIsRefusedOrNamesACaller(FuzzedDataProvider data) {
		boolean signed = data.consumeBoolean();
		String text = data.consumeRemainingAsString();
		String token = signed ? sign(text) : text;
		Jwt jwt;
		try {
			jwt = DECODER.decode(token).block();
		}
		catch (JwtException refused) {
			return;
		}
		assertThat(jwt).isNotNull();
		Caller caller;
		try {
			caller = TokenCaller.from(jwt, "838");
		}
		catch (TokenCaller.RefusedToken refused) {
			return;
		}
		assertThat(caller.subject()).isNotBlank().matches("[\\x20-\\x7E]+");
		assertThat(caller.organisation().id()).isNotBlank().matches("[\\x20-\\x7E]+");
		assertThat(caller.roles()).allSatisfy(role -> assertThat(role).matches("[A-Za-z0-9_.:\\-]+"));
		assertThat(caller.scopes()).allSatisfy(scope -> assertThat(scope).matches("[A-Za-z0-9_.:\\-]+"));
	}

	private static String sign(String claims) {
		try {
			JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256),
					new Payload(claims.getBytes(StandardCharsets.UTF_8)));
			jws.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
			return jws.serialize();
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair keys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
