package uk.gov.dorsetcouncil.edu.platform.idempotency;

/**
 * The answer to the first request made with an idempotency key, as it was sent: what a
 * retry with the same key and the same request gets again.
 *
 * @param status the HTTP status (or 0 for an answer that is not HTTP)
 * @param contentType its media type, or null when it had no body
 * @param body its bytes
 */
public record StoredResponse(int status, String contentType, byte[] body) {

	public StoredResponse {
		body = (body == null) ? new byte[0] : body.clone();
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

}
