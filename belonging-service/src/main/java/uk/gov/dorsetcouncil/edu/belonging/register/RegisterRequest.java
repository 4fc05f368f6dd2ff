package uk.gov.dorsetcouncil.edu.belonging.register;

/**
 * An entry as an officer opens it, as sent (checked by {@link RegisterKeeping}).
 *
 * @param kind ELECTIVE_HOME_EDUCATION, CHILD_MISSING_EDUCATION, NO_SCHOOL_PLACE or
 * FAIR_ACCESS
 * @param upn the child
 * @param schoolLeftUrn the school left (required for EHE)
 * @param openedOn when the entry opens (a Fair Access referral's date)
 * @param noticeDate EHE only: when the parent's written notice was received
 * @param specialSchool EHE only: the child is on a special school's roll
 * @param ehcPlan EHE only: the child has an EHC plan
 * @param reason why it is opened (required for CME and no school place opened by hand)
 */
public record RegisterRequest(String kind, String upn, String schoolLeftUrn, String openedOn, String noticeDate,
		Boolean specialSchool, Boolean ehcPlan, String reason) {
}
