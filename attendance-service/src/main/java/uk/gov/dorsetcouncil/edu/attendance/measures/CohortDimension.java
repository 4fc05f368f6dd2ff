package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.function.BiFunction;

import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.school.School;

/**
 * A way of splitting enrolments into groups for figures. Every dimension partitions the
 * enrolments (each falls in exactly one group), which is what secondary suppression
 * relies on. Characteristics are the pupil's current ones.
 */
public enum CohortDimension {

	SCHOOL((pupil, school) -> school.urn()), LOCALITY((pupil, school) -> school.locality().name()),
	PHASE((pupil, school) -> school.phase().name()),
	FSM((pupil, school) -> characteristics(pupil).freeSchoolMeals() ? "FSM_ELIGIBLE" : "NOT_FSM_ELIGIBLE"),
	/** E EHC plan, K SEN support, N no SEN. */
	SEN_PROVISION((pupil, school) -> characteristics(pupil).senProvision().name()),
	/** Looked after, else a child protection plan, else child in need, else none. */
	SOCIAL_CARE((pupil, school) -> characteristics(pupil).socialCare().name()),
	EVER_SOCIAL_WORKER((pupil, school) -> characteristics(pupil).everSocialWorker() ? "EVER_SOCIAL_WORKER"
			: "NEVER_SOCIAL_WORKER"),
	ETHNICITY((pupil, school) -> characteristics(pupil).ethnicity().name()),
	/** Gypsy/Roma (WROM) and Traveller of Irish heritage (WIRT) together. */
	GYPSY_ROMA_TRAVELLER(
			(pupil, school) -> characteristics(pupil).ethnicity().gypsyRomaOrTraveller() ? "GRT" : "NOT_GRT"),
	SEX((pupil, school) -> (pupil != null) ? pupil.sex().name() : "UNKNOWN"),
	YEAR_GROUP((pupil, school) -> (pupil != null) ? String.valueOf(pupil.yearGroup()) : "UNKNOWN"),
	YOUNG_CARER((pupil, school) -> characteristics(pupil).youngCarer() ? "YOUNG_CARER" : "NOT_YOUNG_CARER");

	private final BiFunction<Pupil, School, String> group;

	CohortDimension(BiFunction<Pupil, School, String> group) {
		this.group = group;
	}

	public String groupOf(Pupil pupil, School school) {
		return this.group.apply(pupil, school);
	}

	private static Characteristics characteristics(Pupil pupil) {
		return (pupil != null) ? pupil.characteristics() : Characteristics.NOT_RECORDED;
	}

}
