package uk.gov.dorsetcouncil.edu.pledge.commitment;

/** How a commitment stands in its latest progress report to the Education Board. */
public enum ProgressStatus {

	NOT_STARTED, ON_TRACK, AT_RISK, ACHIEVED

}
