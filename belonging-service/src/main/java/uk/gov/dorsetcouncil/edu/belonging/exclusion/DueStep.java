package uk.gov.dorsetcouncil.edu.belonging.exclusion;

/** A statutory step with the exclusion it belongs to, for lists of what is due. */
public record DueStep(Exclusion exclusion, Step step) {

}
