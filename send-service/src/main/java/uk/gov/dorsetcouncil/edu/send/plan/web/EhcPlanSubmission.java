package uk.gov.dorsetcouncil.edu.send.plan.web;

/**
 * The body of {@code PUT /api/v1/send/ehc-plans/{upn}}, read as text so that every field
 * can be checked and named in the answer.
 */
record EhcPlanSubmission(String status, String issuedDate, String namedSchoolUrn, String lastReviewDate) {

}
