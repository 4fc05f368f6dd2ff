package uk.gov.dorsetcouncil.edu.send.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlanAccess;
import uk.gov.dorsetcouncil.edu.send.plan.PlanStatus;

/**
 * Recording annual reviews of EHC plans with the rules enforced and explained: a problem
 * naming the field, nothing stored. Input problems come first (400), then the rules
 * (422), then conflicts with what is held (409). Who may: the plan's rules
 * ({@link EhcPlanAccess}): the LA records, the LA and the school a plan names read.
 */
public final class ReviewRecording {

	/** How far ahead a meeting may be arranged: within the next 12 months' review. */
	static final int MEETING_AHEAD_MONTHS = 12;

	/** s46: a plan is maintained until the end of the year the young person is 25. */
	static final int OLDEST = 25;

	private final ReviewStore store;

	private final ReviewedPlans plans;

	private final LostRaceRetry retry;

	private final Clock clock;

	public ReviewRecording(ReviewStore store, ReviewedPlans plans, LostRaceRetry retry, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * Arranges the next review of the child's plan: its meeting day and what it prepares.
	 */
	public AnnualReview arrange(Caller caller, String upnValue, ReviewRequest request) {
		EhcPlanAccess.checkMayWrite(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn upn = Upn.parse("upn", upnValue, invalid);
		LocalDate today = today();
		LocalDate meetingOn = date("meetingOn", request.meetingOn(), true, invalid);
		LocalDate bornOn = date("bornOn", request.bornOn(), false, invalid);
		PhaseTransfer transfer = null;
		if (request.phaseTransfer() != null) {
			transfer = Arrays.stream(PhaseTransfer.values())
				.filter(t -> t.name().equals(request.phaseTransfer()))
				.findFirst()
				.orElse(null);
			if (transfer == null) {
				invalid.add(new Violation("phaseTransfer", "'" + request.phaseTransfer() + "' is not one of "
						+ Arrays.stream(PhaseTransfer.values()).map(Enum::name).toList()));
			}
		}
		Integer year = request.transferYear();
		if (request.phaseTransfer() != null && year == null) {
			invalid.add(new Violation("transferYear", "a phase transfer names the calendar year of the move"));
		}
		if (request.phaseTransfer() == null && year != null) {
			invalid.add(new Violation("transferYear", "a year of transfer goes with a phaseTransfer"));
		}
		if (year != null && (year < 2000 || year > today.getYear() + 2)) {
			invalid.add(new Violation("transferYear",
					"the year of the move is from 2000 to " + (today.getYear() + 2) + ", not " + year));
		}
		if (meetingOn != null && meetingOn.isAfter(today.plusMonths(MEETING_AHEAD_MONTHS))) {
			invalid.add(new Violation("meetingOn", "a meeting is arranged at most " + MEETING_AHEAD_MONTHS
					+ " months ahead (" + meetingOn + " is after " + today.plusMonths(MEETING_AHEAD_MONTHS) + ")"));
		}
		if (bornOn != null) {
			if (bornOn.isAfter(today)) {
				invalid.add(new Violation("bornOn", bornOn + " is in the future"));
			}
			else if (meetingOn != null && Period.between(bornOn, meetingOn).getYears() > OLDEST) {
				invalid.add(new Violation("bornOn", "born " + bornOn + ", the young person is over " + OLDEST
						+ " at the meeting; a plan is maintained up to 25 (s46)"));
			}
			if (meetingOn != null && !bornOn.isBefore(meetingOn)) {
				invalid.add(new Violation("bornOn", "the child is born (" + bornOn + ") on or after the meeting ("
						+ meetingOn + "); dates out of order"));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		EhcPlan plan = this.plans.plan(upn)
			.orElseThrow(
					() -> ruleBroken("upn", "no EHC plan is held for " + upn.value() + "; there is nothing to review"));
		if (plan.status() != PlanStatus.FINAL) {
			rule("upn", "the plan for " + upn.value() + " is " + plan.status()
					+ "; only a final plan is reviewed (s44(1))");
		}
		LocalDate reviewFrom = plan.lastReview().orElse(plan.issuedDate());
		if (!meetingOn.isAfter(reviewFrom)) {
			rule("meetingOn", "the meeting (" + meetingOn + ") comes after the plan was made or last reviewed ("
					+ reviewFrom + "); dates out of order");
		}
		if (transfer != null && transfer.amendedPlanDue(year).isBefore(reviewFrom)) {
			rule("transferYear",
					"the amended plan for a move in " + year + " was due by " + transfer.amendedPlanDue(year)
							+ ", before the plan was made or last reviewed (" + reviewFrom + ")");
		}
		PhaseTransfer moving = transfer;
		return this.retry.untilWon("annual-review", () -> {
			PupilReviews held = this.store.find(upn);
			held.open().ifPresent(open -> {
				throw new ProblemException(Problem.CONFLICT,
						"a review of " + upn.value() + "'s plan is open already as " + open.id()
								+ "; a retry carries the same Idempotency-Key",
						List.of(new Violation("upn", "the review arranged for " + open.meetingOn()
								+ " is open; record its decision first")));
			});
			Instant now = this.clock.instant();
			AnnualReview fresh = new AnnualReview(held.nextId(), upn, plan.namedSchoolUrn(), reviewFrom, meetingOn,
					bornOn, moving, year, List.of(), caller.subject(), now);
			AnnualReview timed = fresh.withSteps(ReviewTimeline.steps(fresh));
			boolean saved = this.store.save(held.with(timed),
					List.of(ReviewChanges.change(timed, null, held.version() + 1, now)));
			return saved ? Optional.of(timed) : Optional.empty();
		}, () -> "child " + upn.value() + "'s reviews kept changing");
	}

	/**
	 * Records a step done on a date: the meeting held, the papers sent, the plan amended.
	 */
	public AnnualReview recordStep(Caller caller, String id, String kindName, String doneOnValue) {
		EhcPlanAccess.checkMayWrite(caller);
		Upn upn = upnOf(id);
		ReviewStepKind kind = Arrays.stream(ReviewStepKind.values())
			.filter(k -> k.name().equals(kindName))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalid("step", "'" + kindName + "' is not one of "
					+ Arrays.stream(ReviewStepKind.values()).map(Enum::name).toList()));
		if (kind == ReviewStepKind.DECISION) {
			throw ProblemException.invalid("step", "the decision is recorded with PUT .../decision (its outcome)");
		}
		List<Violation> invalid = new ArrayList<>();
		LocalDate doneOn = date("doneOn", doneOnValue, true, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		LocalDate today = today();
		AnnualReview answered = change(upn, id, "step " + kind, review -> {
			ReviewStep step = review.step(kind)
				.orElseThrow(() -> ruleBroken("step", "review " + id + " has no " + kind + " step now (its steps: "
						+ review.steps().stream().map(s -> s.kind().name()).toList() + ")"));
			if (step.done()) {
				if (step.doneDate().equals(doneOn)) {
					return null;
				}
				throw conflict("doneOn", kind + " was done on " + step.doneDate() + "; it is not changed");
			}
			checkDoneOn(step, doneOn, today);
			if (kind == ReviewStepKind.AMENDED_PLAN) {
				if (review.decision().orElse(null) != ReviewOutcome.AMEND) {
					rule("step", "the amended plan follows a decision to amend (PUT .../decision with AMEND)");
				}
				ReviewStep comments = review.step(ReviewStepKind.PARENT_COMMENTS).orElseThrow();
				// reg 22(2)(c): the parent has at least 15 days to comment first
				if (doneOn.isBefore(comments.dueDate()) && !comments.done()) {
					rule("doneOn", "the amended plan cannot be issued (" + doneOn + ") before the parent's 15 days"
							+ " to comment end (" + comments.dueDate() + ") unless the comments are recorded");
				}
			}
			return done(review, kind, doneOn, null);
		});
		if (kind == ReviewStepKind.REVIEW_MEETING) {
			// written after the review, and again on a retry, so that the plan's next
			// review runs from this one (s44(1))
			this.plans.reviewedOn(upn, doneOn);
		}
		return answered;
	}

	/** Records the LA's decision after the meeting: maintain, amend or cease. */
	public AnnualReview recordDecision(Caller caller, String id, String decidedOnValue, String outcomeName) {
		EhcPlanAccess.checkMayWrite(caller);
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		LocalDate decidedOn = date("decidedOn", decidedOnValue, true, invalid);
		ReviewOutcome outcome = null;
		if (outcomeName == null) {
			invalid.add(new Violation("outcome", "required: one of " + List.of(ReviewOutcome.values())));
		}
		else {
			outcome = Arrays.stream(ReviewOutcome.values())
				.filter(o -> o.name().equals(outcomeName))
				.findFirst()
				.orElse(null);
			if (outcome == null) {
				invalid.add(new Violation("outcome",
						"'" + outcomeName + "' is not one of " + List.of(ReviewOutcome.values())));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		ReviewOutcome decided = outcome;
		LocalDate today = today();
		return change(upn, id, "decision " + decided, review -> {
			ReviewStep step = review.step(ReviewStepKind.DECISION)
				.orElseThrow(() -> ruleBroken("decidedOn",
						"the LA decides after the meeting, and no meeting is recorded for review " + id
								+ " (REVIEW_MEETING)"));
			if (step.done()) {
				if (step.doneDate().equals(decidedOn) && step.outcome() == decided) {
					return null;
				}
				throw conflict("decidedOn",
						"the decision was " + step.outcome() + " on " + step.doneDate() + "; it is not changed");
			}
			if (decidedOn.isBefore(step.startsOn())) {
				rule("decidedOn",
						"the decision (" + decidedOn + ") cannot come before the meeting (" + step.startsOn() + ")");
			}
			checkDoneOn(step, decidedOn, today);
			if (review.transfer() != null && decided == ReviewOutcome.MAINTAIN) {
				rule("outcome", "a phase transfer review amends the plan to name the new school (reg 18): AMEND, or"
						+ " CEASE");
			}
			return done(review, ReviewStepKind.DECISION, decidedOn, decided);
		});
	}

	public AnnualReview find(Caller caller, String id) {
		EhcPlanAccess.checkMayRead(caller);
		AnnualReview review = this.store.find(upnOf(id))
			.find(id)
			.orElseThrow(() -> ProblemException.notFound("no annual review " + id));
		if (!visibleTo(caller).test(review.schoolUrn())) {
			throw ProblemException.notFound("no annual review " + id + " of a plan naming your school");
		}
		return review;
	}

	/** The child's reviews the caller may see, earliest first. */
	public List<AnnualReview> ofPupil(Caller caller, Upn upn) {
		EhcPlanAccess.checkMayRead(caller);
		Predicate<String> visible = visibleTo(caller);
		return this.store.find(upn).reviews().stream().filter(r -> visible.test(r.schoolUrn())).toList();
	}

	/**
	 * A caseworker's queue: the steps not done of the open reviews the caller sees, and
	 * the meeting of each final plan with no review arranged, falling due by
	 * {@code dueBy} (all when null), the soonest breach first.
	 */
	public List<DueReviewStep> queue(Caller caller, LocalDate dueBy, Predicate<ReviewStep> which) {
		EhcPlanAccess.checkMayRead(caller);
		Predicate<String> visible = visibleTo(caller);
		List<DueReviewStep> due = new ArrayList<>();
		java.util.Set<Upn> arranged = new java.util.HashSet<>();
		Predicate<ReviewStep> wanted = step -> (dueBy == null || !step.dueDate().isAfter(dueBy)) && which.test(step);
		this.store.forEach(pupil -> pupil.open().ifPresent(review -> {
			arranged.add(review.upn());
			if (visible.test(review.schoolUrn())) {
				review.openSteps()
					.stream()
					.filter(wanted)
					.forEach(step -> due.add(new DueReviewStep(review.upn(), review.schoolUrn(), review.id(), step)));
			}
		}));
		for (EhcPlan plan : this.plans.all()) {
			if (plan.status() != PlanStatus.FINAL || arranged.contains(plan.upn())
					|| !visible.test(plan.namedSchoolUrn())) {
				continue;
			}
			LocalDate from = plan.lastReview().orElse(plan.issuedDate());
			ReviewStep meeting = new ReviewStep(ReviewStepKind.REVIEW_MEETING, from, ReviewTimeline.reviewDue(from),
					null, null);
			if (wanted.test(meeting)) {
				due.add(new DueReviewStep(plan.upn(), plan.namedSchoolUrn(), null, meeting));
			}
		}
		due.sort(Comparator.comparing((DueReviewStep d) -> d.step().dueDate())
			.thenComparing(d -> d.upn().value())
			.thenComparing(d -> d.step().kind()));
		return due;
	}

	/**
	 * The share of reviews held on time in a period, and the plans overdue today;
	 * county-wide callers with {@code ehcp:read} or {@code measures:read}.
	 * @return the figures; {@link #countsInFull} says whether small numbers are hidden
	 */
	public ReviewMeasures measures(Caller caller, LocalDate from, LocalDate to) {
		countsInFull(caller);
		if (to.isBefore(from)) {
			throw ProblemException.invalid("to", "the period ends (" + to + ") before it starts (" + from + ")");
		}
		List<AnnualReview> all = new ArrayList<>();
		this.store.forEach(pupil -> all.addAll(pupil.reviews()));
		LocalDate today = today();
		long overdue = this.plans.all().stream().filter(plan -> plan.annualReviewOverdueOn(today)).count();
		return ReviewMeasures.of(all, overdue, from, to);
	}

	/**
	 * Counts: with {@code ehcp:read} in full, with only {@code measures:read} (the
	 * Education Board analyst) with small numbers hidden; county-wide callers only.
	 * @return whether nothing is hidden
	 */
	public static boolean countsInFull(Caller caller) {
		if (!caller.hasScope("ehcp:read") && !caller.hasScope("measures:read")) {
			throw ProblemException.forbidden("the scope ehcp:read or measures:read is required");
		}
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("county figures of annual reviews are the local authority's");
		}
		return caller.hasScope("ehcp:read");
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Predicate<String> visibleTo(Caller caller) {
		if (caller.actsCountyWide()) {
			return urn -> true;
		}
		String urn = caller.organisation().id();
		return urn::equals;
	}

	private static AnnualReview done(AnnualReview review, ReviewStepKind kind, LocalDate on, ReviewOutcome outcome) {
		return review
			.withSteps(review.steps().stream().map(s -> (s.kind() == kind) ? s.done(on, outcome) : s).toList());
	}

	/**
	 * Reads the child's record, applies the change and writes it with its timeline worked
	 * out again; a change that alters nothing (a retry) writes nothing.
	 */
	private AnnualReview change(Upn upn, String id, String what, Function<AnnualReview, AnnualReview> change) {
		return this.retry.untilWon("annual-review-change", () -> {
			PupilReviews held = this.store.find(upn);
			AnnualReview review = held.find(id).orElseThrow(() -> ProblemException.notFound("no annual review " + id));
			AnnualReview changed = change.apply(review);
			if (changed == null) {
				return Optional.of(review);
			}
			AnnualReview timed = changed.withSteps(ReviewTimeline.steps(changed));
			boolean saved = this.store.save(held.with(timed),
					List.of(ReviewChanges.change(timed, what, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(timed) : Optional.empty();
		}, () -> "review " + id + " kept changing");
	}

	private static void checkDoneOn(ReviewStep step, LocalDate doneOn, LocalDate today) {
		String field = (step.kind() == ReviewStepKind.DECISION) ? "decidedOn" : "doneOn";
		if (doneOn.isAfter(today)) {
			rule(field, "a step is recorded once done, not ahead (" + doneOn + " is after today, " + today + ")");
		}
		if (doneOn.isBefore(step.startsOn())) {
			rule(field, step.kind() + " cannot be done (" + doneOn + ") before it began (" + step.startsOn() + ")");
		}
	}

	/** A review id is the child's UPN, "-R" and a number. */
	public static Upn upnOf(String id) {
		int mark = (id == null) ? -1 : id.lastIndexOf("-R");
		if (mark <= 0 || Upn.problemWith(id.substring(0, mark)).isPresent()
				|| !id.substring(mark + 2).matches("[1-9]\\d{0,3}")) {
			throw ProblemException.invalid("id", "a review id is the child's UPN, '-R' and a number");
		}
		return new Upn(id.substring(0, mark));
	}

	private static LocalDate date(String field, String value, boolean required, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			if (required) {
				invalid.add(new Violation(field, "a date is required, written yyyy-MM-dd"));
			}
			return null;
		}
		return DateBounds.parse(field, value, invalid);
	}

	private static ProblemException conflict(String field, String detail) {
		return new ProblemException(Problem.CONFLICT, detail, List.of(new Violation(field, detail)));
	}

	private static ProblemException ruleBroken(String field, String detail) {
		return ProblemException.ruleBroken(List.of(new Violation(field, detail)));
	}

	private static void rule(String field, String detail) {
		throw ruleBroken(field, detail);
	}

}
