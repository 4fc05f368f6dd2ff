package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Keeping EHC plans with the rules enforced and explained: the plan, its sections, its
 * cessation, transfers between local authorities and amendments, each change written with
 * the history of what changed (who, when, from what to what) and told on the change feed.
 * Input problems come first (400), then the rules (422), then conflicts with what is held
 * (409); nothing is stored for a refusal. Who may: {@link EhcPlanAccess}.
 */
public final class PlanKeeping {

	/** Dorset's local authority code (DfE LA number). */
	static final String DORSET = "838";

	/** DfE local authority numbers are three digits. */
	private static final Pattern LA_CODE = Pattern.compile("\\d{3}");

	/** Who changes a plan when an annual review's meeting is recorded. */
	public static final String ANNUAL_REVIEW = "annual-review";

	private final PlanRecords store;

	private final LostRaceRetry retry;

	private final Clock clock;

	public PlanKeeping(PlanRecords store, LostRaceRetry retry, Clock clock) {
		this.store = store;
		this.retry = retry;
		this.clock = clock;
	}

	/** A plan put: the record as it now stands, and whether the plan was new. */
	public record Put(PlanRecord record, boolean created) {
	}

	/** A cessation as a caller wrote it. */
	public record CessationRequest(String ceasedOn, String reason) {
	}

	/** A transfer as a caller wrote it. */
	public record TransferRequest(String direction, String otherLa, String movedOn, String noticeGivenOn) {
	}

	/** Proposed amendments as a caller wrote them. */
	public record AmendmentRequest(String proposedOn, String reviewId, String reason, PlanContent.Request sections) {
	}

	/** The family's comments and the amended plan's issue, as a caller wrote them. */
	public record AmendmentProgress(String commentsOn, String issuedOn) {
	}

	/**
	 * Records the plan's status and dates (the plan's PUT), keeping its sections,
	 * transfers, amendments and history.
	 */
	public Put put(Caller caller, String upn, String status, String issuedDate, String namedSchoolUrn,
			String lastReviewDate) {
		EhcPlanAccess.checkMayWrite(caller);
		EhcPlan plan = EhcPlan.fromSubmission(upn, status, issuedDate, namedSchoolUrn, lastReviewDate, today());
		return this.retry.untilWon("ehc-plan", () -> {
			Optional<PlanRecord> held = this.store.find(plan.upn());
			PlanRecord before = held.orElse(null);
			PlanRecord next = (before != null) ? before.with(plan) : PlanRecord.of(plan);
			if (before != null && before.fields().equals(next.fields())) {
				return Optional.of(new Put(before, false));
			}
			return write(before, next, caller.subject(), "plan").map(r -> new Put(r, before == null));
		}, () -> "the plan of " + plan.upn().value() + " kept changing");
	}

	/** The record of the child's plan, as the caller may see it. */
	public PlanRecord find(Caller caller, String upn) {
		EhcPlanAccess.checkMayRead(caller);
		Upn pupil = Upn.parse("upn", upn);
		Optional<PlanRecord> held = this.store.find(pupil);
		EhcPlanAccess.checkMaySee(caller, held.map(PlanRecord::plan));
		return held.orElseThrow(() -> ProblemException.notFound("no EHC plan is held for " + pupil));
	}

	/** Records the plan's sections A to K as they now read. */
	public PlanRecord recordSections(Caller caller, String upn, PlanContent.Request request) {
		EhcPlanAccess.checkMayWrite(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn pupil = Upn.parse("upn", upn, invalid);
		PlanContent content = PlanContent.from(request, "", today(), invalid);
		refuseIf(invalid);
		return change(caller.subject(), pupil, "sections", held -> {
			if (held.plan().status() == PlanStatus.CEASED) {
				rule("upn", "the plan for " + pupil.value() + " has ceased; its sections are no longer kept");
			}
			checkPlacement(held.plan(), content, "placementType");
			return held.with(content);
		});
	}

	/** Ceases the plan, with the reason (s45). */
	public PlanRecord cease(Caller caller, String upn, CessationRequest request) {
		EhcPlanAccess.checkMayWrite(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn pupil = Upn.parse("upn", upn, invalid);
		LocalDate on = date("ceasedOn", request.ceasedOn(), true, invalid);
		CeaseReason reason = choice("reason", request.reason(), CeaseReason.values(), invalid);
		if (reason == CeaseReason.TRANSFERRED_TO_ANOTHER_LA) {
			invalid.add(new Violation("reason", "a transfer to another LA is recorded as a transfer OUT (reg 15)"));
		}
		refuseIf(invalid);
		return change(caller.subject(), pupil, "ceased",
				held -> ceaseHeld(held, new Cessation(on, reason), "ceasedOn"));
	}

	/** Records a transfer in or out of Dorset (reg 15). */
	public PlanRecord transfer(Caller caller, String upn, TransferRequest request) {
		EhcPlanAccess.checkMayWrite(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn pupil = Upn.parse("upn", upn, invalid);
		Transfer.Direction direction = choice("direction", request.direction(), Transfer.Direction.values(), invalid);
		String otherLa = request.otherLa();
		if (otherLa == null || !LA_CODE.matcher(otherLa).matches()) {
			invalid.add(new Violation("otherLa", "the other local authority's three-digit DfE number, not "
					+ ((otherLa == null) ? "nothing" : "'" + PlanContent.shortened(otherLa) + "'")));
		}
		else if (DORSET.equals(otherLa)) {
			invalid.add(new Violation("otherLa", "838 is Dorset; a transfer is to or from another LA"));
		}
		LocalDate movedOn = date("movedOn", request.movedOn(), true, invalid);
		LocalDate noticeOn = date("noticeGivenOn", request.noticeGivenOn(), false, invalid);
		if (noticeOn != null && direction == Transfer.Direction.OUT) {
			invalid.add(new Violation("noticeGivenOn", "the notice is the new LA's; Dorset gives it on a transfer IN"));
		}
		if (noticeOn != null && movedOn != null && noticeOn.isBefore(movedOn)) {
			invalid.add(new Violation("noticeGivenOn",
					"the notice (" + noticeOn + ") comes after the move (" + movedOn + "); dates out of order"));
		}
		refuseIf(invalid);
		Transfer transfer = new Transfer(direction, otherLa, movedOn, noticeOn);
		return change(caller.subject(), pupil, "transfer", held -> {
			checkAfterPlanMade(held, movedOn, "movedOn");
			if (direction == Transfer.Direction.OUT) {
				return ceaseHeld(held, new Cessation(movedOn, CeaseReason.TRANSFERRED_TO_ANOTHER_LA), "movedOn")
					.with(transfer);
			}
			if (held.plan().status() != PlanStatus.FINAL) {
				rule("upn", "a plan transferred in is a final plan; record it as FINAL first");
			}
			return held.with(transfer);
		});
	}

	/** Records amendments proposed to a final plan; the next amendment's number. */
	public PlanRecord proposeAmendment(Caller caller, String upn, AmendmentRequest request) {
		EhcPlanAccess.checkMayWrite(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn pupil = Upn.parse("upn", upn, invalid);
		LocalDate proposedOn = date("proposedOn", request.proposedOn(), true, invalid);
		if (request.reviewId() != null && pupil != null
				&& !request.reviewId().matches(Pattern.quote(pupil.value()) + "-R\\d{1,4}")) {
			invalid.add(new Violation("reviewId",
					"an annual review of this child's plan: " + pupil.value() + "-R and a number"));
		}
		String reason = request.reason();
		if (reason == null || reason.isBlank() || reason.length() > PlanContent.LONGEST_TEXT) {
			invalid.add(new Violation("reason",
					"what the amendments are for, 1 to " + PlanContent.LONGEST_TEXT + " characters"));
		}
		PlanContent proposed = PlanContent.from(request.sections(), "sections.", today(), invalid);
		refuseIf(invalid);
		return change(caller.subject(), pupil, "amendment proposed", held -> {
			if (held.plan().status() != PlanStatus.FINAL) {
				rule("upn", "amendments are proposed to a final plan; this one is " + held.plan().status());
			}
			checkAfterPlanMade(held, proposedOn, "proposedOn");
			checkPlacement(held.plan(), proposed, "sections.placementType");
			Optional<Amendment> open = held.openAmendment();
			if (open.isPresent()) {
				Amendment same = open.get();
				if (same.proposedOn().equals(proposedOn) && same.proposed().equals(proposed)) {
					return held;
				}
				throw new ProblemException(Problem.CONFLICT,
						"amendment " + same.number() + " proposed " + same.proposedOn() + " is not issued yet",
						List.of(new Violation("upn", "issue the open amendment first")));
			}
			return held.with(new Amendment(held.amendments().size() + 1, proposedOn, request.reviewId(), reason.strip(),
					proposed, null, null));
		});
	}

	/**
	 * Records the family's comments on, or the issue of, an amended plan; on issue the
	 * proposed sections become the plan's.
	 */
	public PlanRecord progressAmendment(Caller caller, String upn, String number, AmendmentProgress request) {
		EhcPlanAccess.checkMayWrite(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn pupil = Upn.parse("upn", upn, invalid);
		LocalDate commentsOn = date("commentsOn", request.commentsOn(), false, invalid);
		LocalDate issuedOn = date("issuedOn", request.issuedOn(), false, invalid);
		if (commentsOn == null && issuedOn == null && invalid.isEmpty()) {
			invalid.add(new Violation("issuedOn", "give commentsOn, issuedOn or both"));
		}
		refuseIf(invalid);
		int n = amendmentNumber(number);
		return change(caller.subject(), pupil, "amendment " + n, held -> {
			Amendment amendment = held.amendment(n)
				.orElseThrow(() -> ProblemException.notFound("the plan has no amendment " + n));
			Amendment next = amendment;
			if (commentsOn != null) {
				next = settle(next, next.commentsOn(), commentsOn, "commentsOn", next.proposedOn())
					.commented(commentsOn);
			}
			if (issuedOn != null) {
				next = settle(next, next.issuedOn(), issuedOn, "issuedOn", next.proposedOn()).issued(issuedOn);
				if (next.commentsOn() == null && issuedOn.isBefore(next.commentsDue())) {
					rule("issuedOn", "the family has until " + next.commentsDue()
							+ " to comment (reg 22(2)(c)); record their comments, or issue after");
				}
			}
			PlanRecord updated = held.with(next);
			return (issuedOn != null && amendment.issuedOn() == null) ? updated.with(next.proposed()) : updated;
		});
	}

	/** The meeting of an annual review held: the plan's last review (s44). */
	public void reviewedOn(Upn upn, LocalDate heldOn) {
		this.retry.untilWon("ehc-plan-review", () -> {
			Optional<PlanRecord> held = this.store.find(upn);
			if (held.isEmpty() || held.get().plan().lastReview().map(last -> !heldOn.isAfter(last)).orElse(false)) {
				return Optional.of(Boolean.TRUE);
			}
			EhcPlan plan = held.get().plan();
			PlanRecord next = held.get()
				.with(new EhcPlan(plan.upn(), plan.status(), plan.issuedDate(), plan.namedSchoolUrn(), heldOn));
			return write(held.get(), next, ANNUAL_REVIEW, "review").map(written -> Boolean.TRUE);
		}, () -> "the plan of " + upn.value() + " kept changing");
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private PlanRecord change(String by, Upn upn, String what, UnaryOperator<PlanRecord> change) {
		return this.retry.untilWon("ehc-plan", () -> {
			PlanRecord held = this.store.find(upn)
				.orElseThrow(() -> new ProblemException(Problem.RULE_BROKEN, "no EHC plan is held for " + upn.value(),
						List.of(new Violation("upn", "record the plan first (PUT /ehc-plans/" + upn.value() + ")"))));
			PlanRecord next = change.apply(held);
			if (held.equals(next)) {
				return Optional.of(held);
			}
			return write(held, next, by, what);
		}, () -> "the plan of " + upn.value() + " kept changing");
	}

	private Optional<PlanRecord> write(PlanRecord before, PlanRecord next, String by, String what) {
		Instant now = this.clock.instant();
		PlanRecord recorded = (before != null) ? before.changedTo(next, by, now) : PlanRecord.created(next, by, now);
		PlanRecord stored = new PlanRecord(recorded.plan(), recorded.content(), recorded.ceased(), recorded.transfers(),
				recorded.amendments(), recorded.history(), (before != null) ? before.version() : 0);
		boolean saved = this.store.save(stored, List.of(PlanChanges.change(stored, what, now)));
		return saved ? Optional.of(new PlanRecord(stored.plan(), stored.content(), stored.ceased(), stored.transfers(),
				stored.amendments(), stored.history(), stored.version() + 1)) : Optional.empty();
	}

	private PlanRecord ceaseHeld(PlanRecord held, Cessation cessation, String dateField) {
		if (held.ceased() != null) {
			if (held.ceased().equals(cessation)) {
				return held;
			}
			throw new ProblemException(Problem.CONFLICT, "the plan ceased already", List.of(new Violation(dateField,
					"the plan ceased on " + held.ceased().on() + " (" + held.ceased().reason() + ")")));
		}
		if (held.plan().status() != PlanStatus.FINAL) {
			rule("upn", "only a final plan is maintained and so ceased; this one is " + held.plan().status());
		}
		checkAfterPlanMade(held, cessation.on(), dateField);
		return held.ceased(cessation);
	}

	private static void checkAfterPlanMade(PlanRecord held, LocalDate date, String field) {
		if (date.isBefore(held.plan().issuedDate())) {
			rule(field, date + " is before the plan was made (" + held.plan().issuedDate() + "); dates out of order");
		}
	}

	/**
	 * s61: education otherwise than in a school names no school; a named school says it
	 * is in one.
	 */
	private static void checkPlacement(EhcPlan plan, PlanContent content, String field) {
		if (content.placement().namesNoSchool() && plan.namedSchoolUrn() != null) {
			rule(field, "the plan names school " + plan.namedSchoolUrn()
					+ "; education otherwise than in a school (s61) names none");
		}
	}

	private static Amendment settle(Amendment amendment, LocalDate held, LocalDate asked, String field,
			LocalDate from) {
		if (held != null && !held.equals(asked)) {
			throw new ProblemException(Problem.CONFLICT,
					"amendment " + amendment.number() + " has " + field + " " + held,
					List.of(new Violation(field, "recorded already as " + held)));
		}
		if (asked.isBefore(from)) {
			rule(field, asked + " is before the amendments were proposed (" + from + ")");
		}
		return amendment;
	}

	private static int amendmentNumber(String number) {
		if (number == null || !number.matches("[1-9]\\d{0,3}")) {
			throw ProblemException.invalid("number", "an amendment's number, 1 to 9999");
		}
		return Integer.parseInt(number);
	}

	private LocalDate date(String field, String value, boolean required, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			if (required) {
				invalid.add(new Violation(field, "a date is required, written yyyy-MM-dd"));
			}
			return null;
		}
		LocalDate date = DateBounds.parse(field, value, invalid);
		if (date != null) {
			Optional<String> problem = DateBounds.ehcPlanDateProblem(date, today());
			if (problem.isPresent()) {
				invalid.add(new Violation(field, problem.get()));
				return null;
			}
		}
		return date;
	}

	private static <E extends Enum<E>> E choice(String field, String value, E[] values, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			invalid.add(new Violation(field, "required: one of " + Arrays.toString(values)));
			return null;
		}
		for (E candidate : values) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		invalid.add(new Violation(field,
				"'" + PlanContent.shortened(value) + "' is not one of " + Arrays.toString(values)));
		return null;
	}

	private static void refuseIf(List<Violation> invalid) {
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
	}

	private static void rule(String field, String detail) {
		throw new ProblemException(Problem.RULE_BROKEN, detail, List.of(new Violation(field, detail)));
	}

}
