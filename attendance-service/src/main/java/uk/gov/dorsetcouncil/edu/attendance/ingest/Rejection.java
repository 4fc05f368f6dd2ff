package uk.gov.dorsetcouncil.edu.attendance.ingest;

/** A row that was not stored, with the field at fault and why. */
public record Rejection(long row, String field, String reason) {

}
