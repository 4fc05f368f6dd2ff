package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * The working group that keeps a commitment (Education Strategy 2024 to 2027, "Our
 * commitment": "establish a lead and a working group for the pledge"). Its members hold
 * the role {@link #role()} in their token, as the council's identity provider grants it.
 *
 * @param code a short code, upper case, for example {@code STUDENT}
 * @param name what the group is called
 */
public record WorkingGroup(String code, String name) {

	static final String ROLE_PREFIX = "PLEDGE_WORKING_GROUP:";

	/** The role its members hold. */
	public String role() {
		return ROLE_PREFIX + this.code;
	}

}
