package uk.gov.dorsetcouncil.edu.belonging.placement;

/**
 * A managed move as the school it leaves (or the local authority) sends it, unchecked.
 *
 * @param upn the pupil
 * @param fromSchoolUrn the school the pupil leaves
 * @param toSchoolUrn the school the pupil joins
 * @param parentAgreedOn yyyy-MM-dd
 * @param newSchoolAgreedOn yyyy-MM-dd
 * @param startDate the first day at the new school, yyyy-MM-dd
 */
public record MoveRequest(String upn, String fromSchoolUrn, String toSchoolUrn, String parentAgreedOn,
		String newSchoolAgreedOn, String startDate) {

}
