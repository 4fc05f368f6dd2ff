package uk.gov.dorsetcouncil.edu.belonging.register;

import java.util.Set;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepKind.Actor;

/**
 * The dated steps a register entry tracks, each with its rule and who must act. Where the
 * law gives no number the choice is ADR 0030's, said in the rule.
 */
public enum RegisterStepKind {

	/**
	 * A child on a special school's roll under LA arrangements is deleted for home
	 * education only with the LA's consent; decided by the date the notice gives.
	 */
	LA_CONSENT(
			"Pupil Registration Regulations 2024: LA consent before deleting a special school pupil placed by the LA for home education; decided by the notice's date (ADR 0030)",
			Actor.LOCAL_AUTHORITY, Set.of("CONSENTED", "REFUSED")),

	/**
	 * The LA's first enquiry of a home-educating parent or about a missing child: 10 days
	 * from opening, a local choice where the guidance says only "as soon as possible".
	 */
	FIRST_ENQUIRY(
			"DfE Elective home education guidance 2019 and Children missing education guidance 2024: enquiries as soon as possible; 10 days from opening (ADR 0030)",
			Actor.LOCAL_AUTHORITY, Set.of()),

	/**
	 * EA 1996 s437(1): the notice of intention gives the parent not less than 15 days to
	 * satisfy the LA that the child is receiving suitable education. A right of the
	 * parent, never a breach.
	 */
	PARENT_RESPONSE("EA 1996 s437(1): the parent has 15 days from the notice to satisfy the LA", Actor.PARENT,
			Set.of("SATISFIED", "NOT_SATISFIED")),

	/**
	 * EA 1996 s437(3): the LA serves the order if it is expedient; 10 days after the
	 * parent's window, a local choice (the Act gives no time).
	 */
	ORDER_DECISION(
			"EA 1996 s437(3): the LA decides whether to serve a school attendance order once the parent's 15 days end; within 10 days of that (ADR 0030)",
			Actor.LOCAL_AUTHORITY, Set.of("ORDER_SERVED", "NO_ORDER")),

	/**
	 * EA 1996 s443: a parent who fails to comply with the order commits an offence; the
	 * child is registered at the named school within 15 days (a local choice). Not done
	 * by then is the breach that leads to prosecution.
	 */
	ORDER_COMPLIANCE(
			"EA 1996 s443: the child registered at the school the order names; within 15 days of the order (ADR 0030), else a breach for prosecution",
			Actor.PARENT, Set.of()),

	/** The Fair Access panel decides and names a school. */
	PANEL_DECISION(
			"School Admissions Code 2021 para 3.9: the panel allocates a school; within 20 days of referral (ADR 0030)",
			Actor.LOCAL_AUTHORITY, Set.of("SCHOOL_NAMED", "NOT_ALLOCATED")),

	/**
	 * The named school admits: on its roll within 20 days of the panel's decision (the
	 * guidance says "as quickly as possible"; Dorset's protocol choice, ADR 0030).
	 */
	ON_ROLL("DfE Fair access protocols guidance 2021: the named school admits as quickly as possible; on roll within 20 days of the decision (ADR 0030)",
			Actor.SCHOOL, Set.of());

	private final String rule;

	private final Actor actor;

	private final Set<String> outcomes;

	RegisterStepKind(String rule, Actor actor, Set<String> outcomes) {
		this.rule = rule;
		this.actor = actor;
		this.outcomes = outcomes;
	}

	public String rule() {
		return this.rule;
	}

	public Actor actor() {
		return this.actor;
	}

	public Set<String> outcomes() {
		return this.outcomes;
	}

	/**
	 * Whether a missed date is a breach. The parent's 15 days are a window (they lapse);
	 * failing to comply with an order is the parent's breach of it (s443).
	 */
	public boolean breachable() {
		return this != PARENT_RESPONSE;
	}

	/** Whether it is listed among the deadlines (what someone must do by a date). */
	public boolean listedAsDeadline() {
		return this.actor != Actor.PARENT;
	}

}
