package uk.gov.dorsetcouncil.edu.gateway.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bearer tokens are checked: the key set (JWKS) that signs them, the issuer and
 * audience they must name, the clock skew tolerated, and the DfE code of the local
 * authority whose officers act county-wide.
 *
 * <p>
 * The key set must be fetched over https: a key set fetched over plain http can be
 * replaced on the way, and then anyone could sign tokens. Plain http is accepted only
 * when {@code allow-plain-http-jwks} is true, which only the local run sets.
 */
@ConfigurationProperties("dorset.security")
public record TokenSettings(String jwksUri, String issuer, @DefaultValue("dorset-education-platform") String audience,
		@DefaultValue("60s") Duration clockSkew, @DefaultValue("false") boolean allowPlainHttpJwks,
		@DefaultValue("838") String localAuthorityCode) {

	public TokenSettings {
		if (jwksUri == null || jwksUri.isBlank() || jwksUri.startsWith("${") || hostOf(jwksUri) == null) {
			throw new IllegalStateException("set dorset.security.jwks-uri (env DORSET_JWKS_URI) to the https URL of "
					+ "the identity provider's JWKS, got '" + jwksUri + "'");
		}
		if (!jwksUri.startsWith("https://") && !allowPlainHttpJwks) {
			throw new IllegalStateException("dorset.security.jwks-uri must be an https URL, got '" + jwksUri
					+ "': keys fetched over plain http could be replaced in transit. Only a local run may set "
					+ "dorset.security.allow-plain-http-jwks=true to accept it");
		}
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalStateException(
					"set dorset.security.issuer (env DORSET_TOKEN_ISSUER) to the issuer ('iss') tokens must name");
		}
		if (audience == null || audience.isBlank()) {
			throw new IllegalStateException("dorset.security.audience must not be empty");
		}
	}

	private static String hostOf(String uri) {
		try {
			return URI.create(uri).getHost();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
