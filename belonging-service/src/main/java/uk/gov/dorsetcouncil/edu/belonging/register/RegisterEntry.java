package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * One entry on an officer's register about one child.
 *
 * @param id the pupil's UPN, {@code -R} and a number
 * @param kind which register
 * @param upn the child
 * @param schoolLeftUrn the school the child left (EHE: always; CME: the deleting school),
 * or null
 * @param openedOn when the entry opened (CME from a deletion return: the leaving date)
 * @param source how it was opened
 * @param note why it was opened by hand, or what the deletion return said
 * @param noticeDate EHE: when the parent's written notice was received; else null
 * @param consentNeeded EHE: on a special school's roll with an EHC plan, so the LA must
 * consent before the name is deleted
 * @param schoolNamedUrn the school a Fair Access panel or an attendance order names, or
 * null
 * @param onRollOn when the child was found on a school's roll (attendance's new-pupil
 * return), or null
 * @param closedOn when closed, or null while open
 * @param closureReason why closed, or null while open
 * @param closureNote said when closing, or null
 * @param enquiries the enquiry log, in the order recorded
 * @param steps the dated steps, in the order they arose
 * @param openedBy who opened it (an officer's subject, or {@code attendance} for a
 * deletion return)
 * @param openedAt when it was recorded
 */
public record RegisterEntry(String id, RegisterKind kind, Upn upn, String schoolLeftUrn, LocalDate openedOn,
		Source source, String note, LocalDate noticeDate, boolean consentNeeded, String schoolNamedUrn,
		LocalDate onRollOn, LocalDate closedOn, ClosureReason closureReason, String closureNote,
		List<Enquiry> enquiries, List<RegisterStep> steps, String openedBy, Instant openedAt) {

	/** How an entry came to be opened. */
	public enum Source {

		/** An officer opened it. */
		OFFICER,
		/** A deletion from a roll with no known destination, from attendance's feed. */
		DELETION_RETURN

	}

	public RegisterEntry {
		enquiries = List.copyOf(enquiries);
		steps = List.copyOf(steps);
	}

	public boolean open() {
		return this.closedOn == null;
	}

	public Optional<RegisterStep> step(RegisterStepKind step) {
		return this.steps.stream().filter(s -> s.kind() == step).findFirst();
	}

	/**
	 * Days without a school place (every kind but EHE: a home-educated child has chosen
	 * not to have one): from opening to the day found on a roll, closed, or today.
	 */
	public Optional<Long> daysWithoutPlace(LocalDate today) {
		if (this.kind == RegisterKind.ELECTIVE_HOME_EDUCATION) {
			return Optional.empty();
		}
		LocalDate end = (this.onRollOn != null) ? this.onRollOn : (this.closedOn != null) ? this.closedOn : today;
		return Optional.of(Math.max(0, ChronoUnit.DAYS.between(this.openedOn, end)));
	}

	/**
	 * A Fair Access case: days from the panel naming a school until the child is on its
	 * roll (or until today while not yet).
	 */
	public Optional<Long> daysUntilOnRoll(LocalDate today) {
		if (this.kind != RegisterKind.FAIR_ACCESS) {
			return Optional.empty();
		}
		return step(RegisterStepKind.PANEL_DECISION).filter(RegisterStep::done)
			.filter(decision -> "SCHOOL_NAMED".equals(decision.outcome()))
			.map(decision -> Math.max(0,
					ChronoUnit.DAYS.between(decision.doneDate(), (this.onRollOn != null) ? this.onRollOn : today)));
	}

	RegisterEntry withStep(RegisterStep step) {
		List<RegisterStep> all = new ArrayList<>();
		boolean replaced = false;
		for (RegisterStep held : this.steps) {
			if (held.kind() == step.kind()) {
				all.add(step);
				replaced = true;
			}
			else {
				all.add(held);
			}
		}
		if (!replaced) {
			all.add(step);
		}
		return new RegisterEntry(this.id, this.kind, this.upn, this.schoolLeftUrn, this.openedOn, this.source,
				this.note, this.noticeDate, this.consentNeeded, this.schoolNamedUrn, this.onRollOn, this.closedOn,
				this.closureReason, this.closureNote, this.enquiries, all, this.openedBy, this.openedAt);
	}

	RegisterEntry withEnquiry(Enquiry enquiry) {
		List<Enquiry> all = new ArrayList<>(this.enquiries);
		all.add(enquiry);
		return new RegisterEntry(this.id, this.kind, this.upn, this.schoolLeftUrn, this.openedOn, this.source,
				this.note, this.noticeDate, this.consentNeeded, this.schoolNamedUrn, this.onRollOn, this.closedOn,
				this.closureReason, this.closureNote, all, this.steps, this.openedBy, this.openedAt);
	}

	RegisterEntry withSchoolNamed(String urn) {
		return new RegisterEntry(this.id, this.kind, this.upn, this.schoolLeftUrn, this.openedOn, this.source,
				this.note, this.noticeDate, this.consentNeeded, urn, this.onRollOn, this.closedOn, this.closureReason,
				this.closureNote, this.enquiries, this.steps, this.openedBy, this.openedAt);
	}

	RegisterEntry onRoll(LocalDate on) {
		return new RegisterEntry(this.id, this.kind, this.upn, this.schoolLeftUrn, this.openedOn, this.source,
				this.note, this.noticeDate, this.consentNeeded, this.schoolNamedUrn, on, this.closedOn,
				this.closureReason, this.closureNote, this.enquiries, this.steps, this.openedBy, this.openedAt);
	}

	RegisterEntry closed(LocalDate on, ClosureReason reason, String why) {
		return new RegisterEntry(this.id, this.kind, this.upn, this.schoolLeftUrn, this.openedOn, this.source,
				this.note, this.noticeDate, this.consentNeeded, this.schoolNamedUrn, this.onRollOn, on, reason, why,
				this.enquiries, this.steps, this.openedBy, this.openedAt);
	}

}
