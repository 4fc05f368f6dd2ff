package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Everything the LA holds of one child's EHC plan, kept together so that each change is
 * one version-checked write with its history: the plan's status and dates
 * ({@link EhcPlan}), its sections ({@link PlanContent}, null until recorded), why it
 * ceased, its transfers between local authorities, its amendments, and the history of
 * every change.
 *
 * @param version the stored version (0: none stored)
 */
public record PlanRecord(EhcPlan plan, PlanContent content, Cessation ceased, List<Transfer> transfers,
		List<Amendment> amendments, List<PlanChange> history, long version) {

	public PlanRecord {
		transfers = List.copyOf(transfers);
		amendments = List.copyOf(amendments);
		history = List.copyOf(history);
	}

	/** A record of a plan with nothing but the plan, not stored yet. */
	public static PlanRecord of(EhcPlan plan) {
		return new PlanRecord(plan, null, null, List.of(), List.of(), List.of(), 0);
	}

	public Upn upn() {
		return this.plan.upn();
	}

	public Optional<Amendment> openAmendment() {
		return this.amendments.stream().filter(Amendment::open).findFirst();
	}

	public Optional<Amendment> amendment(int number) {
		return this.amendments.stream().filter(a -> a.number() == number).findFirst();
	}

	/**
	 * This record changed to {@code next}, with an entry in the history for each field
	 * whose value differs ({@link #fields()}), by {@code by} at {@code at}.
	 */
	public PlanRecord changedTo(PlanRecord next, String by, Instant at) {
		List<PlanChange> history = new ArrayList<>(this.history);
		Map<String, String> before = fields();
		Map<String, String> after = next.fields();
		Set<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		for (String name : names) {
			String from = before.get(name);
			String to = after.get(name);
			if (!Objects.equals(from, to)) {
				history.add(new PlanChange(at, by, name, from, to));
			}
		}
		return new PlanRecord(next.plan, next.content, next.ceased, next.transfers, next.amendments, history,
				this.version);
	}

	/**
	 * A new record, with an entry in its history for each field it holds (from nothing),
	 * by {@code by} at {@code at}.
	 */
	public static PlanRecord created(PlanRecord next, String by, Instant at) {
		List<PlanChange> history = new ArrayList<>();
		next.fields().forEach((name, value) -> {
			if (value != null) {
				history.add(new PlanChange(at, by, name, null, value));
			}
		});
		return new PlanRecord(next.plan, next.content, next.ceased, next.transfers, next.amendments, history, 0);
	}

	PlanRecord with(EhcPlan plan) {
		Cessation cessation = (plan.status() == PlanStatus.CEASED) ? this.ceased : null;
		return new PlanRecord(plan, this.content, cessation, this.transfers, this.amendments, this.history,
				this.version);
	}

	PlanRecord with(PlanContent content) {
		return new PlanRecord(this.plan, content, this.ceased, this.transfers, this.amendments, this.history,
				this.version);
	}

	PlanRecord ceased(Cessation cessation) {
		EhcPlan plan = new EhcPlan(this.plan.upn(), PlanStatus.CEASED, this.plan.issuedDate(),
				this.plan.namedSchoolUrn(), this.plan.lastReviewDate());
		return new PlanRecord(plan, this.content, cessation, this.transfers, this.amendments, this.history,
				this.version);
	}

	PlanRecord with(Transfer transfer) {
		List<Transfer> all = new ArrayList<>(this.transfers);
		all.removeIf(t -> t.direction() == transfer.direction() && t.movedOn().equals(transfer.movedOn()));
		all.add(transfer);
		return new PlanRecord(this.plan, this.content, this.ceased, all, this.amendments, this.history, this.version);
	}

	PlanRecord with(Amendment amendment) {
		List<Amendment> all = new ArrayList<>(this.amendments);
		all.removeIf(a -> a.number() == amendment.number());
		all.add(amendment);
		all.sort((a, b) -> Integer.compare(a.number(), b.number()));
		return new PlanRecord(this.plan, this.content, this.ceased, this.transfers, all, this.history, this.version);
	}

	/**
	 * Every field of the record as text, by name, for the history: the plan's status and
	 * dates, its sections, its cessation, and each transfer and amendment by its date and
	 * state.
	 */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("status", this.plan.status().name());
		fields.put("issuedDate", text(this.plan.issuedDate()));
		fields.put("namedSchoolUrn", this.plan.namedSchoolUrn());
		fields.put("lastReviewDate", text(this.plan.lastReviewDate()));
		if (this.content != null) {
			this.content.fields().forEach((name, value) -> fields.put("sections." + name, value));
		}
		if (this.ceased != null) {
			fields.put("ceasedOn", text(this.ceased.on()));
			fields.put("ceaseReason", this.ceased.reason().name());
		}
		for (Transfer transfer : this.transfers) {
			fields.put("transfers." + transfer.direction() + "." + transfer.movedOn(),
					((transfer.direction() == Transfer.Direction.IN) ? "from " : "to ") + transfer.otherLa()
							+ ((transfer.noticeGivenOn() != null) ? ", notice given " + transfer.noticeGivenOn() : ""));
		}
		for (Amendment amendment : this.amendments) {
			fields.put("amendments[" + amendment.number() + "]",
					"proposed " + amendment.proposedOn()
							+ ((amendment.commentsOn() != null) ? ", comments " + amendment.commentsOn() : "")
							+ ((amendment.issuedOn() != null) ? ", issued " + amendment.issuedOn() : ""));
		}
		return fields;
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
