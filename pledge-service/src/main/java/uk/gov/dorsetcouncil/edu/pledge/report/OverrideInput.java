package uk.gov.dorsetcouncil.edu.pledge.report;

/** An officer's override as sent: read by {@link Reporting#override}. */
public record OverrideInput(String status, String reason) {

}
