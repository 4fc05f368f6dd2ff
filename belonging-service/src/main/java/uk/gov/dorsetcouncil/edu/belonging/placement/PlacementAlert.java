package uk.gov.dorsetcouncil.edu.belonging.placement;

/**
 * What an officer or school should look at about alternative provision and managed moves,
 * each with the rule or practice it comes from (ADR 0036).
 */
public enum PlacementAlert {

	/**
	 * A permanently excluded pupil whose sixth school day has come and who is in no
	 * placement today, and has not since left for a school or a post-16 place.
	 */
	NO_PROVISION_FROM_DAY_SIX("Education Act 1996 s19(3A) and the Education (Provision of Full-Time Education for "
			+ "Excluded Pupils) (England) Regulations 2007: the local authority arranges full-time education from "
			+ "the sixth school day of a permanent exclusion"),

	/** A placement for an exclusion that began after the exclusion's sixth school day. */
	LATE_FROM_DAY_SIX("Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations "
			+ "2007: provision begins no later than the sixth school day"),

	/** A running placement with fewer reviews done than review dates passed. */
	REVIEW_OVERDUE("DfE, Arranging alternative provision (2025), and the Education (Educational Provision for "
			+ "Improving Behaviour) Regulations 2010 for an off-site direction: a placement is reviewed at "
			+ "intervals to decide whether the pupil returns"),

	/**
	 * A managed move whose start is over two weeks past with no outcome: the new school's
	 * roll should show the pupil by then.
	 */
	MOVE_NOT_CONFIRMED("DfE, Suspension and permanent exclusion guidance (2024): a managed move is a transfer "
			+ "to the new school's roll, not a trial; Dorset confirms it within two weeks of the start");

	private final String rule;

	PlacementAlert(String rule) {
		this.rule = rule;
	}

	public String rule() {
		return this.rule;
	}

}
