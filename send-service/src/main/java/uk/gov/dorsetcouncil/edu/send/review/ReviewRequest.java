package uk.gov.dorsetcouncil.edu.send.review;

/**
 * A review arranged, as the caller sent it (checked by {@link ReviewRecording}).
 *
 * @param meetingOn the meeting day, yyyy-MM-dd
 * @param bornOn the child's date of birth, for the under-5 reminder; optional
 * @param phaseTransfer the phase transfer the review prepares; optional
 * @param transferYear the calendar year of that move
 */
public record ReviewRequest(String meetingOn, String bornOn, String phaseTransfer, Integer transferYear) {

}
