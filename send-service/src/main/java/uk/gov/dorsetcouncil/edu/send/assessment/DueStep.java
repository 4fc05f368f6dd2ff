package uk.gov.dorsetcouncil.edu.send.assessment;

/** A statutory step with the assessment it belongs to, for caseworkers' queues. */
public record DueStep(Assessment assessment, Step step) {

}
