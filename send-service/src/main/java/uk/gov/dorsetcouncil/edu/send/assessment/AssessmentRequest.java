package uk.gov.dorsetcouncil.edu.send.assessment;

/**
 * A request for an EHC needs assessment as the caseworker sends it, read as text so that
 * every field is checked and named.
 */
public record AssessmentRequest(String upn, String requestedBy, String receivedOn, String schoolUrn,
		String primaryNeed) {

}
