package uk.gov.dorsetcouncil.edu.send.assessment;

/** An exception to the time limits as the caseworker sends it, read as text. */
public record ExceptionRequest(String kind, String from, String to, String evidence, String adviceSource) {

}
