package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How requests are signed and a school checks them (ADR 0045). */
class WebhookSignatureTest {

	static final byte[] BODY = "{\"id\":\"EV-1\"}".getBytes(StandardCharsets.UTF_8);

	/**
	 * Pinned to a value made outside the platform: {@code printf '%s'
	 * '1767225600.{"id":"EV-1"}' | openssl dgst -sha256 -hmac whsec_test}.
	 */
	@Test
	void theSignatureIsHmacSha256OfTimestampDotBody() {
		assertThat(WebhookSignature.sign("whsec_test", 1767225600L, BODY))
			.isEqualTo("7c46a0840444e967f80dbba569bfd8339f78df91148a4872fb4945fcf73891f8");
	}

	@Test
	void aReceiverVerifiesWithItsSecretAndRefusesAnotherSecretTimeOrBody() {
		String header = WebhookSignature.header(List.of("whsec_new", "whsec_old"), 1767225600L, BODY);
		assertThat(header).matches("v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
		assertThat(WebhookSignature.verifies("whsec_new", header, 1767225600L, BODY)).isTrue();
		assertThat(WebhookSignature.verifies("whsec_old", header, 1767225600L, BODY)).isTrue();
		assertThat(WebhookSignature.verifies("whsec_other", header, 1767225600L, BODY)).isFalse();
		assertThat(WebhookSignature.verifies("whsec_new", header, 1767225601L, BODY)).isFalse();
		assertThat(WebhookSignature.verifies("whsec_new", header, 1767225600L,
				"{\"id\":\"EV-2\"}".getBytes(StandardCharsets.UTF_8)))
			.isFalse();
		assertThat(WebhookSignature.verifies("whsec_new", null, 1767225600L, BODY)).isFalse();
		assertThat(WebhookSignature.verifies("whsec_new", "sha256=abc", 1767225600L, BODY)).isFalse();
	}

	@Test
	void aSecretIsMadeAgainFromTheKeyTheSchoolAndTheSaltAndChangesWithEach() {
		WebhookSecrets secrets = new WebhookSecrets("k".repeat(32).getBytes(StandardCharsets.UTF_8));
		String secret = secrets.secret("991001", "salt-1");
		assertThat(secret).matches("whsec_[A-Za-z0-9_-]{43}");
		assertThat(secrets.secret("991001", "salt-1")).isEqualTo(secret);
		assertThat(secrets.secret("991001", "salt-2")).isNotEqualTo(secret);
		assertThat(secrets.secret("991002", "salt-1")).isNotEqualTo(secret);
		assertThat(new WebhookSecrets("j".repeat(32).getBytes(StandardCharsets.UTF_8)).secret("991001", "salt-1"))
			.isNotEqualTo(secret);
		assertThat(WebhookSecrets.newSalt()).isNotEqualTo(WebhookSecrets.newSalt());
	}

	@Test
	void aRotatedSecretSignsBesideTheNewOneUntilItsGraceEnds() {
		Instant rotated = Instant.parse("2026-12-08T09:00:00Z");
		WebhookRegistration registration = new WebhookRegistration("991001", "https://example.org/hook",
				WebhookRegistration.Status.ACTIVE, "new", "old", rotated.plusSeconds(86_400), "k2", "f", rotated,
				rotated);
		assertThat(registration.saltsInUse(rotated.plusSeconds(60))).containsExactly("new", "old");
		assertThat(registration.saltsInUse(rotated.plusSeconds(86_400))).containsExactly("new");
	}

}
