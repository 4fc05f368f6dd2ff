package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Recording suspensions and permanent exclusions and the steps that follow, with the
 * rules enforced and explained: a problem naming the field, nothing stored. Input
 * problems come first (400), then the rules that need the school's calendar and roll
 * (422), then the 45-day limit over the pupil's whole year (422).
 */
public final class ExclusionRecording {

	/** More reasons than this the census does not collect (since 2020/21). */
	static final int MAX_REASONS = 3;

	private final ExclusionStore store;

	private final SchoolDays schoolDays;

	private final Rolls rolls;

	private final Localities localities;

	private final StatutoryClock statutoryClock;

	private final LostRaceRetry retry;

	private final Clock clock;

	public ExclusionRecording(ExclusionStore store, SchoolDays schoolDays, Rolls rolls, Localities localities,
			LostRaceRetry retry, Clock clock) {
		this.store = store;
		this.schoolDays = schoolDays;
		this.rolls = rolls;
		this.localities = localities;
		this.statutoryClock = new StatutoryClock(schoolDays);
		this.retry = retry;
		this.clock = clock;
	}

	public Exclusion record(Caller caller, ExclusionRequest request) {
		List<Violation> invalid = new ArrayList<>();
		Upn upn = upn(request.upn(), invalid);
		String urn = request.schoolUrn();
		if (urn == null || urn.isBlank()) {
			invalid.add(new Violation("schoolUrn", "the excluding school's URN is required"));
		}
		else {
			SchoolIdentifiers.urnProblem(urn).ifPresent(problem -> invalid.add(new Violation("schoolUrn", problem)));
		}
		if (invalid.isEmpty()) {
			ExclusionAccess.checkMayRecord(caller, urn);
		}
		ExclusionType type = type(request.type(), invalid);
		LocalDate start = required("startDate", request.startDate(), invalid);
		Length length = length(type, request, invalid);
		List<ExclusionReason> reasons = reasons(request.reasons(), invalid);
		String decidedBy = TextField.NAME.check("decidedBy", request.decidedBy(), invalid);
		if ((decidedBy == null || decidedBy.isBlank())
				&& invalid.stream().noneMatch(v -> v.field().equals("decidedBy"))) {
			invalid.add(new Violation("decidedBy", "the headteacher who decided is required"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		// The calendar and the roll are the school's, asked of attendance-service.
		this.schoolDays.notASchoolDay(urn, start)
			.ifPresent(why -> rule("startDate", start + " is not a school day at school " + urn + " (" + why
					+ "); an exclusion starts on a school day"));
		if (!this.rolls.onRoll(urn, upn, start)) {
			rule("upn", "pupil " + upn.value() + " is not on the roll of school " + urn + " on " + start);
		}
		return this.retry.untilWon("exclusion", () -> {
			PupilExclusions held = this.store.find(upn);
			checkNotHeldAlready(held, urn, type, start);
			int year = CensusTerm.academicYearOf(start);
			if (length.value() != null) {
				checkYearlyLimit(held, year, length);
			}
			Instant now = this.clock.instant();
			Exclusion fresh = new Exclusion(held.nextId(), upn, urn, type, start, length.value(), reasons, decidedBy,
					Boolean.TRUE.equals(request.lookedAfter()), Boolean.TRUE.equals(request.socialWorker()),
					Boolean.TRUE.equals(request.missesPublicExam()), null, List.of(), caller.subject(), now);
			PupilExclusions with = held.with(fresh);
			Exclusion timed = withSteps(with, fresh);
			PupilExclusions next = held.with(timed);
			boolean saved = this.store.save(next, List.of(ExclusionChanges.recorded(timed, held.version() + 1, now)));
			return saved ? Optional.of(timed) : Optional.empty();
		}, () -> "pupil " + upn.value() + "'s exclusions kept changing");
	}

	/**
	 * Records a step as done on a date, with what it decided where it decides something.
	 */
	public Exclusion recordStep(Caller caller, String id, String kindName, String doneOnValue, String outcomeName) {
		Upn upn = upnOf(id);
		StepKind kind = named(StepKind.class, "step", kindName);
		List<Violation> invalid = new ArrayList<>();
		LocalDate doneOn = required("doneOn", doneOnValue, invalid);
		StepOutcome outcome = null;
		if (kind.outcomes().isEmpty()) {
			if (outcomeName != null) {
				invalid.add(new Violation("outcome", kind + " records a date only, no outcome"));
			}
		}
		else if (outcomeName == null) {
			invalid
				.add(new Violation("outcome", kind + " records what was decided: one of " + sorted(kind.outcomes())));
		}
		else {
			outcome = parse(outcomeName);
			if (outcome == null || !kind.outcomes().contains(outcome)) {
				invalid.add(new Violation("outcome",
						"'" + outcomeName + "' is not an outcome of " + kind + "; one of " + sorted(kind.outcomes())));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		StepOutcome decided = outcome;
		LocalDate today = LocalDate.now(this.clock);
		return this.retry.untilWon("exclusion-step", () -> {
			PupilExclusions held = this.store.find(upn);
			Exclusion exclusion = held.find(id).orElseThrow(() -> ProblemException.notFound("no exclusion " + id));
			ExclusionAccess.checkMayRecordStep(caller, exclusion);
			Step step = exclusion.step(kind)
				.orElseThrow(() -> ProblemException.ruleBroken(
						List.of(new Violation("step", "exclusion " + id + " has no " + kind + " step (its steps: "
								+ exclusion.steps().stream().map(s -> s.kind().name()).toList() + ")"))));
			checkDoneOn(exclusion, step, doneOn, today);
			List<Step> steps = exclusion.steps()
				.stream()
				.map(s -> (s.kind() == kind) ? new Step(kind, s.actor(), s.dueDate(), doneOn, decided) : s)
				.toList();
			Exclusion done = withSteps(held, exclusion.withSteps(steps));
			Step recorded = done.step(kind).orElseThrow();
			boolean saved = this.store.save(held.with(done),
					List.of(ExclusionChanges.stepDone(done, recorded, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(done) : Optional.empty();
		}, () -> "exclusion " + id + " kept changing");
	}

	/**
	 * The parent asks the governing board to meet about suspensions of over 5 and up to
	 * 15 school days in a term: it must then meet within 50 school days.
	 */
	public Exclusion requestMeeting(Caller caller, String id, String requestedOnValue) {
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		LocalDate requestedOn = required("requestedOn", requestedOnValue, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.retry.untilWon("exclusion-meeting-request", () -> {
			PupilExclusions held = this.store.find(upn);
			Exclusion exclusion = held.find(id).orElseThrow(() -> ProblemException.notFound("no exclusion " + id));
			ExclusionAccess.checkMayRecordStep(caller, exclusion);
			if (requestedOn.isBefore(exclusion.startDate()) || requestedOn.isAfter(today)) {
				rule("requestedOn", "the request is dated from the exclusion's start (" + exclusion.startDate()
						+ ") to today (" + today + "), not " + requestedOn);
			}
			int termHalfDays = held.suspendedHalfDaysIn(exclusion.schoolUrn(), CensusTerm.of(exclusion.startDate()));
			if (exclusion.permanent() || termHalfDays > StatutoryClock.MEET_OVER_HALF_DAYS
					|| exclusion.missesPublicExam()) {
				rule("requestedOn", "the governing board must meet about this exclusion anyway");
			}
			if (termHalfDays <= StatutoryClock.NOTIFY_OVER_HALF_DAYS) {
				rule("requestedOn",
						"with " + SuspensionLength.asSchoolDays(termHalfDays)
								+ " school days of suspension this term (5 or fewer) the board considers the parent's "
								+ "representations but need not meet");
			}
			Exclusion requested = withSteps(held, exclusion.withMeetingRequestedOn(requestedOn));
			boolean saved = this.store.save(held.with(requested),
					List.of(ExclusionChanges.meetingRequested(requested, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(requested) : Optional.empty();
		}, () -> "exclusion " + id + " kept changing");
	}

	public Exclusion find(Caller caller, String id) {
		ExclusionAccess.checkMayRead(caller);
		Exclusion exclusion = this.store.find(upnOf(id))
			.find(id)
			.orElseThrow(() -> ProblemException.notFound("no exclusion " + id));
		if (!ExclusionAccess.visibleTo(caller, this.localities).test(exclusion.schoolUrn())) {
			throw ProblemException.notFound("no exclusion " + id + " at a school you act for");
		}
		return exclusion;
	}

	/** The pupil's exclusions the caller may see (a school: its own), earliest first. */
	public List<Exclusion> ofPupil(Caller caller, String upnValue) {
		ExclusionAccess.checkMayRead(caller);
		Upn upn = Upn.parse("upn", upnValue);
		Predicate<String> visible = ExclusionAccess.visibleTo(caller, this.localities);
		return this.store.find(upn)
			.exclusions()
			.stream()
			.filter(exclusion -> visible.test(exclusion.schoolUrn()))
			.sorted(Comparator.comparing(Exclusion::startDate).thenComparing(Exclusion::id))
			.toList();
	}

	/**
	 * Steps not done whose due date falls in the period, and with {@code overdue} those
	 * not done that fell due before it, for the caller's schools; earliest due first.
	 */
	public List<DueStep> stepsDue(Caller caller, LocalDate from, LocalDate to, boolean overdue) {
		ExclusionAccess.checkMayRead(caller);
		if (to.isBefore(from)) {
			throw ProblemException.invalid("to", "the period ends (" + to + ") before it starts (" + from + ")");
		}
		Predicate<String> visible = ExclusionAccess.visibleTo(caller, this.localities);
		List<DueStep> due = new ArrayList<>();
		this.store.forEach(pupil -> pupil.exclusions()
			.stream()
			.filter(exclusion -> visible.test(exclusion.schoolUrn()))
			.forEach(exclusion -> exclusion.steps()
				.stream()
				.filter(step -> !step.done() && step.kind().isDuty())
				.filter(step -> !step.dueDate().isAfter(to) && (overdue || !step.dueDate().isBefore(from)))
				.forEach(step -> due.add(new DueStep(exclusion, step)))));
		due.sort(Comparator.comparing((DueStep d) -> d.step().dueDate())
			.thenComparing(d -> d.exclusion().id())
			.thenComparing(d -> d.step().kind()));
		return due;
	}

	private Exclusion withSteps(PupilExclusions pupil, Exclusion exclusion) {
		PupilExclusions with = pupil.with(exclusion);
		int termHalfDays = with.suspendedHalfDaysIn(exclusion.schoolUrn(), CensusTerm.of(exclusion.startDate()));
		return exclusion.withSteps(this.statutoryClock.steps(exclusion, termHalfDays));
	}

	private static void checkNotHeldAlready(PupilExclusions held, String urn, ExclusionType type, LocalDate start) {
		held.exclusions()
			.stream()
			.filter(e -> e.schoolUrn().equals(urn) && e.type() == type && e.startDate().equals(start))
			.findFirst()
			.ifPresent(same -> {
				throw new ProblemException(Problem.CONFLICT,
						"this " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " is recorded already as "
								+ same.id() + "; a retry carries the same Idempotency-Key",
						List.of(new Violation("startDate",
								"school " + urn + " already recorded one starting " + start)));
			});
	}

	/**
	 * Education Act 2002 s51A and the DfE guidance 2024: at most 45 school days of
	 * suspension in an academic year, counting every school's.
	 */
	private static void checkYearlyLimit(PupilExclusions held, int year, Length length) {
		int before = held.suspendedHalfDaysIn(year);
		int after = before + length.value().halfDays();
		if (after > PupilExclusions.YEARLY_LIMIT_HALF_DAYS) {
			rule(length.field(), "this suspension of " + SuspensionLength.asSchoolDays(length.value().halfDays())
					+ " school days would take the pupil to " + SuspensionLength.asSchoolDays(after)
					+ " school days of suspension in " + CensusTerm.academicYearLabel(year)
					+ " (every school's counted), past the limit of 45; "
					+ SuspensionLength.asSchoolDays(Math.max(0, PupilExclusions.YEARLY_LIMIT_HALF_DAYS - before))
					+ " remain");
		}
	}

	private static void checkDoneOn(Exclusion exclusion, Step step, LocalDate doneOn, LocalDate today) {
		if (doneOn.isAfter(today)) {
			rule("doneOn", "a step is recorded once done, not ahead (" + doneOn + " is after today, " + today + ")");
		}
		if (step.kind() != StepKind.PARENT_NOTICE && doneOn.isBefore(exclusion.startDate())) {
			rule("doneOn", "the " + step.kind() + " step cannot be done (" + doneOn + ") before the exclusion starts ("
					+ exclusion.startDate() + ")");
		}
		exclusion.steps()
			.stream()
			.filter(earlier -> earlier.kind().ordinal() < step.kind().ordinal()
					&& earlier.kind().ordinal() >= StepKind.GOVERNING_BOARD_MEETING.ordinal() && earlier.done()
					&& doneOn.isBefore(earlier.doneDate()))
			.findFirst()
			.ifPresent(earlier -> rule("doneOn", step.kind() + " cannot be done (" + doneOn + ") before "
					+ earlier.kind() + " (" + earlier.doneDate() + ")"));
		// SI 2012/1033: a review applied for late must be refused.
		if (step.kind() == StepKind.REVIEW_APPLICATION && doneOn.isAfter(step.dueDate())) {
			rule("doneOn", "an independent review is applied for within 15 school days of the board's decision, by "
					+ step.dueDate() + "; an application on " + doneOn + " is late and must be refused");
		}
	}

	private record Length(SuspensionLength value, String field) {
	}

	private static Length length(ExclusionType type, ExclusionRequest request, List<Violation> invalid) {
		List<String> given = new ArrayList<>();
		if (request.schoolDays() != null) {
			given.add("schoolDays");
		}
		if (request.sessions() != null) {
			given.add("sessions");
		}
		if (request.lunchtimes() != null) {
			given.add("lunchtimes");
		}
		if (type == ExclusionType.PERMANENT_EXCLUSION) {
			given.forEach(field -> invalid.add(new Violation(field, "a permanent exclusion has no length")));
			return new Length(null, null);
		}
		if (type == null) {
			return new Length(null, null);
		}
		if (given.size() != 1) {
			invalid.add(new Violation(given.isEmpty() ? "sessions" : given.get(1),
					"a suspension's length is given once: schoolDays, sessions or lunchtimes"));
			return new Length(null, null);
		}
		String field = given.get(0);
		int value = switch (field) {
			case "schoolDays" -> request.schoolDays();
			case "sessions" -> request.sessions();
			default -> request.lunchtimes();
		};
		int perDay = field.equals("schoolDays") ? 2 : 1;
		int most = PupilExclusions.YEARLY_LIMIT_HALF_DAYS / perDay;
		if (value < 1 || value > most) {
			invalid
				.add(new Violation(field, "from 1 to " + most + ", not " + value + " (at most 45 school days a year)"));
			return new Length(null, field);
		}
		int halfDays = value * perDay;
		SuspensionLength length = switch (field) {
			case "lunchtimes" -> SuspensionLength.ofLunchtimes(value);
			default -> SuspensionLength.ofSessions(halfDays);
		};
		return new Length(length, field);
	}

	private static List<ExclusionReason> reasons(List<String> codes, List<Violation> invalid) {
		if (codes == null || codes.isEmpty()) {
			invalid.add(new Violation("reasons", "one to three DfE reason codes are required"));
			return List.of();
		}
		if (codes.size() > MAX_REASONS) {
			invalid.add(new Violation("reasons", "at most " + MAX_REASONS + " reasons, not " + codes.size()));
			return List.of();
		}
		List<ExclusionReason> reasons = new ArrayList<>();
		Set<ExclusionReason> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			Optional<ExclusionReason> reason = ExclusionReason.ofCode(code);
			if (reason.isEmpty()) {
				invalid.add(new Violation("reasons[" + i + "]", "'" + code + "' is not a DfE exclusion reason code"));
			}
			else if (!seen.add(reason.get())) {
				invalid.add(new Violation("reasons[" + i + "]", code + " is given twice"));
			}
			else {
				reasons.add(reason.get());
			}
		}
		return reasons;
	}

	private static Upn upn(String value, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			invalid.add(new Violation("upn", "the pupil's UPN is required"));
			return null;
		}
		Optional<String> problem = Upn.problemWith(value);
		if (problem.isPresent()) {
			invalid.add(new Violation("upn", problem.get()));
			return null;
		}
		return new Upn(value);
	}

	private static Upn upnOf(String id) {
		int dash = (id == null) ? -1 : id.lastIndexOf('-');
		if (dash <= 0 || Upn.problemWith(id.substring(0, dash)).isPresent()
				|| !id.substring(dash + 1).matches("[1-9]\\d{0,5}")) {
			throw ProblemException.invalid("id", "an exclusion id is the pupil's UPN, '-' and a number");
		}
		return new Upn(id.substring(0, dash));
	}

	private static ExclusionType type(String value, List<Violation> invalid) {
		if (value == null) {
			invalid.add(new Violation("type", "SUSPENSION or PERMANENT_EXCLUSION is required"));
			return null;
		}
		for (ExclusionType type : ExclusionType.values()) {
			if (type.name().equals(value)) {
				return type;
			}
		}
		invalid.add(new Violation("type", "SUSPENSION or PERMANENT_EXCLUSION, not '" + value + "'"));
		return null;
	}

	private static <E extends Enum<E>> E named(Class<E> type, String field, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		throw ProblemException.invalid(field, "'" + value + "' is not one of "
				+ java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}

	private static StepOutcome parse(String value) {
		for (StepOutcome outcome : StepOutcome.values()) {
			if (outcome.name().equals(value)) {
				return outcome;
			}
		}
		return null;
	}

	private static List<String> sorted(Set<StepOutcome> outcomes) {
		return outcomes.stream().map(Enum::name).sorted().toList();
	}

	private static LocalDate required(String field, String value, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			invalid.add(new Violation(field, "a date is required, written yyyy-MM-dd"));
			return null;
		}
		return DateBounds.parse(field, value, invalid);
	}

	private static void rule(String field, String detail) {
		throw ProblemException.ruleBroken(List.of(new Violation(field, detail)));
	}

}
