package uk.gov.dorsetcouncil.edu.gateway.audit;

/** What happened to a request for personal data, or to a change of records. */
public enum Outcome {

	/** Everything asked for and allowed was released. */
	RELEASED,
	/** Some parts were released; others were withheld or unavailable. */
	PARTIAL,
	/** Nothing was released or changed: the request was refused. */
	REFUSED,
	/** A change (a routed write, an agreement's change) was accepted. */
	ACCEPTED,
	/** A change could not be made: the service failed or did not answer. */
	FAILED

}
