package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** An officer's decision on a notification the platform could not match. */
@Schema(description = "The school to send the notification to, and the child it is about")
public record AssignmentBody(
		@Schema(description = "the school's URN", example = "991001", requiredMode = Schema.RequiredMode.REQUIRED,
				maxLength = 6) String school,
		@Schema(description = "the child's UPN", example = "A838200125001", requiredMode = Schema.RequiredMode.REQUIRED,
				maxLength = 13) String upn) {
}
