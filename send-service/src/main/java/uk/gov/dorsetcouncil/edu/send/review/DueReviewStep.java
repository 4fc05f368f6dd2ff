package uk.gov.dorsetcouncil.edu.send.review;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A review step not done, for caseworkers' queues and the deadlines view: of a review
 * recorded ({@code reviewId}), or the meeting of a plan whose review is not yet arranged
 * ({@code reviewId} null).
 */
public record DueReviewStep(Upn upn, String schoolUrn, String reviewId, ReviewStep step) {

}
