package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRegistration;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookUrl;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The body of {@code POST /api/v1/encompass/webhooks}: a school's system to send its
 * notifications to. Unknown fields are refused (strict input, ADR 0020).
 */
@Schema(description = "A school's system to send its Operation Encompass notifications to, signed")
public record WebhookBody(
		@Schema(description = "the school's URN", example = "991001", maxLength = 6,
				requiredMode = Schema.RequiredMode.REQUIRED) String school,
		@Schema(description = "where to POST each notification: https (plain http to this machine only in the local "
				+ "run)", example = "https://safeguarding.example-school.org.uk/encompass",
				maxLength = WebhookUrl.MAX_LENGTH, requiredMode = Schema.RequiredMode.REQUIRED) String url,
		@Schema(description = "ACTIVE (the default) or PAUSED", example = "ACTIVE", nullable = true) String status) {

	/** What the body asks, checked: a 400 naming every field at fault. */
	record Checked(String school, String url, WebhookRegistration.Status status) {
	}

	Checked checked(boolean allowHttpLoopback) {
		List<Violation> violations = new ArrayList<>();
		String urn = (this.school == null) ? "" : this.school;
		SchoolIdentifiers.urnProblem(urn)
			.ifPresent((problem) -> violations.add(new Violation("school",
					this.school == null || this.school.isBlank() ? "required: the school's URN" : problem)));
		WebhookUrl.problem(this.url, allowHttpLoopback)
			.ifPresent((problem) -> violations.add(new Violation("url", problem)));
		WebhookRegistration.Status parsed = WebhookRegistration.Status.ACTIVE;
		if (this.status != null && !this.status.isBlank()) {
			try {
				parsed = WebhookRegistration.Status.valueOf(this.status);
			}
			catch (IllegalArgumentException ex) {
				violations.add(new Violation("status", "ACTIVE or PAUSED"));
			}
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new Checked(this.school, this.url, parsed);
	}

	/** Whether a webhook's notifications are sent now. */
	@Schema(description = "Whether the webhook's notifications are sent now")
	public record StatusBody(@Schema(description = "ACTIVE or PAUSED", example = "PAUSED",
			requiredMode = Schema.RequiredMode.REQUIRED) String status) {

		WebhookRegistration.Status checked() {
			if (this.status == null || this.status.isBlank()) {
				throw ProblemException.invalid("status", "required: ACTIVE or PAUSED");
			}
			try {
				return WebhookRegistration.Status.valueOf(this.status);
			}
			catch (IllegalArgumentException ex) {
				throw ProblemException.invalid("status", "ACTIVE or PAUSED");
			}
		}

	}

}
