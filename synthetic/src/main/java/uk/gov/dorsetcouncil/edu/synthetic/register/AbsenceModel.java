package uk.gov.dorsetcouncil.edu.synthetic.register;

import java.time.Month;
import java.util.Map;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.pupil.Characteristics;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.SenProvision;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Sex;
import uk.gov.dorsetcouncil.edu.synthetic.school.Locality;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * How likely each pupil is to be absent. A pupil's propensity (the share of sessions it
 * would miss over a year) is a skewed (log-normal) draw around a base for its school type
 * and year group, times named multipliers for its characteristics; a small share of
 * pupils are instead disengaged, missing more than half their sessions. Multipliers are
 * set so that the generated measures land on Dorset's published shapes (dorset-facts,
 * "Attendance"); where a multiplier has no Dorset source it says "assumption". The
 * calibration (docs/synthetic-data.md) checks the outcome, not each multiplier.
 */
public final class AbsenceModel {

	/**
	 * Base mean propensity by year group in mainstream schools, before multipliers:
	 * Reception to Year 13. Set so that primary schools land at 94.0% attendance and
	 * secondary schools at 89.7% (dorset-facts, 2022/23); the rise through secondary
	 * follows severe absence by year group (dorset-facts, 2020/21).
	 */
	static final double[] MAINSTREAM_BASE_BY_YEAR = { 0.0484, 0.0446, 0.0428, 0.0409, 0.0409, 0.0418, 0.0437, 0.0576,
			0.0648, 0.072, 0.0774, 0.0792, 0.072, 0.0765 };

	/** Special schools: 14.4% absence in 2020/21 (dorset-facts), far above mainstream. */
	static final double SPECIAL_BASE = 0.095;

	/** Assumption: Learning Centres (AP) run at about a third of sessions missed. */
	static final double ALTERNATIVE_PROVISION_BASE = 0.26;

	/**
	 * Spread of the log-normal propensity: sets how many pupils pass 10% (persistent
	 * absence).
	 */
	static final double SPREAD = 0.72;

	/**
	 * Share of pupils who are disengaged (propensity 55% to 95%), by year group,
	 * Reception to Year 13: severe absence by year group 2020/21 (Y6 0.7%, Y7 1.2%, Y9
	 * 1.5%, Y10 2.5%, Y11 2.1%; dorset-facts) scaled towards 2.2% overall (2022/23).
	 * Reception to Year 5, Year 8 and the sixth form are assumptions between them.
	 */
	static final double[] DISENGAGED_BY_YEAR = { 0.004, 0.004, 0.004, 0.0044, 0.0044, 0.0048, 0.0062, 0.0119, 0.0132,
			0.015, 0.0238, 0.0211, 0.022, 0.022 };

	/**
	 * dorset-facts 2020/21: FSM 8% against non-FSM 4%; net of FSM pupils' other traits.
	 */
	static final double FREE_SCHOOL_MEALS = 1.75;

	/** dorset-facts 2020/21: SEN support 6% against 4.57% overall. */
	static final double SEN_SUPPORT = 1.25;

	/** dorset-facts 2020/21: EHC plan 14%; in mainstream schools. */
	static final double EHC_PLAN_MAINSTREAM = 1.65;

	/**
	 * dorset-facts 2020/21: Gypsy/Roma and traveller of Irish heritage 23% against 4.57%.
	 */
	static final double GYPSY_ROMA_TRAVELLER = 3.5;

	/** dorset-facts 2020/21: females 4%, males 5%. */
	static final Map<Sex, Double> SEX = Map.of(Sex.F, 0.89, Sex.M, 1.12);

	/**
	 * dorset-facts: Chesil 9.2% and West 9.0% highest, North 7.1% lowest (autumn and
	 * spring 2021/22, county 8%); Purbeck and East low in 2020/21. Net of the localities'
	 * FSM rates.
	 */
	static final Map<Locality, Double> LOCALITY = Map.of(Locality.NORTH, 0.94, Locality.CHESIL, 1.11,
			Locality.DORCHESTER, 1.0, Locality.WEST, 1.11, Locality.EAST, 0.97, Locality.PURBECK, 0.97);

	/**
	 * Assumption: children in need and on CP plans miss about twice as much as others.
	 */
	static final double CHILD_IN_NEED = 1.8;

	static final double CHILD_PROTECTION_PLAN = 1.6;

	/**
	 * Assumption: looked-after children attend about as well as others (virtual school
	 * oversight).
	 */
	static final double LOOKED_AFTER = 1.0;

	/** Assumption: young carers miss more school. */
	static final double YOUNG_CARER = 1.4;

	/**
	 * Multipliers on the chance of being disengaged (assumptions, shaped like those
	 * above).
	 */
	static final double DISENGAGED_FREE_SCHOOL_MEALS = 2.6;

	static final double DISENGAGED_SEN = 1.8;

	static final double DISENGAGED_SOCIAL_CARE = 2.5;

	static final double DISENGAGED_GYPSY_ROMA_TRAVELLER = 4.0;

	static final double DISENGAGED_SPECIAL = 2.0;

	static final double DISENGAGED_ALTERNATIVE_PROVISION = 14.0;

	/** Propensity never reaches 1: even a disengaged pupil turns up sometimes. */
	static final double MOST = 0.95;

	/**
	 * Share of a pupil's absence that is illness (assumption: about half of absence in
	 * England is illness); disengaged pupils' absence is mostly unexplained.
	 */
	static final double ILLNESS_SHARE = 0.5;

	static final double ILLNESS_SHARE_DISENGAGED = 0.15;

	/**
	 * Illness by month, September to July, averaging about 1 over a school year
	 * (assumption: winter peak in December to February, low in the summer term).
	 */
	static final Map<Month, Double> ILLNESS_SEASON = Map.ofEntries(Map.entry(Month.SEPTEMBER, 0.7),
			Map.entry(Month.OCTOBER, 0.95), Map.entry(Month.NOVEMBER, 1.1), Map.entry(Month.DECEMBER, 1.4),
			Map.entry(Month.JANUARY, 1.35), Map.entry(Month.FEBRUARY, 1.15), Map.entry(Month.MARCH, 1.0),
			Map.entry(Month.APRIL, 0.85), Map.entry(Month.MAY, 0.8), Map.entry(Month.JUNE, 0.8),
			Map.entry(Month.JULY, 0.8), Map.entry(Month.AUGUST, 0.8));

	/**
	 * Length of an illness in calendar days, 1 to 7 (assumption): most are a day or two,
	 * a few run through a week.
	 */
	static final double[] ILLNESS_LENGTH = { 0.35, 0.25, 0.18, 0.10, 0.07, 0.03, 0.02 };

	static final double MEAN_ILLNESS_LENGTH = meanLength();

	/** Of non-illness absence, the share that is whole days; the rest single sessions. */
	static final double WHOLE_DAY_SHARE = 0.8;

	/** Assumption: late before the register closed (L), per present morning. */
	static final double LATE = 0.025;

	/** Assumption: year-group educational visits (V), per year group and day. */
	static final double EDUCATIONAL_VISIT = 0.006;

	private AbsenceModel() {
	}

	/** A pupil's propensity to be absent, and whether it is one of the disengaged. */
	public record Propensity(double rate, boolean disengaged) {
	}

	static Propensity propensity(School school, Pupil pupil, SplittableRandom random) {
		Characteristics c = pupil.characteristics();
		double disengagedChance = DISENGAGED_BY_YEAR[Math.clamp(pupil.yearGroup(), 0, 13)];
		double base;
		if (school.phase() == Phase.SPECIAL) {
			base = SPECIAL_BASE;
			disengagedChance *= DISENGAGED_SPECIAL;
		}
		else if (school.phase() == Phase.ALTERNATIVE_PROVISION) {
			base = ALTERNATIVE_PROVISION_BASE;
			disengagedChance *= DISENGAGED_ALTERNATIVE_PROVISION;
		}
		else {
			base = MAINSTREAM_BASE_BY_YEAR[Math.clamp(pupil.yearGroup(), 0, 13)];
			if (c.senProvision() == SenProvision.E) {
				base *= EHC_PLAN_MAINSTREAM;
			}
			else if (c.senProvision() == SenProvision.K) {
				base *= SEN_SUPPORT;
			}
			if (c.senProvision() != SenProvision.N) {
				disengagedChance *= DISENGAGED_SEN;
			}
		}
		double multiplier = LOCALITY.get(school.locality()) * SEX.get(pupil.sex());
		if (c.freeSchoolMeals()) {
			multiplier *= FREE_SCHOOL_MEALS;
			disengagedChance *= DISENGAGED_FREE_SCHOOL_MEALS;
		}
		if (c.gypsyRomaOrTraveller()) {
			multiplier *= GYPSY_ROMA_TRAVELLER;
			disengagedChance *= DISENGAGED_GYPSY_ROMA_TRAVELLER;
		}
		if (c.childProtectionPlan()) {
			multiplier *= CHILD_PROTECTION_PLAN;
		}
		else if (c.childInNeed()) {
			multiplier *= CHILD_IN_NEED;
		}
		if (c.lookedAfter()) {
			multiplier *= LOOKED_AFTER;
		}
		if (c.childInNeed() || c.childProtectionPlan()) {
			disengagedChance *= DISENGAGED_SOCIAL_CARE;
		}
		if (c.youngCarer()) {
			multiplier *= YOUNG_CARER;
		}
		double logNormal = Math.exp(SPREAD * random.nextGaussian() - SPREAD * SPREAD / 2);
		double disengagedDraw = random.nextDouble();
		double disengagedRate = 0.55 + 0.4 * random.nextDouble();
		if (disengagedDraw < disengagedChance) {
			return new Propensity(disengagedRate, true);
		}
		return new Propensity(Math.min(MOST, base * multiplier * logNormal), false);
	}

	static double illnessSeason(Month month) {
		return ILLNESS_SEASON.get(month);
	}

	private static double meanLength() {
		double mean = 0;
		for (int i = 0; i < ILLNESS_LENGTH.length; i++) {
			mean += (i + 1) * ILLNESS_LENGTH[i];
		}
		return mean;
	}

}
