package uk.gov.dorsetcouncil.edu.transport.disruption;

/**
 * What stopped the transport. Every kind resolves through the routes or schools named.
 */
public enum DisruptionKind {

	/** One run of a route did not go (a driver, a breakdown). */
	CANCELLED_RUN,

	/** An operator could not run its routes. */
	OPERATOR_FAILURE,

	/** Snow, ice or flooding stopped the transport to schools. */
	WEATHER,

	/** A road closed on the routes. */
	ROAD_CLOSURE

}
