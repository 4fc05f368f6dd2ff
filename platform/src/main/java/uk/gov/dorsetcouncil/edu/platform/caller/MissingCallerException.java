package uk.gov.dorsetcouncil.edu.platform.caller;

/**
 * The caller context is absent or malformed: the call did not come through the gateway
 * (or a platform service), so nobody can say who is asking. Answered with 401 /
 * UNAUTHENTICATED.
 */
public class MissingCallerException extends RuntimeException {

	public MissingCallerException(String message) {
		super(message);
	}

}
