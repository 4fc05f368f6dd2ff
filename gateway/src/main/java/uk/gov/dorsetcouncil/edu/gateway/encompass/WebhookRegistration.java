package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A school's webhook as the platform holds it (ADR 0045): where to send, whether to, and
 * the salts its secrets are made from ({@link WebhookSecrets}), never a secret.
 *
 * @param school the school's URN: one webhook per school
 * @param url where notifications are sent ({@link WebhookUrl})
 * @param status whether they are sent now
 * @param salt the current secret's salt
 * @param previousSalt the secret's salt before the last rotation, or null
 * @param previousUntil until when requests are signed with the previous secret too
 * @param key the Idempotency-Key of the request that made the current secret
 * @param fingerprint what that request asked (a retry asks the same)
 * @param registeredAt when the school registered it
 * @param rotatedAt when its secret was last rotated, or null
 */
public record WebhookRegistration(String school, String url, Status status, String salt, String previousSalt,
		Instant previousUntil, String key, String fingerprint, Instant registeredAt, Instant rotatedAt) {

	/** Whether notifications are sent to it. */
	public enum Status {

		ACTIVE, PAUSED

	}

	/** The salts of the secrets to sign with now: the current first. */
	public List<String> saltsInUse(Instant now) {
		List<String> salts = new ArrayList<>(List.of(this.salt));
		if (this.previousSalt != null && this.previousUntil != null && now.isBefore(this.previousUntil)) {
			salts.add(this.previousSalt);
		}
		return salts;
	}

}
