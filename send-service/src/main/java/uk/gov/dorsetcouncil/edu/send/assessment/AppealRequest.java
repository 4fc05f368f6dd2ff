package uk.gov.dorsetcouncil.edu.send.assessment;

/** Mediation and appeal dates as the caseworker sends them, read as text. */
public record AppealRequest(String mediationCertificateOn, String lodgedOn, String hearingOn, String decidedOn) {

}
