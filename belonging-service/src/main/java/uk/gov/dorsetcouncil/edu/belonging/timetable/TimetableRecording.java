package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.CensusTerm;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Rolls;
import uk.gov.dorsetcouncil.edu.belonging.request.RequestFields;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Recording part-time timetables, their reviews and their end, with the rules enforced
 * and explained (a problem naming the field, nothing stored), and reading them with their
 * alerts. Input problems come first (400), then the roll (422), then what is held already
 * (409 for the same one again, 422 for an overlap).
 */
public final class TimetableRecording {

	/**
	 * DfE, Length of the school week (2023): a mainstream state school's week is at least
	 * 32.5 hours from September 2024; a part-time timetable is less.
	 */
	public static final double FULL_WEEK_HOURS = 32.5;

	/** Less than half an hour a week is not a timetable but absence. */
	public static final double LEAST_HOURS = 0.5;

	private final TimetableStore store;

	private final Rolls rolls;

	private final Localities localities;

	private final RegisterMarks registers;

	private final LostRaceRetry retry;

	private final Clock clock;

	public TimetableRecording(TimetableStore store, Rolls rolls, Localities localities, RegisterMarks registers,
			LostRaceRetry retry, Clock clock) {
		this.store = store;
		this.rolls = rolls;
		this.localities = localities;
		this.registers = registers;
		this.retry = retry;
		this.clock = clock;
	}

	public PartTimeTimetable record(Caller caller, TimetableRequest request) {
		List<Violation> invalid = new ArrayList<>();
		Upn upn = RequestFields.upn(request.upn(), invalid);
		String urn = request.schoolUrn();
		if (urn == null || urn.isBlank()) {
			invalid.add(new Violation("schoolUrn", "the school's URN is required"));
		}
		else {
			SchoolIdentifiers.urnProblem(urn).ifPresent(problem -> invalid.add(new Violation("schoolUrn", problem)));
		}
		if (invalid.isEmpty()) {
			TimetableAccess.checkMayRecord(caller, urn);
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = RequestFields.date("startDate", request.startDate(), true, invalid);
		LocalDate end = RequestFields.date("endDate", request.endDate(), false, invalid);
		if (start != null && end != null && end.isBefore(start)) {
			invalid.add(new Violation("endDate", "the end (" + end + ") is before the start (" + start + ")"));
		}
		double hours = hours(request.hoursPerWeek(), invalid);
		PartTimeReason reason = reason(request.reason(), invalid);
		LocalDate agreed = RequestFields.date("parentAgreedOn", request.parentAgreedOn(), true, invalid);
		if (agreed != null && agreed.isAfter(today)) {
			invalid.add(new Violation("parentAgreedOn", "the parent's agreement is recorded once given, not ahead ("
					+ agreed + " is after today, " + today + ")"));
		}
		else if (agreed != null && start != null && agreed.isAfter(start)) {
			invalid
				.add(new Violation("parentAgreedOn", "a part-time timetable starts only with the parent's agreement: "
						+ "agreed " + agreed + ", after its start " + start));
		}
		String plan = TextField.PARAGRAPHS.check("reintegrationPlan", request.reintegrationPlan(), invalid);
		if ((plan == null || plan.isBlank())
				&& invalid.stream().noneMatch(v -> v.field().equals("reintegrationPlan"))) {
			invalid.add(new Violation("reintegrationPlan", "how the pupil returns to full time is required"));
		}
		// an end before the start is refused once, not again for every review after it
		LocalDate reviewsBy = (start != null && end != null && end.isBefore(start)) ? null : end;
		List<LocalDate> reviews = RequestFields.reviewDates(request.reviewDates(),
				"at least one review date is required", start, reviewsBy, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		if (!this.rolls.onRoll(urn, upn, start)) {
			throw ProblemException.ruleBroken(List.of(new Violation("upn",
					"pupil " + upn.value() + " is not on the roll of school " + urn + " on " + start)));
		}
		return this.retry.untilWon("part-time-timetable", () -> {
			PupilTimetables held = this.store.find(upn);
			checkNotHeldAlready(held, urn, start, end, null);
			Instant now = this.clock.instant();
			PartTimeTimetable fresh = new PartTimeTimetable(held.nextId(), upn, urn, start, hours, reason, agreed, plan,
					reviews, List.of(), end, caller.subject(), now);
			boolean saved = this.store.save(held.with(fresh),
					List.of(TimetableChanges.recorded(fresh, held.version() + 1, now)));
			return saved ? Optional.of(fresh) : Optional.empty();
		}, () -> "pupil " + upn.value() + "'s part-time timetables kept changing");
	}

	/**
	 * Records a review as done, with the next review date when one is set. The same
	 * review again changes nothing.
	 */
	public PartTimeTimetable review(Caller caller, String id, String reviewedOnValue, String nextReviewOnValue) {
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		LocalDate reviewedOn = RequestFields.date("reviewedOn", reviewedOnValue, true, invalid);
		LocalDate next = RequestFields.date("nextReviewOn", nextReviewOnValue, false, invalid);
		if (reviewedOn != null && next != null && !next.isAfter(reviewedOn)) {
			invalid.add(new Violation("nextReviewOn",
					"the next review (" + next + ") comes after this one (" + reviewedOn + ")"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.retry.untilWon("part-time-timetable-review", () -> {
			PupilTimetables held = this.store.find(upn);
			PartTimeTimetable timetable = held.find(id)
				.orElseThrow(() -> ProblemException.notFound("no part-time timetable " + id));
			TimetableAccess.checkMayUpdate(caller, timetable);
			if (reviewedOn.isBefore(timetable.startDate()) || reviewedOn.isAfter(today)) {
				RequestFields.rule("reviewedOn", "a review is dated from the timetable's start ("
						+ timetable.startDate() + ") to today (" + today + "), not " + reviewedOn);
			}
			if (timetable.endDate() != null && next != null && next.isAfter(timetable.endDate())) {
				RequestFields.rule("nextReviewOn",
						"the next review (" + next + ") is after the timetable ends (" + timetable.endDate() + ")");
			}
			if (timetable.reviewsDone().contains(reviewedOn)
					&& (next == null || timetable.reviewDates().contains(next))) {
				return Optional.of(timetable);
			}
			PartTimeTimetable reviewed = timetable.reviewed(reviewedOn, next);
			boolean saved = this.store.save(held.with(reviewed),
					List.of(TimetableChanges.reviewed(reviewed, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(reviewed) : Optional.empty();
		}, () -> "part-time timetable " + id + " kept changing");
	}

	/** Sets (or moves) the end date. The same date again changes nothing. */
	public PartTimeTimetable end(Caller caller, String id, String endDateValue) {
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		LocalDate end = RequestFields.date("endDate", endDateValue, true, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return this.retry.untilWon("part-time-timetable-end", () -> {
			PupilTimetables held = this.store.find(upn);
			PartTimeTimetable timetable = held.find(id)
				.orElseThrow(() -> ProblemException.notFound("no part-time timetable " + id));
			TimetableAccess.checkMayUpdate(caller, timetable);
			if (end.isBefore(timetable.startDate())) {
				RequestFields.rule("endDate",
						"the end (" + end + ") is before the start (" + timetable.startDate() + ")");
			}
			if (end.equals(timetable.endDate())) {
				return Optional.of(timetable);
			}
			checkNotHeldAlready(held, timetable.schoolUrn(), timetable.startDate(), end, id);
			PartTimeTimetable ended = timetable.endingOn(end);
			boolean saved = this.store.save(held.with(ended),
					List.of(TimetableChanges.ended(ended, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(ended) : Optional.empty();
		}, () -> "part-time timetable " + id + " kept changing");
	}

	public TimetableStanding find(Caller caller, String id) {
		TimetableAccess.checkMayRead(caller);
		PartTimeTimetable timetable = this.store.find(upnOf(id))
			.find(id)
			.orElseThrow(() -> ProblemException.notFound("no part-time timetable " + id));
		if (!TimetableAccess.visibleTo(caller, this.localities).test(timetable.schoolUrn())) {
			throw ProblemException.notFound("no part-time timetable " + id + " at a school you act for");
		}
		return standing(timetable, LocalDate.now(this.clock));
	}

	/**
	 * The pupil's timetables the caller may see, each as it stands, and the C2 marks this
	 * academic year that no agreed timetable covers, at the schools the caller sees.
	 */
	public PupilTimetableStanding ofPupil(Caller caller, String upnValue) {
		TimetableAccess.checkMayRead(caller);
		Upn upn = Upn.parse("upn", upnValue);
		Predicate<String> visible = TimetableAccess.visibleTo(caller, this.localities);
		LocalDate today = LocalDate.now(this.clock);
		List<PartTimeTimetable> timetables = this.store.find(upn)
			.timetables()
			.stream()
			.filter(timetable -> visible.test(timetable.schoolUrn()))
			.sorted(Comparator.comparing(PartTimeTimetable::startDate).thenComparing(PartTimeTimetable::id))
			.toList();
		LocalDate yearStart = yearStart(today);
		List<PupilTimetableStanding.UnagreedC2> unagreed = new ArrayList<>();
		Map<String, Integer> yearC2 = this.registers.sessionsWithCode(upn, TimetableAlert.C2, yearStart, today);
		yearC2.forEach((urn, sessions) -> {
			if (sessions == 0 || !visible.test(urn)) {
				return;
			}
			int covered = 0;
			for (PartTimeTimetable timetable : timetables) {
				if (timetable.schoolUrn().equals(urn) && timetable.overlaps(yearStart, today)) {
					LocalDate from = timetable.startDate().isBefore(yearStart) ? yearStart : timetable.startDate();
					covered += this.registers.sessionsWithCode(upn, TimetableAlert.C2, from, timetable.lastDayBy(today))
						.getOrDefault(urn, 0);
				}
			}
			if (sessions > covered) {
				unagreed.add(new PupilTimetableStanding.UnagreedC2(urn, yearStart, today, sessions - covered));
			}
		});
		unagreed.sort(Comparator.comparing(PupilTimetableStanding.UnagreedC2::schoolUrn));
		return new PupilTimetableStanding(upn, timetables.stream().map(t -> standing(t, today)).toList(), unagreed);
	}

	/**
	 * The timetables the caller may see that run this academic year and raise an alert,
	 * by school and start.
	 */
	public List<TimetableStanding> alerts(Caller caller, Set<TimetableAlert> only) {
		TimetableAccess.checkMayRead(caller);
		Predicate<String> visible = TimetableAccess.visibleTo(caller, this.localities);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate yearStart = yearStart(today);
		List<PartTimeTimetable> running = new ArrayList<>();
		this.store.forEach(pupil -> pupil.timetables()
			.stream()
			.filter(timetable -> visible.test(timetable.schoolUrn()) && timetable.overlaps(yearStart, today))
			.forEach(running::add));
		return running.stream()
			.sorted(Comparator.comparing(PartTimeTimetable::schoolUrn)
				.thenComparing(PartTimeTimetable::startDate)
				.thenComparing(PartTimeTimetable::id))
			.map(timetable -> standing(timetable, today))
			.filter(standing -> standing.alerts().stream().anyMatch(only::contains))
			.toList();
	}

	/**
	 * How long pupils have been on part-time timetables at the end of an academic year
	 * (today for the current one), at the schools the caller sees.
	 * @param yearLabel for example 2026/27; null or blank for the current year
	 */
	public DurationStatistics statistics(Caller caller, String yearLabel) {
		TimetableAccess.checkMayRead(caller);
		LocalDate today = LocalDate.now(this.clock);
		int year = (yearLabel == null || yearLabel.isBlank()) ? CensusTerm.academicYearOf(today)
				: CensusTerm.academicYearNamed(yearLabel);
		LocalDate first = LocalDate.of(year, 8, 1);
		LocalDate last = LocalDate.of(year + 1, 7, 31);
		if (first.isAfter(today)) {
			throw ProblemException.invalid("year", CensusTerm.academicYearLabel(year) + " has not begun");
		}
		LocalDate asOf = last.isBefore(today) ? last : today;
		Predicate<String> visible = TimetableAccess.visibleTo(caller, this.localities);
		List<PartTimeTimetable> seen = new ArrayList<>();
		this.store.forEach(pupil -> pupil.timetables()
			.stream()
			.filter(timetable -> visible.test(timetable.schoolUrn()))
			.forEach(seen::add));
		return DurationStatistics.of(seen, first, asOf);
	}

	private TimetableStanding standing(PartTimeTimetable timetable, LocalDate today) {
		if (!TimetableAlerts.registerDue(timetable, today)) {
			return new TimetableStanding(timetable, TimetableAlerts.fromDates(timetable, today), null);
		}
		int c2 = this.registers
			.sessionsWithCode(timetable.upn(), TimetableAlert.C2, timetable.startDate(), timetable.lastDayBy(today))
			.getOrDefault(timetable.schoolUrn(), 0);
		return new TimetableStanding(timetable, TimetableAlerts.of(timetable, today, c2), c2);
	}

	/**
	 * The same school and start again is a duplicate (409); another of the school's
	 * timetables overlapping it is refused (422): a pupil has one agreed timetable at a
	 * school at a time.
	 */
	private static void checkNotHeldAlready(PupilTimetables held, String urn, LocalDate start, LocalDate end,
			String except) {
		for (PartTimeTimetable other : held.at(urn)) {
			if (other.id().equals(except)) {
				continue;
			}
			if (except == null && other.startDate().equals(start)) {
				throw new ProblemException(Problem.CONFLICT,
						"this part-time timetable is recorded already as " + other.id()
								+ "; a retry carries the same Idempotency-Key",
						List.of(new Violation("startDate",
								"school " + urn + " already recorded one starting " + start)));
			}
			if (other.overlaps(start, (end != null) ? end : LocalDate.MAX)) {
				RequestFields.rule((except == null) ? "startDate" : "endDate",
						"the pupil is on part-time timetable " + other.id() + " at school " + urn + " from "
								+ other.startDate() + ((other.endDate() != null) ? " to " + other.endDate() : "")
								+ "; end it (or this one) before the other starts");
			}
		}
	}

	private static LocalDate yearStart(LocalDate today) {
		return LocalDate.of(CensusTerm.academicYearOf(today), 8, 1);
	}

	private static double hours(Double value, List<Violation> invalid) {
		if (value == null) {
			invalid.add(new Violation("hoursPerWeek", "the hours a week agreed are required"));
			return 0;
		}
		if (value.isNaN() || value < LEAST_HOURS || value >= FULL_WEEK_HOURS) {
			invalid.add(new Violation("hoursPerWeek", "from " + LEAST_HOURS + " to less than " + FULL_WEEK_HOURS
					+ " hours a week (a full week), not " + value));
			return 0;
		}
		if (value * 4 != Math.rint(value * 4)) {
			invalid.add(new Violation("hoursPerWeek", "hours in quarter hours (12.25, 12.5, 12.75), not " + value));
			return 0;
		}
		return value;
	}

	private static PartTimeReason reason(String value, List<Violation> invalid) {
		if (value == null) {
			invalid.add(new Violation("reason", "why is required: one of " + reasonNames()));
			return null;
		}
		Optional<PartTimeReason> reason = PartTimeReason.named(value);
		if (reason.isEmpty()) {
			invalid.add(new Violation("reason", "'" + value + "' is not one of " + reasonNames()
					+ " (a part-time timetable is never a way to manage behaviour)"));
		}
		return reason.orElse(null);
	}

	private static List<String> reasonNames() {
		return java.util.Arrays.stream(PartTimeReason.values()).map(Enum::name).toList();
	}

	private static Upn upnOf(String id) {
		int dash = (id == null) ? -1 : id.lastIndexOf("-T");
		if (dash <= 0 || Upn.problemWith(id.substring(0, dash)).isPresent()
				|| !id.substring(dash + 2).matches("[1-9]\\d{0,5}")) {
			throw ProblemException.invalid("id", "a part-time timetable's id is the pupil's UPN, '-T' and a number");
		}
		return new Upn(id.substring(0, dash));
	}

}
