package uk.gov.dorsetcouncil.edu.send.plan.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/send/ehc-plans/{upn}}, read as text so that every field
 * can be checked and named in the answer.
 */
record EhcPlanSubmission(String status,
		@Schema(description = "the date the final plan was issued", format = "date",
				example = "2025-03-14") String issuedDate,
		String namedSchoolUrn, @Schema(description = "the date of the last annual review, if any", format = "date",
				example = "2026-03-10") String lastReviewDate) {

}
