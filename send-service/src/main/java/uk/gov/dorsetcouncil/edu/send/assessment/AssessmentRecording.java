package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Recording EHC needs assessment requests and what follows them, with the rules enforced
 * and explained: a problem naming the field, nothing stored. Input problems come first
 * (400), then the rules (422), then conflicts with what is held (409).
 */
public final class AssessmentRecording {

	/**
	 * A school closure's advice window opens and shuts a week before it does (reg
	 * 5(4)(a)).
	 */
	static final int CLOSURE_ADVICE_WINDOW_DAYS = 7;

	private final AssessmentStore store;

	private final PupilRolls rolls;

	private final LostRaceRetry retry;

	private final Clock clock;

	public AssessmentRecording(AssessmentStore store, PupilRolls rolls, LostRaceRetry retry, Clock clock) {
		this.store = store;
		this.rolls = rolls;
		this.retry = retry;
		this.clock = clock;
	}

	public Assessment record(Caller caller, AssessmentRequest request) {
		AssessmentAccess.checkMayWrite(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn upn = Upn.parse("upn", request.upn(), invalid);
		Requester requester = named(Requester.class, "requestedBy", request.requestedBy(), true, invalid);
		LocalDate received = date("receivedOn", request.receivedOn(), true, invalid);
		String school = request.schoolUrn();
		if (school != null) {
			SchoolIdentifiers.urnProblem(school).ifPresent(problem -> invalid.add(new Violation("schoolUrn", problem)));
		}
		NeedType need = null;
		if (request.primaryNeed() != null) {
			need = NeedType.ofCode(request.primaryNeed()).orElse(null);
			if (need == null) {
				invalid.add(new Violation("primaryNeed",
						"'" + request.primaryNeed()
								+ "' is not a school census SEN type for an EHC needs assessment; one of "
								+ Arrays.stream(NeedType.values()).map(Enum::name).toList()
								+ " (NSA is for SEN support only)"));
			}
		}
		if (requester == Requester.SCHOOL && school == null) {
			invalid.add(new Violation("schoolUrn", "a request from a school names the school"));
		}
		LocalDate today = today();
		if (received != null) {
			DateBounds.ehcPlanDateProblem(received, today)
				.ifPresent(problem -> invalid.add(new Violation("receivedOn", problem)));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		if (!this.rolls.known(upn)) {
			rule("upn", "pupil " + upn.value() + " is on no school roll the platform holds; check the UPN");
		}
		NeedType suspected = need;
		return this.retry.untilWon("ehc-assessment", () -> {
			PupilAssessments held = this.store.find(upn);
			held.open().ifPresent(open -> {
				throw new ProblemException(Problem.CONFLICT,
						"a request for " + upn.value() + " is open already as " + open.id()
								+ "; a retry carries the same Idempotency-Key",
						List.of(new Violation("upn", "child " + upn.value() + " has an open request, received "
								+ open.receivedOn() + "; record its decision or plan first")));
			});
			Instant now = this.clock.instant();
			Assessment fresh = new Assessment(held.nextId(), upn, school, requester, received, suspected, List.of(),
					List.of(), Appeal.NONE, caller.subject(), now);
			Assessment timed = fresh.withSteps(StatutoryTimeline.steps(fresh));
			boolean saved = save(held, timed, AssessmentChanges.recorded(timed, held.version() + 1, now));
			return saved ? Optional.of(timed) : Optional.empty();
		}, () -> "child " + upn.value() + "'s assessments kept changing");
	}

	/** Records a step as done on a date, with what it decided where it decides. */
	public Assessment recordStep(Caller caller, String id, String kindName, String doneOnValue, String outcomeName) {
		AssessmentAccess.checkMayWrite(caller);
		Upn upn = upnOf(id);
		StepKind kind = named(StepKind.class, "step", kindName, true, null);
		List<Violation> invalid = new ArrayList<>();
		LocalDate doneOn = date("doneOn", doneOnValue, true, invalid);
		StepOutcome outcome = null;
		if (kind.outcomes().isEmpty()) {
			if (outcomeName != null) {
				invalid.add(new Violation("outcome", kind + " records a date only, no outcome"));
			}
		}
		else {
			outcome = named(StepOutcome.class, "outcome", outcomeName, true, invalid);
			if (outcome != null && !kind.outcomes().contains(outcome)) {
				invalid.add(new Violation("outcome", "'" + outcomeName + "' is not an outcome of " + kind + "; one of "
						+ kind.outcomes().stream().map(Enum::name).sorted().toList()));
			}
		}
		if (kind == StepKind.APPEAL_WINDOW) {
			invalid.add(new Violation("step", "an appeal is recorded with PUT .../appeal (lodgedOn)"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		StepOutcome decided = outcome;
		LocalDate today = today();
		return change(upn, id, "step " + kind, assessment -> {
			Step step = assessment.step(kind)
				.orElseThrow(() -> ruleBroken("step", "assessment " + id + " has no " + kind + " step now (its steps: "
						+ assessment.steps().stream().map(s -> s.kind().name()).toList() + ")"));
			if (step.done()) {
				if (step.doneDate().equals(doneOn) && step.outcome() == decided) {
					return null;
				}
				throw new ProblemException(Problem.CONFLICT, kind + " is recorded already",
						List.of(new Violation("doneOn",
								kind + " was done on " + step.doneDate()
										+ ((step.outcome() != null) ? " (" + step.outcome() + ")" : "")
										+ "; it is not changed")));
			}
			checkDoneOn(assessment, step, doneOn, today);
			List<Step> steps = assessment.steps()
				.stream()
				.map(s -> (s.kind() == kind) ? s.done(doneOn, decided) : s)
				.toList();
			return assessment.withSteps(steps);
		});
	}

	/** The LA asks someone for advice (reg 6): a step due 6 weeks on (reg 8). */
	public Assessment requestAdvice(Caller caller, String id, String source, String requestedOnValue) {
		AssessmentAccess.checkMayWrite(caller);
		Upn upn = upnOf(id);
		StepKind kind = StepKind.adviceFrom(source)
			.orElseThrow(() -> ProblemException.invalid("source", "'" + source + "' is not an advice source; one of "
					+ Arrays.stream(StepKind.values()).flatMap(k -> k.adviceSource().stream()).toList()));
		List<Violation> invalid = new ArrayList<>();
		LocalDate requestedOn = date("requestedOn", requestedOnValue, true, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		LocalDate today = today();
		return change(upn, id, "advice requested " + source, assessment -> {
			Optional<Step> held = assessment.step(kind);
			if (held.isPresent()) {
				if (held.get().startsOn().equals(requestedOn)) {
					return null;
				}
				throw new ProblemException(Problem.CONFLICT, kind + " is asked already",
						List.of(new Violation("requestedOn", "advice from " + source + " was asked on "
								+ held.get().startsOn() + "; it is not asked twice")));
			}
			if (!assessment.decided(StepKind.DECISION_TO_ASSESS, StepOutcome.ASSESS)) {
				throw ruleBroken("source", "advice is sought once the LA has decided to assess (reg 6(1))");
			}
			LocalDate decidedOn = assessment.step(StepKind.DECISION_TO_ASSESS).orElseThrow().doneDate();
			if (requestedOn.isBefore(decidedOn) || requestedOn.isAfter(today)) {
				throw ruleBroken("requestedOn", "advice is asked from the decision to assess (" + decidedOn
						+ ") to today (" + today + "), not " + requestedOn);
			}
			if (!assessment.open()) {
				throw ruleBroken("source", "assessment " + id + " is closed (" + assessment.status() + ")");
			}
			List<Step> steps = new ArrayList<>(assessment.steps());
			steps.add(new Step(kind, requestedOn, requestedOn, requestedOn, List.of(), null, null));
			return assessment.withSteps(steps);
		});
	}

	/** Records an exception to the time limits, with its period and evidence. */
	public Assessment recordException(Caller caller, String id, ExceptionRequest request) {
		AssessmentAccess.checkMayWrite(caller);
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		ExceptionKind kind = named(ExceptionKind.class, "kind", request.kind(), true, invalid);
		LocalDate from = date("from", request.from(), true, invalid);
		LocalDate to = date("to", request.to(), true, invalid);
		String evidence = TextField.LINE.check("evidence", request.evidence(), invalid);
		if ((evidence == null || evidence.isBlank()) && invalid.stream().noneMatch(v -> v.field().equals("evidence"))) {
			invalid.add(new Violation("evidence", "the evidence the LA holds is required (a document reference)"));
		}
		StepKind advice = null;
		if (kind == ExceptionKind.ADVICE_GIVER) {
			advice = StepKind.adviceFrom(request.adviceSource()).orElse(null);
			if (advice == null) {
				invalid.add(new Violation("adviceSource", "an advice-giver's exception names the advice: one of "
						+ Arrays.stream(StepKind.values()).flatMap(k -> k.adviceSource().stream()).toList()));
			}
		}
		else if (request.adviceSource() != null && kind != null) {
			invalid.add(new Violation("adviceSource", kind + " is the LA's exception, not an advice-giver's"));
		}
		if (from != null && to != null && to.isBefore(from)) {
			invalid.add(new Violation("to", "the period ends (" + to + ") before it starts (" + from + ")"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
		if (days < kind.minimumDays()) {
			rule("to", kind + " covers at least " + kind.minimumDays() / 7 + " continuous weeks; " + from + " to " + to
					+ " is " + days + " days");
		}
		StepKind excused = advice;
		return change(upn, id, "exception " + kind, assessment -> {
			Optional<AssessmentException> same = assessment.exceptions()
				.stream()
				.filter(e -> e.kind() == kind && e.from().equals(from) && e.to().equals(to)
						&& e.adviceStep() == excused)
				.findFirst();
			if (same.isPresent()) {
				return null;
			}
			if (to.isBefore(assessment.receivedOn())) {
				throw ruleBroken("to", "the period ends (" + to + ") before the request was received ("
						+ assessment.receivedOn() + ")");
			}
			if (!assessment.open()) {
				throw ruleBroken("kind", "assessment " + id + " is closed (" + assessment.status() + ")");
			}
			if (excused != null) {
				Step asked = assessment.step(excused)
					.orElseThrow(() -> ruleBroken("adviceSource", "no advice was asked of " + request.adviceSource()));
				if (to.isBefore(asked.startsOn())) {
					throw ruleBroken("to", "the period ends before the advice was asked (" + asked.startsOn() + ")");
				}
			}
			if (kind == ExceptionKind.SCHOOL_CLOSURE) {
				checkAdviceAskedAroundClosure(assessment, from, to);
			}
			List<AssessmentException> next = new ArrayList<>(assessment.exceptions());
			next.add(new AssessmentException(next.size() + 1, kind, excused, from, to, evidence));
			return assessment.withExceptions(next);
		});
	}

	/** Records mediation and appeal dates after a refusal. */
	public Assessment recordAppeal(Caller caller, String id, AppealRequest request) {
		AssessmentAccess.checkMayWrite(caller);
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		LocalDate mediated = date("mediationCertificateOn", request.mediationCertificateOn(), false, invalid);
		LocalDate lodged = date("lodgedOn", request.lodgedOn(), false, invalid);
		LocalDate hearing = date("hearingOn", request.hearingOn(), false, invalid);
		LocalDate decided = date("decidedOn", request.decidedOn(), false, invalid);
		inOrder(invalid, "hearingOn", lodged, hearing, "the hearing cannot be before the appeal was lodged");
		inOrder(invalid, "decidedOn", hearing, decided, "the Tribunal cannot decide before its hearing");
		inOrder(invalid, "decidedOn", lodged, decided, "the Tribunal cannot decide before the appeal was lodged");
		if ((hearing != null || decided != null) && lodged == null) {
			invalid.add(new Violation("lodgedOn", "a hearing or decision needs the date the appeal was lodged"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		LocalDate today = today();
		List<Violation> future = new ArrayList<>();
		notAfter(future, "mediationCertificateOn", mediated, today);
		notAfter(future, "lodgedOn", lodged, today);
		notAfter(future, "decidedOn", decided, today);
		if (!future.isEmpty()) {
			throw ProblemException.ruleBroken(future);
		}
		Appeal appeal = new Appeal(mediated, lodged, hearing, decided);
		return change(upn, id, "appeal", assessment -> {
			LocalDate refused = assessment.refusedOn()
				.orElseThrow(() -> ruleBroken("lodgedOn",
						"an appeal here follows a refusal to assess or a decision not to issue; assessment " + id
								+ " has neither"));
			if (appeal.equals(assessment.appeal())) {
				return null;
			}
			List<Violation> early = new ArrayList<>();
			inOrder(early, "mediationCertificateOn", refused, mediated,
					"mediation follows the decision (" + refused + ")");
			inOrder(early, "lodgedOn", refused, lodged, "the appeal follows the decision (" + refused + ")");
			if (!early.isEmpty()) {
				throw ProblemException.ruleBroken(early);
			}
			return assessment.withAppeal(appeal);
		});
	}

	public Assessment find(Caller caller, String id) {
		AssessmentAccess.checkMayRead(caller);
		Assessment assessment = this.store.find(upnOf(id))
			.find(id)
			.orElseThrow(() -> ProblemException.notFound("no EHC needs assessment " + id));
		if (!AssessmentAccess.visibleTo(caller).test(assessment)) {
			throw ProblemException.notFound("no EHC needs assessment " + id + " of a child at your school");
		}
		return assessment;
	}

	/** The child's assessments the caller may see, earliest first. */
	public List<Assessment> ofPupil(Caller caller, Upn upn) {
		AssessmentAccess.checkMayRead(caller);
		return this.store.find(upn).assessments().stream().filter(AssessmentAccess.visibleTo(caller)).toList();
	}

	/**
	 * A caseworker's queue: the duties not done, of the open assessments the caller sees,
	 * falling due by {@code dueBy} (every one when null), the soonest breach first (those
	 * already breached before them).
	 */
	public List<DueStep> queue(Caller caller, LocalDate dueBy, Predicate<Step> which) {
		AssessmentAccess.checkMayRead(caller);
		Predicate<Assessment> visible = AssessmentAccess.visibleTo(caller);
		List<DueStep> due = new ArrayList<>();
		this.store.forEach(pupil -> pupil.assessments()
			.stream()
			.filter(visible)
			.filter(Assessment::open)
			.forEach(assessment -> assessment.openDuties()
				.stream()
				.filter(step -> dueBy == null || !step.dueDate().isAfter(dueBy))
				.filter(which)
				.forEach(step -> due.add(new DueStep(assessment, step)))));
		due.sort(Comparator.comparing((DueStep d) -> d.step().dueDate())
			.thenComparing(d -> d.assessment().id())
			.thenComparing(d -> d.step().kind()));
		return due;
	}

	/**
	 * The county's figures for requests received in a period; whether small numbers are
	 * hidden is the caller's to know ({@link AssessmentAccess#checkMayCount}).
	 */
	public AssessmentMeasures measures(Caller caller, LocalDate from, LocalDate to) {
		AssessmentAccess.checkMayCount(caller);
		if (to.isBefore(from)) {
			throw ProblemException.invalid("to", "the period ends (" + to + ") before it starts (" + from + ")");
		}
		List<Assessment> all = new ArrayList<>();
		this.store.forEach(pupil -> all.addAll(pupil.assessments()));
		return AssessmentMeasures.of(all, from, to);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Reads the child's record, applies the change and writes it with its timeline worked
	 * out again; a change that alters nothing (a retry) writes nothing.
	 */
	private Assessment change(Upn upn, String id, String what, Function<Assessment, Assessment> change) {
		return this.retry.untilWon("ehc-assessment-change", () -> {
			PupilAssessments held = this.store.find(upn);
			Assessment assessment = held.find(id)
				.orElseThrow(() -> ProblemException.notFound("no EHC needs assessment " + id));
			Assessment changed = change.apply(assessment);
			if (changed == null) {
				return Optional.of(assessment);
			}
			Assessment timed = changed.withSteps(StatutoryTimeline.steps(changed));
			boolean saved = save(held, timed,
					AssessmentChanges.updated(timed, what, held.version() + 1, this.clock.instant()));
			return saved ? Optional.of(timed) : Optional.empty();
		}, () -> "assessment " + id + " kept changing");
	}

	private boolean save(PupilAssessments held, Assessment assessment, Change change) {
		return this.store.save(held.with(assessment), List.of(change));
	}

	private static void checkDoneOn(Assessment assessment, Step step, LocalDate doneOn, LocalDate today) {
		if (doneOn.isAfter(today)) {
			rule("doneOn", "a step is recorded once done, not ahead (" + doneOn + " is after today, " + today + ")");
		}
		if (doneOn.isBefore(step.startsOn())) {
			rule("doneOn", step.kind() + " cannot be done (" + doneOn + ") before it began (" + step.startsOn() + ")");
		}
		if (step.kind() == StepKind.DECISION_TO_ISSUE) {
			LocalDate assessed = assessment.step(StepKind.DECISION_TO_ASSESS).orElseThrow().doneDate();
			if (doneOn.isBefore(assessed)) {
				rule("doneOn", "the decision to issue cannot come (" + doneOn + ") before the decision to assess ("
						+ assessed + ")");
			}
		}
		if (step.kind() == StepKind.DRAFT_PLAN && !assessment.decided(StepKind.DECISION_TO_ISSUE, StepOutcome.ISSUE)) {
			rule("step", "a draft plan follows the decision to issue one (DECISION_TO_ISSUE with ISSUE)");
		}
		if (step.kind() == StepKind.FINAL_PLAN) {
			Step comments = assessment.step(StepKind.DRAFT_COMMENTS)
				.orElseThrow(() -> ruleBroken("step", "the final plan follows a draft (DRAFT_PLAN done)"));
			// s38(2), reg 13(1): the parent has at least 15 days to comment first
			if (doneOn.isBefore(comments.dueDate()) && !comments.done()) {
				rule("doneOn",
						"the final plan cannot be issued (" + doneOn + ") before the parent's 15 days to comment "
								+ "end (" + comments.dueDate() + ") unless the comments are recorded (DRAFT_COMMENTS)");
			}
		}
	}

	/**
	 * reg 5(4)(a): the closure exception applies only where the LA asked the school for
	 * advice from one week before it closed until one week before it re-opened.
	 */
	private static void checkAdviceAskedAroundClosure(Assessment assessment, LocalDate from, LocalDate to) {
		LocalDate opens = from.minusDays(CLOSURE_ADVICE_WINDOW_DAYS);
		LocalDate shuts = to.plusDays(1).minusDays(CLOSURE_ADVICE_WINDOW_DAYS);
		Optional<Step> asked = assessment.step(StepKind.ADVICE_EDUCATION);
		if (asked.isEmpty() || asked.get().startsOn().isBefore(opens) || asked.get().startsOn().isAfter(shuts)) {
			rule("from", "a closure is an exception only when the school's advice was asked from " + opens + " to "
					+ shuts + " (a week before it closed until a week before it re-opens); "
					+ asked.map(s -> "it was asked on " + s.startsOn()).orElse("no educational advice was asked"));
		}
	}

	private static void inOrder(List<Violation> violations, String field, LocalDate first, LocalDate second,
			String detail) {
		if (first != null && second != null && second.isBefore(first)) {
			violations.add(new Violation(field, detail + " (" + second + " is before " + first + ")"));
		}
	}

	private static void notAfter(List<Violation> violations, String field, LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			violations.add(new Violation(field, date + " is in the future; it is recorded once it happened"));
		}
	}

	/** An assessment id is the child's UPN, '-' and a number. */
	public static Upn upnOf(String id) {
		int dash = (id == null) ? -1 : id.lastIndexOf('-');
		if (dash <= 0 || Upn.problemWith(id.substring(0, dash)).isPresent()
				|| !id.substring(dash + 1).matches("[1-9]\\d{0,5}")) {
			throw ProblemException.invalid("id", "an assessment id is the child's UPN, '-' and a number");
		}
		return new Upn(id.substring(0, dash));
	}

	/**
	 * The constant of {@code type} named {@code value}; a problem naming the field when
	 * there is none (added to {@code invalid}, or thrown when it is null).
	 */
	private static <E extends Enum<E>> E named(Class<E> type, String field, String value, boolean required,
			List<Violation> invalid) {
		List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		Violation problem;
		if (value == null) {
			if (!required) {
				return null;
			}
			problem = new Violation(field, "required: one of " + names);
		}
		else {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return constant;
				}
			}
			problem = new Violation(field, "'" + value + "' is not one of " + names);
		}
		if (invalid == null) {
			throw ProblemException.invalid(List.of(problem));
		}
		invalid.add(problem);
		return null;
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

	private static ProblemException ruleBroken(String field, String detail) {
		return ProblemException.ruleBroken(List.of(new Violation(field, detail)));
	}

	private static void rule(String field, String detail) {
		throw ruleBroken(field, detail);
	}

}
