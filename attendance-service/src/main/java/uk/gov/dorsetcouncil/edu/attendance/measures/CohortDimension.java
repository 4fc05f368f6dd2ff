package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.List;

import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics.SocialCare;
import uk.gov.dorsetcouncil.edu.attendance.roll.Ethnicity;
import uk.gov.dorsetcouncil.edu.attendance.roll.SenProvision;
import uk.gov.dorsetcouncil.edu.attendance.roll.Sex;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;

/**
 * A way of splitting enrolments into groups for figures. Every dimension partitions the
 * enrolments (each falls in exactly one group), which is what secondary suppression
 * relies on. Characteristics are the pupil's current ones; a pupil not held counts as
 * having none recorded, with sex and year group UNKNOWN.
 * <p>
 * Each group has a small number (its key) so that figures are added up in arrays, and a
 * name as published.
 */
public enum CohortDimension {

	SCHOOL, LOCALITY, PHASE, FSM,
	/** E EHC plan, K SEN support, N no SEN. */
	SEN_PROVISION,
	/** Looked after, else a child protection plan, else child in need, else none. */
	SOCIAL_CARE, EVER_SOCIAL_WORKER, ETHNICITY,
	/** Gypsy/Roma (WROM) and Traveller of Irish heritage (WIRT) together. */
	GYPSY_ROMA_TRAVELLER, SEX, YEAR_GROUP, YOUNG_CARER;

	/** Year groups -2 to 14 are keys 0 to 16; UNKNOWN is 17. */
	private static final int YEAR_GROUP_KEYS = 18;

	/**
	 * How many keys the dimension's groups use, for an area of {@code schools} schools.
	 */
	int keys(int schools) {
		return switch (this) {
			case SCHOOL -> Math.max(1, schools);
			case LOCALITY -> Locality.values().length;
			case PHASE -> Phase.values().length;
			case SEN_PROVISION -> SenProvision.values().length;
			case SOCIAL_CARE -> SocialCare.values().length;
			case ETHNICITY -> Ethnicity.values().length;
			case SEX -> Sex.values().length + 1;
			case YEAR_GROUP -> YEAR_GROUP_KEYS;
			case FSM, EVER_SOCIAL_WORKER, GYPSY_ROMA_TRAVELLER, YOUNG_CARER -> 2;
		};
	}

	/**
	 * The key of the group of an enrolment of a pupil with these {@link Traits} at the
	 * {@code schoolIndex}th school of the area.
	 */
	int key(int traits, int schoolIndex, School school) {
		return switch (this) {
			case SCHOOL -> schoolIndex;
			case LOCALITY -> school.locality().ordinal();
			case PHASE -> school.phase().ordinal();
			case FSM -> Traits.freeSchoolMeals(traits) ? 1 : 0;
			case SEN_PROVISION -> Traits.senProvision(traits).ordinal();
			case SOCIAL_CARE -> Traits.socialCare(traits).ordinal();
			case EVER_SOCIAL_WORKER -> Traits.everSocialWorker(traits) ? 1 : 0;
			case ETHNICITY -> Traits.ethnicity(traits).ordinal();
			case GYPSY_ROMA_TRAVELLER -> Traits.ethnicity(traits).gypsyRomaOrTraveller() ? 1 : 0;
			case SEX -> Traits.known(traits) ? Traits.sex(traits).ordinal() : Sex.values().length;
			case YEAR_GROUP -> Traits.known(traits) ? Traits.yearGroup(traits) + 2 : YEAR_GROUP_KEYS - 1;
			case YOUNG_CARER -> Traits.youngCarer(traits) ? 1 : 0;
		};
	}

	/** The published name of a group, by its key. */
	String group(int key, List<School> schools) {
		return switch (this) {
			case SCHOOL -> schools.get(key).urn();
			case LOCALITY -> Locality.values()[key].name();
			case PHASE -> Phase.values()[key].name();
			case FSM -> (key == 1) ? "FSM_ELIGIBLE" : "NOT_FSM_ELIGIBLE";
			case SEN_PROVISION -> SenProvision.values()[key].name();
			case SOCIAL_CARE -> SocialCare.values()[key].name();
			case EVER_SOCIAL_WORKER -> (key == 1) ? "EVER_SOCIAL_WORKER" : "NEVER_SOCIAL_WORKER";
			case ETHNICITY -> Ethnicity.values()[key].name();
			case GYPSY_ROMA_TRAVELLER -> (key == 1) ? "GRT" : "NOT_GRT";
			case SEX -> (key < Sex.values().length) ? Sex.values()[key].name() : "UNKNOWN";
			case YEAR_GROUP -> (key < YEAR_GROUP_KEYS - 1) ? String.valueOf(key - 2) : "UNKNOWN";
			case YOUNG_CARER -> (key == 1) ? "YOUNG_CARER" : "NOT_YOUNG_CARER";
		};
	}

}
