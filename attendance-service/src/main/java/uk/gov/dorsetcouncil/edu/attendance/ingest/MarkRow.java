package uk.gov.dorsetcouncil.edu.attendance.ingest;

/**
 * One pupil-session mark as sent in bulk, unchecked.
 *
 * @param row its 1-based position in the import or stream, which rejections quote
 */
public record MarkRow(long row, String urn, String upn, String date, String session, String code) {

}
