package uk.gov.dorsetcouncil.edu.gateway.children.search.web;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildSearchQuery;

/**
 * The body of {@code POST /api/v1/children/search}: what the caller knows of the child.
 * In a body, not a URL, so that no name or date of birth is written to a proxy's or a
 * server's access log.
 */
@Schema(description = "What the caller knows of the child: a family name and a date of birth, or an NHS number, "
		+ "at least; the other fields raise or lower each candidate's score")
public record ChildSearchBody(
		@Schema(description = "family name as the caller holds it; case, accents, hyphens and spaces do not matter",
				example = "Smith-Jones", maxLength = 100) String familyName,
		@Schema(description = "given name, or a common short form of it", example = "Amelia",
				maxLength = 100) String givenName,
		@Schema(description = "date of birth; day and month swapped still finds the child at a lower score",
				format = "date", example = "2016-07-04") String dateOfBirth,
		@Schema(description = "postcode of the child's home, in any spacing or case", example = "DT1 1XJ",
				maxLength = 10) String postcode,
		@Schema(description = "NHS number, 10 digits (spaces or hyphens allowed), Modulus 11 checked",
				example = "9434765919", maxLength = 12) String nhsNumber,
		@Schema(description = "the purpose, when it is not sent as the X-Dorset-Purpose header",
				example = "CHILDREN_MISSING_EDUCATION", maxLength = 64) String purpose,
		@Schema(description = "the data-sharing agreement, when it is not sent as the X-Dorset-Agreement header",
				example = "DSA-OPERATION-ENCOMPASS", maxLength = 64) String agreement) {

	/** The query, checked: a 400 naming each field at fault or what is missing. */
	public ChildSearchQuery query() {
		return ChildSearchQuery.of(this.familyName, this.givenName, this.dateOfBirth, this.postcode, this.nhsNumber);
	}

}
