package uk.gov.dorsetcouncil.edu.pledge.report;

/**
 * A red, amber or green status as the Education Board reads it, or no data to judge by.
 * Declared from best to worst, so the worst of several is the greatest.
 */
public enum Rag {

	GREEN, AMBER, RED, NO_DATA

}
