package uk.gov.dorsetcouncil.edu.attendance.measures;

import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics;
import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics.SocialCare;
import uk.gov.dorsetcouncil.edu.attendance.roll.Ethnicity;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.SenProvision;
import uk.gov.dorsetcouncil.edu.attendance.roll.Sex;

/**
 * What figures group a pupil by (year group, sex and the census and social care
 * characteristics), packed in one {@code int} so that the read model keeps one number per
 * enrolment instead of a pupil record. {@link #UNKNOWN} stands for marks whose pupil is
 * not held: no characteristics recorded, sex and year group unknown.
 */
final class Traits {

	static final int UNKNOWN = 0;

	private static final int KNOWN = 1;

	private static final int FSM = 1 << 1;

	private static final int SEN_SHIFT = 2;

	private static final int LOOKED_AFTER = 1 << 4;

	private static final int CHILD_IN_NEED = 1 << 5;

	private static final int CHILD_PROTECTION = 1 << 6;

	private static final int EVER_SOCIAL_WORKER = 1 << 7;

	private static final int ETHNICITY_SHIFT = 8;

	private static final int YOUNG_CARER = 1 << 13;

	private static final int SEX_SHIFT = 14;

	private static final int YEAR_GROUP_SHIFT = 15;

	/** Year groups -2 (nursery) to 14 are kept as 0 to 16. */
	private static final int LOWEST_YEAR_GROUP = -2;

	private static final Ethnicity[] ETHNICITIES = Ethnicity.values();

	private Traits() {
	}

	static int of(Pupil pupil) {
		if (pupil == null) {
			return UNKNOWN;
		}
		Characteristics held = pupil.characteristics();
		return KNOWN | (held.freeSchoolMeals() ? FSM : 0) | (held.senProvision().ordinal() << SEN_SHIFT)
				| (held.lookedAfter() ? LOOKED_AFTER : 0) | (held.childInNeed() ? CHILD_IN_NEED : 0)
				| (held.childProtectionPlan() ? CHILD_PROTECTION : 0)
				| (held.everSocialWorker() ? EVER_SOCIAL_WORKER : 0) | (held.ethnicity().ordinal() << ETHNICITY_SHIFT)
				| (held.youngCarer() ? YOUNG_CARER : 0) | (pupil.sex().ordinal() << SEX_SHIFT)
				| ((pupil.yearGroup() - LOWEST_YEAR_GROUP) << YEAR_GROUP_SHIFT);
	}

	static boolean known(int traits) {
		return (traits & KNOWN) != 0;
	}

	static boolean freeSchoolMeals(int traits) {
		return (traits & FSM) != 0;
	}

	static SenProvision senProvision(int traits) {
		return SenProvision.values()[(traits >> SEN_SHIFT) & 3];
	}

	static SocialCare socialCare(int traits) {
		if ((traits & LOOKED_AFTER) != 0) {
			return SocialCare.LOOKED_AFTER;
		}
		if ((traits & CHILD_PROTECTION) != 0) {
			return SocialCare.CHILD_PROTECTION_PLAN;
		}
		return ((traits & CHILD_IN_NEED) != 0) ? SocialCare.CHILD_IN_NEED : SocialCare.NONE;
	}

	/** A child-in-need or child-protection plan (ADR 0009). */
	static boolean socialCarePlan(int traits) {
		return (traits & (CHILD_IN_NEED | CHILD_PROTECTION)) != 0;
	}

	static boolean everSocialWorker(int traits) {
		return (traits & EVER_SOCIAL_WORKER) != 0;
	}

	static Ethnicity ethnicity(int traits) {
		return known(traits) ? ETHNICITIES[(traits >> ETHNICITY_SHIFT) & 31] : Characteristics.NOT_RECORDED.ethnicity();
	}

	static boolean youngCarer(int traits) {
		return (traits & YOUNG_CARER) != 0;
	}

	/** The census sex, or null when the pupil is not held. */
	static Sex sex(int traits) {
		return known(traits) ? Sex.values()[(traits >> SEX_SHIFT) & 1] : null;
	}

	/** The year group, meaningful only for a known pupil. */
	static int yearGroup(int traits) {
		return ((traits >> YEAR_GROUP_SHIFT) & 31) + LOWEST_YEAR_GROUP;
	}

}
