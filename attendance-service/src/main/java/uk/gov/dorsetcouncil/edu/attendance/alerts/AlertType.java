package uk.gov.dorsetcouncil.edu.attendance.alerts;

/**
 * Why a child is on the "needs help now" list. Each type names the rule and its source;
 * the choices the sources leave open are recorded in ADR 0009.
 */
public enum AlertType {

	/** 10% or more of own possible sessions missed this year (DfE, since 2015/16). */
	PERSISTENT_ABSENCE,
	/** 50% or more of own possible sessions missed this year (DfE). */
	SEVERE_ABSENCE,
	/**
	 * 10 unauthorised sessions (G, O, U) in a rolling 10 school weeks: a penalty notice
	 * must be considered, never issued automatically (national framework, 19 August
	 * 2024).
	 */
	PENALTY_NOTICE_TO_CONSIDER,
	/**
	 * Absent without permission for a continuous 10 school days: the school tells the LA
	 * (children missing education statutory guidance, 2024).
	 */
	CONTINUOUS_UNAUTHORISED_ABSENCE,
	/**
	 * 20 consecutive school days of unauthorised absence: a ground for deletion once the
	 * school and LA have jointly failed to find the child, so a
	 * children-missing-education risk.
	 */
	CHILD_MISSING_EDUCATION_RISK,
	/** Illness recorded for 15 school days: the sickness return to the LA. */
	SICKNESS_RETURN,
	/** An N (reason not yet established) still not replaced after the configured days. */
	UNRESOLVED_N,
	/**
	 * Below 96% for a pupil with a child-in-need or child-protection plan, whose plan
	 * should then carry an attendance target (Dorset Attendance Strategy).
	 */
	SOCIAL_CARE_PLAN_BELOW_96,
	/** Severely absent with no attendance plan (Attendance Strategy action P1/013). */
	SEVERE_ABSENCE_WITHOUT_PLAN,
	/** Severely absent and the attendance plan's review date has passed (P1/013). */
	ATTENDANCE_PLAN_REVIEW_OVERDUE

}
