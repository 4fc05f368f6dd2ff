package uk.gov.dorsetcouncil.edu.pledge.measure;

/**
 * What a measure's value is: a figure, hidden to protect small numbers, a source that did
 * not answer (never replaced by a guess), or nothing recorded yet.
 */
public enum ValueState {

	AVAILABLE, SUPPRESSED, UNAVAILABLE, NOT_RECORDED

}
