package uk.gov.dorsetcouncil.edu.transport.eligibility;

/**
 * An assessment as an officer sends it, unchecked: every field may be absent or wrong,
 * and {@link EligibilityAssessing} says which.
 *
 * @param upn the child
 * @param dateOfBirth yyyy-MM-dd
 * @param assessedOn yyyy-MM-dd; today when absent
 * @param latitude the home, WGS84, within the county
 * @param longitude the home
 * @param schoolUrn the school the child attends or will attend
 * @param lowIncome FREE_SCHOOL_MEALS or MAXIMUM_WORKING_TAX_CREDIT, or absent
 * @param lowIncomeEvidence what shows it (a reference)
 * @param religionOrBelief CHURCH_OF_ENGLAND or ROMAN_CATHOLIC, or absent
 * @param mobilityNeed SEN, DISABILITY, MOBILITY or TEMPORARY_MEDICAL, or absent
 * @param mobilityEvidence what shows it (a report, its author and date)
 */
public record AssessmentRequest(String upn, String dateOfBirth, String assessedOn, Double latitude, Double longitude,
		String schoolUrn, String lowIncome, String lowIncomeEvidence, String religionOrBelief, String mobilityNeed,
		String mobilityEvidence) {

}
