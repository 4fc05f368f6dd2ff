package uk.gov.dorsetcouncil.edu.synthetic.pupil;

import java.util.Map;

import uk.gov.dorsetcouncil.edu.synthetic.school.Locality;

/**
 * The rates pupils' characteristics are drawn at. Each says where it comes from:
 * "dorset-facts" is ../shared/docs/dorset-facts.md (from Dorset's strategy documents);
 * "assumption" marks a rate dorset-facts is silent on, set from general knowledge of
 * national figures and to be replaced when a published Dorset value is at hand.
 */
public final class PupilRates {

	/** Assumption: Dorset below England's 24.6% (January 2024). */
	public static final double FREE_SCHOOL_MEALS = 0.20;

	/**
	 * Assumption: relative FSM eligibility by locality, highest in Chesil (Weymouth and
	 * Portland are Dorset's most deprived areas).
	 */
	public static final Map<Locality, Double> FREE_SCHOOL_MEALS_BY_LOCALITY = Map.of(Locality.NORTH, 0.9,
			Locality.CHESIL, 1.4, Locality.DORCHESTER, 0.85, Locality.WEST, 1.05, Locality.EAST, 0.8, Locality.PURBECK,
			0.95);

	/**
	 * Assumption: FSM in Dorset's Learning Centres (AP) is much higher than in
	 * mainstream.
	 */
	public static final double FREE_SCHOOL_MEALS_ALTERNATIVE_PROVISION = 0.50;

	/** Assumption: FSM among pupils in special schools. */
	public static final double FREE_SCHOOL_MEALS_SPECIAL = 0.38;

	/** Assumption: England's SEN support rate, 13.6% (January 2024). */
	public static final double SEN_SUPPORT = 0.136;

	/**
	 * dorset-facts: about 3,900 children and young people with an EHC plan (January
	 * 2024).
	 */
	public static final int EHC_PLANS = 3_900;

	/** dorset-facts: about 40% of them in specialist provision. */
	public static final double EHC_PLANS_IN_SPECIALIST_PROVISION = 0.40;

	/**
	 * Pupils in mainstream schools at the dorset scale (the catalogue's rolls), so that
	 * the mainstream EHC rate yields about 60% of the 3,900 there.
	 */
	static final int DORSET_MAINSTREAM_PUPILS = 73_500;

	/** EHC plans in mainstream schools, per pupil: 3,900 x 60% / 73,500, about 3.2%. */
	public static final double EHC_PLAN_MAINSTREAM = EHC_PLANS * (1 - EHC_PLANS_IN_SPECIALIST_PROVISION)
			/ DORSET_MAINSTREAM_PUPILS;

	/** Assumption: nearly every pupil in a special school has an EHC plan. */
	public static final double EHC_PLAN_SPECIAL = 0.98;

	/** Assumption: Learning Centre pupils on SEN support and with EHC plans. */
	public static final double SEN_SUPPORT_ALTERNATIVE_PROVISION = 0.45;

	public static final double EHC_PLAN_ALTERNATIVE_PROVISION = 0.15;

	/**
	 * Assumption: how much likelier an FSM pupil is to have SEN, to be CiN or to be on a
	 * CP plan.
	 */
	public static final double FSM_RELATIVE_RISK_SEN = 1.8;

	public static final double FSM_RELATIVE_RISK_SOCIAL_CARE = 3.0;

	/**
	 * dorset-facts: just under 450 children in care; assumption: about 60% of them are of
	 * school age and on a Dorset school's roll, 270 of about 75,000 pupils.
	 */
	public static final double LOOKED_AFTER = 270.0 / 75_000;

	/**
	 * Assumption: looked-after children with SEN support and with an EHC plan (England:
	 * over half have SEN).
	 */
	public static final double LOOKED_AFTER_SEN_SUPPORT = 0.32;

	public static final double LOOKED_AFTER_EHC_PLAN = 0.26;

	/** Assumption: England's child protection plan rate, about 42 per 10,000 children. */
	public static final double CHILD_PROTECTION_PLAN = 0.0042;

	/** Assumption: children in need other than those on a CP plan or looked after. */
	public static final double CHILD_IN_NEED = 0.022;

	/**
	 * Assumption: pupils who have ever had a social worker but are not now CiN, on a CP
	 * plan or looked after; about 10% of pupils in all, as in England.
	 */
	public static final double EVER_HAD_SOCIAL_WORKER_OTHERWISE = 0.07;

	/** Assumption: young carers identified in the school census. */
	public static final double YOUNG_CARER = 0.012;

	/** Assumption: Gypsy/Roma and traveller of Irish heritage pupils eligible for FSM. */
	public static final double FREE_SCHOOL_MEALS_GYPSY_ROMA_TRAVELLER = 0.5;

	/** Assumption: share of pupils who are boys. */
	public static final double MALE = 0.512;

	/** Assumption: pupils who join a school after the start of the year, per cohort. */
	public static final double JOINING_MID_YEAR = 0.035;

	/** Assumption: pupils who leave before the end of the year, per cohort. */
	public static final double LEAVING_MID_YEAR = 0.03;

	/**
	 * Assumption: mid-year joiners whose UPN was issued by another LA (they moved into
	 * Dorset); the codes are BCP, Wiltshire, Somerset, Devon and Hampshire.
	 */
	public static final double JOINER_FROM_ANOTHER_LA = 0.3;

	static final String[] OTHER_LA_CODES = { "839", "865", "933", "878", "850" };

	/**
	 * Assumption: pupils who started school before April 2019 carry the old county code
	 * 835, or 836 (Poole) or 837 (Bournemouth) when they started there.
	 */
	public static final double PRE_2019_FROM_POOLE = 0.03;

	public static final double PRE_2019_FROM_BOURNEMOUTH = 0.03;

	private PupilRates() {
	}

}
