package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * How often a measure is read: the Board meets termly (Education Strategy 2024 to 2027,
 * "A termly report detailing evidence and impact"), surveys are yearly.
 */
public enum Frequency {

	MONTHLY, TERMLY, ANNUALLY

}
