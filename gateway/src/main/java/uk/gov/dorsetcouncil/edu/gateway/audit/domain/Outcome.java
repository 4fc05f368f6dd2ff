package uk.gov.dorsetcouncil.edu.gateway.audit.domain;

/** What happened to a request for personal data. */
public enum Outcome {

	/** Everything asked for and allowed was released. */
	RELEASED,
	/** Some parts were released; others were withheld or unavailable. */
	PARTIAL,
	/** Nothing was released: the request was refused. */
	REFUSED

}
