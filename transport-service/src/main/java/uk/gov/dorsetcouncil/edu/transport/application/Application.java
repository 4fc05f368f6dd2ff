package uk.gov.dorsetcouncil.edu.transport.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An application for home-to-school travel, with its evidence, its decision (when made)
 * and the family's appeals, oldest first.
 *
 * @param id the pupil's UPN, '-T' and a number
 * @param eligibilityDecisionId the assessment it rests on (home to school only), or null
 */
public record Application(String id, String upn, String schoolUrn, ApplicationKind kind, LocalDate receivedOn,
		String eligibilityDecisionId, List<Evidence> evidence, Ruling decision, List<Appeal> appeals, String recordedBy,
		Instant recordedAt) {

	public Application {
		evidence = List.copyOf(evidence);
		appeals = List.copyOf(appeals);
	}

	/** A piece of evidence the family or a professional gave. */
	public record Evidence(String kind, String reference, LocalDate receivedOn) {
	}

	/**
	 * The council's decision.
	 *
	 * @param assessed what the eligibility rules or the kind of application gave:
	 * AWARDED, REFUSED or null (discretionary)
	 * @param basis the rule that awarded or refused (an eligibility rule, NOT_ELIGIBLE,
	 * or the policy the officer applied)
	 * @param overrideReason why the officer decided otherwise than assessed, or null
	 * @param validUntil the last day travel is awarded for, or null when refused
	 */
	public record Ruling(Outcome outcome, Outcome assessed, String basis, String reasons, String overrideReason,
			LocalDate decidedOn, LocalDate validUntil, String decidedBy, Instant decidedAt) {

		public boolean overridden() {
			return this.overrideReason != null;
		}

	}

	/** AWARDED or REFUSED. */
	public enum Outcome {

		AWARDED, REFUSED

	}

	/**
	 * One stage of the family's appeal.
	 *
	 * @param id the application's id, '-A' and the stage
	 * @param dueOn the last working day the council has to answer
	 * @param result the outcome, or null while open
	 */
	public record Appeal(String id, int stage, LocalDate receivedOn, String grounds, LocalDate dueOn, Result result) {

		public boolean open() {
			return this.result == null;
		}

		public Appeal with(Result result) {
			return new Appeal(this.id, this.stage, this.receivedOn, this.grounds, this.dueOn, result);
		}

	}

	/**
	 * What a review or panel decided: CONFIRMED keeps the decision, CHANGED awards
	 * travel.
	 */
	public record Result(AppealOutcome outcome, LocalDate decidedOn, String reasons, String decidedBy,
			Instant decidedAt) {
	}

	public enum AppealOutcome {

		/** The decision stands. */
		CONFIRMED,

		/** The decision is changed: travel is awarded. */
		CHANGED

	}

	public ApplicationStatus status() {
		if (this.decision == null) {
			return ApplicationStatus.SUBMITTED;
		}
		Optional<Appeal> open = openAppeal();
		if (open.isPresent()) {
			return (open.get().stage() == 1) ? ApplicationStatus.STAGE_1_REVIEW : ApplicationStatus.STAGE_2_PANEL;
		}
		return (outcome() == Outcome.AWARDED) ? ApplicationStatus.AWARDED : ApplicationStatus.REFUSED;
	}

	/** The decision as it stands after any appeal that changed it. */
	public Outcome outcome() {
		boolean changed = this.appeals.stream()
			.anyMatch(a -> a.result() != null && a.result().outcome() == AppealOutcome.CHANGED);
		return changed ? Outcome.AWARDED : this.decision.outcome();
	}

	public Optional<Appeal> openAppeal() {
		return this.appeals.stream().filter(Appeal::open).findFirst();
	}

	public Optional<Appeal> stage(int stage) {
		return this.appeals.stream().filter(a -> a.stage() == stage).findFirst();
	}

	public Application decided(Ruling ruling) {
		return new Application(this.id, this.upn, this.schoolUrn, this.kind, this.receivedOn,
				this.eligibilityDecisionId, this.evidence, ruling, this.appeals, this.recordedBy, this.recordedAt);
	}

	public Application withAppeals(List<Appeal> appeals) {
		return new Application(this.id, this.upn, this.schoolUrn, this.kind, this.receivedOn,
				this.eligibilityDecisionId, this.evidence, this.decision, appeals, this.recordedBy, this.recordedAt);
	}

	public Application appealed(Appeal appeal) {
		List<Appeal> all = new ArrayList<>(this.appeals);
		all.add(appeal);
		return withAppeals(all);
	}

	public Application answered(String appealId, Result result) {
		return withAppeals(this.appeals.stream().map(a -> a.id().equals(appealId) ? a.with(result) : a).toList());
	}

}
