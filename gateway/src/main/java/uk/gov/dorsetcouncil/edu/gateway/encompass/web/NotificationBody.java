package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.gateway.encompass.IncidentReport;

/**
 * The body of {@code POST /api/v1/encompass/notifications}: an Operation Encompass
 * notification as a police system sends it. Unknown fields are refused (strict input, ADR
 * 0020).
 */
@Schema(description = "A notification of a domestic abuse incident a child was exposed to")
public record NotificationBody(
		@Schema(description = "the force's reference for the incident", example = "DP/2026/118204", maxLength = 40,
				requiredMode = Schema.RequiredMode.REQUIRED) String policeReference,
		@Schema(description = "when the incident happened, ISO 8601 in UTC", format = "date-time",
				example = "2026-12-04T19:30:00Z", requiredMode = Schema.RequiredMode.REQUIRED) String incidentAt,
		@Schema(description = "where, in words", example = "the child's home", maxLength = 200,
				requiredMode = Schema.RequiredMode.REQUIRED) String location,
		@Schema(description = "the child as the police hold them",
				requiredMode = Schema.RequiredMode.REQUIRED) ChildBody child,
		@Schema(description = "whether the child was present", requiredMode = Schema.RequiredMode.REQUIRED,
				example = "true") Boolean childPresent,
		@Schema(description = "what the school's key adult needs to know to support the child", maxLength = 2000,
				requiredMode = Schema.RequiredMode.REQUIRED) String schoolNeedsToKnow) {

	/** The child as the police hold them. */
	@Schema(description = "The child as the police hold them: name and date of birth required")
	public record ChildBody(
			@Schema(description = "family name", example = "Smith-Jones", maxLength = 100,
					requiredMode = Schema.RequiredMode.REQUIRED) String familyName,
			@Schema(description = "given name", example = "Amelia", maxLength = 100,
					requiredMode = Schema.RequiredMode.REQUIRED) String givenName,
			@Schema(description = "date of birth", format = "date", example = "2016-07-04",
					requiredMode = Schema.RequiredMode.REQUIRED) String dateOfBirth,
			@Schema(description = "home address in words", maxLength = 200) String address,
			@Schema(description = "home postcode, any spacing or case", example = "DT1 1XJ",
					maxLength = 10) String postcode) {
	}

	/** The report, checked: a 400 naming every field at fault. */
	IncidentReport report(Instant now) {
		ChildBody about = (this.child != null) ? this.child : new ChildBody(null, null, null, null, null);
		return IncidentReport.of(this.policeReference, this.incidentAt, this.location, about.familyName(),
				about.givenName(), about.dateOfBirth(), about.address(), about.postcode(), this.childPresent,
				this.schoolNeedsToKnow, now);
	}

}
