package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Rolls;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.belonging.request.RequestFields;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Recording alternative provision placements and managed moves, their reviews and
 * outcomes, with the rules enforced and explained (a problem naming the field, nothing
 * stored), and reading them with their alerts (ADR 0036). Input problems come first
 * (400), then the exclusion, roll and what is held (422, 409 for the same one again).
 */
public final class PlacementKeeping {

	/** Ten sessions (five days, mornings and afternoons) is full-time provision. */
	public static final int FULL_TIME_SESSIONS = 10;

	/**
	 * Who may commission for each reason (ADR 0036): the LA's duties under s19 EA 1996
	 * (from the sixth day of a permanent exclusion; provision an EHC plan specifies, s42
	 * CFA 2014), the governing board's for a suspension's sixth day (2007 regulations)
	 * and an off-site direction (s29A EA 2002); health needs and other reasons either.
	 */
	static Set<Commissioner> mayCommission(PlacementReason reason) {
		return switch (reason) {
			case PERMANENT_EXCLUSION, EHC_PLAN_PROVISION -> EnumSet.of(Commissioner.LOCAL_AUTHORITY);
			case SUSPENSION_SIXTH_DAY, OFF_SITE_DIRECTION -> EnumSet.of(Commissioner.SCHOOL);
			case HEALTH_NEEDS, OTHER_REASON -> EnumSet.of(Commissioner.SCHOOL, Commissioner.LOCAL_AUTHORITY);
			case NOT_RECORDED -> EnumSet.noneOf(Commissioner.class);
		};
	}

	/** A placement that provides for an exclusion names it; no other does. */
	static boolean forAnExclusion(PlacementReason reason) {
		return reason == PlacementReason.PERMANENT_EXCLUSION || reason == PlacementReason.SUSPENSION_SIXTH_DAY;
	}

	private final PlacementStore store;

	private final ExclusionStore exclusions;

	private final Rolls rolls;

	private final Localities localities;

	private final LostRaceRetry retry;

	private final Clock clock;

	public PlacementKeeping(PlacementStore store, ExclusionStore exclusions, Rolls rolls, Localities localities,
			LostRaceRetry retry, Clock clock) {
		this.store = store;
		this.exclusions = exclusions;
		this.rolls = rolls;
		this.localities = localities;
		this.retry = retry;
		this.clock = clock;
	}

	public ApPlacement record(Caller caller, PlacementRequest request) {
		List<Violation> invalid = new ArrayList<>();
		Upn upn = RequestFields.upn(request.upn(), invalid);
		Commissioner commissioner = named("commissionedBy", request.commissionedBy(), Commissioner.class, invalid);
		PlacementReason reason = named("reason", request.reason(), PlacementReason.class, invalid);
		String urn = urn("schoolUrn", request.schoolUrn(), commissioner == Commissioner.SCHOOL, invalid);
		if (commissioner != null && reason != null && !mayCommission(reason).contains(commissioner)) {
			invalid.add(new Violation("commissionedBy", "a placement for " + reason + " is commissioned by "
					+ mayCommission(reason) + ", not " + commissioner));
		}
		String exclusionId = exclusionId(request.exclusionId(), reason, upn, invalid);
		if (invalid.isEmpty()) {
			PlacementAccess.checkMayCommission(caller, commissioner, urn);
		}
		String provider = TextField.NAME.check("providerName", request.providerName(), invalid);
		if (provider == null && invalid.stream().noneMatch(v -> v.field().equals("providerName"))) {
			invalid.add(new Violation("providerName", "the provider's name is required"));
		}
		String providerUrn = urn("providerUrn", request.providerUrn(), false, invalid);
		ProvisionSetting setting = named("setting", request.setting(), ProvisionSetting.class, invalid);
		LocalDate start = RequestFields.date("startDate", request.startDate(), true, invalid);
		LocalDate end = RequestFields.date("endDate", request.endDate(), false, invalid);
		if (start != null && end != null && end.isBefore(start)) {
			invalid.add(new Violation("endDate", "the end (" + end + ") is before the start (" + start + ")"));
		}
		int sessions = sessions(request.sessionsPerWeek(), invalid);
		if (request.awayFromHomeLocality() == null) {
			invalid.add(new Violation("awayFromHomeLocality",
					"whether the provider is outside the pupil's home locality is required (true or false)"));
		}
		LocalDate reviewsBy = (start != null && end != null && end.isBefore(start)) ? null : end;
		List<LocalDate> reviews = RequestFields.reviewDates(request.reviewDates(),
				(reason == PlacementReason.OFF_SITE_DIRECTION) ? "an off-site direction is reviewed: at least one date"
						: null,
				start, reviewsBy, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		// a placement for an exclusion concerns the excluding school, which sees it
		String school = (exclusionId != null) ? excludingSchool(upn, exclusionId, reason, start, urn) : urn;
		if (commissioner == Commissioner.SCHOOL && !this.rolls.onRoll(urn, upn, start)) {
			RequestFields.rule("upn", "pupil " + upn.value() + " is not on the roll of school " + urn + " on " + start);
		}
		return this.retry.untilWon("ap-placement", () -> {
			PupilPlacements held = this.store.find(upn);
			for (ApPlacement other : held.placements()) {
				if (other.startDate().equals(start) && other.providerName().equalsIgnoreCase(provider)) {
					throw new ProblemException(Problem.CONFLICT,
							"this placement is recorded already as " + other.id()
									+ "; a retry carries the same Idempotency-Key",
							List.of(new Violation("startDate", provider + " already starts on " + start)));
				}
			}
			int alongside = held.placements()
				.stream()
				.filter(other -> other.outcome() == null && other.overlaps(start, (end != null) ? end : LocalDate.MAX))
				.mapToInt(ApPlacement::sessionsPerWeek)
				.sum();
			if (alongside + sessions > FULL_TIME_SESSIONS) {
				RequestFields.rule("sessionsPerWeek",
						"with the pupil's other placements at the time (" + alongside + " sessions) this makes "
								+ (alongside + sessions) + ", over a full week of " + FULL_TIME_SESSIONS);
			}
			ApPlacement fresh = new ApPlacement(held.nextPlacementId(), upn, school, commissioner, reason, exclusionId,
					provider, providerUrn, setting, start, end, sessions, request.awayFromHomeLocality(), reviews,
					List.of(), null, null, caller.subject(), this.clock.instant());
			boolean saved = this.store.save(held.with(fresh), List
				.of(PlacementChanges.placement(fresh, ChangeType.CREATED, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(fresh) : Optional.empty();
		}, () -> "pupil " + upn.value() + "'s placements kept changing");
	}

	/**
	 * Records a review as done, with the next review date. The same again changes
	 * nothing.
	 */
	public ApPlacement review(Caller caller, String id, String reviewedOnValue, String nextReviewOnValue) {
		Upn upn = upnOf(id, PupilPlacements.PLACEMENT);
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
		return this.retry.untilWon("ap-placement-review", () -> {
			PupilPlacements held = this.store.find(upn);
			ApPlacement placement = held.placement(id)
				.orElseThrow(() -> ProblemException.notFound("no placement " + id));
			PlacementAccess.checkMayUpdate(caller, placement);
			if (reviewedOn.isBefore(placement.startDate()) || reviewedOn.isAfter(today)) {
				RequestFields.rule("reviewedOn", "a review is dated from the placement's start ("
						+ placement.startDate() + ") to today (" + today + "), not " + reviewedOn);
			}
			if (placement.reviewsDone().contains(reviewedOn)
					&& (next == null || placement.reviewDates().contains(next))) {
				return Optional.of(placement);
			}
			ApPlacement reviewed = placement.reviewed(reviewedOn, next);
			boolean saved = this.store.save(held.with(reviewed), List.of(PlacementChanges.placement(reviewed,
					ChangeType.UPDATED, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(reviewed) : Optional.empty();
		}, () -> "placement " + id + " kept changing");
	}

	/**
	 * Records how a placement ended, on its last day. The same again changes nothing; a
	 * different outcome once one is recorded is a conflict.
	 */
	public ApPlacement end(Caller caller, String id, String endDateValue, String outcomeValue,
			String destinationValue) {
		Upn upn = upnOf(id, PupilPlacements.PLACEMENT);
		List<Violation> invalid = new ArrayList<>();
		LocalDate end = RequestFields.date("endDate", endDateValue, true, invalid);
		PlacementOutcome outcome = named("outcome", outcomeValue, PlacementOutcome.class, invalid);
		String destination = urn("destinationUrn", destinationValue, outcome == PlacementOutcome.NEW_SCHOOL, invalid);
		if (destination != null && outcome != null && outcome != PlacementOutcome.NEW_SCHOOL) {
			invalid.add(new Violation("destinationUrn", "a destination school is named for NEW_SCHOOL only"));
		}
		LocalDate today = LocalDate.now(this.clock);
		if (end != null && end.isAfter(today)) {
			invalid.add(new Violation("endDate",
					"an outcome is recorded once it happened: " + end + " is after today, " + today));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return this.retry.untilWon("ap-placement-outcome", () -> {
			PupilPlacements held = this.store.find(upn);
			ApPlacement placement = held.placement(id)
				.orElseThrow(() -> ProblemException.notFound("no placement " + id));
			PlacementAccess.checkMayUpdate(caller, placement);
			if (end.isBefore(placement.startDate())) {
				RequestFields.rule("endDate",
						"the end (" + end + ") is before the start (" + placement.startDate() + ")");
			}
			if (placement.outcome() != null) {
				if (placement.outcome() == outcome && end.equals(placement.endDate())) {
					return Optional.of(placement);
				}
				throw new ProblemException(Problem.CONFLICT, "placement " + id + " ended already",
						List.of(new Violation("outcome",
								placement.outcome() + " on " + placement.endDate() + " is recorded already")));
			}
			ApPlacement ended = placement.ended(end, outcome, destination);
			boolean saved = this.store.save(held.with(ended), List
				.of(PlacementChanges.placement(ended, ChangeType.UPDATED, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(ended) : Optional.empty();
		}, () -> "placement " + id + " kept changing");
	}

	public ManagedMove recordMove(Caller caller, MoveRequest request) {
		List<Violation> invalid = new ArrayList<>();
		Upn upn = RequestFields.upn(request.upn(), invalid);
		String from = urn("fromSchoolUrn", request.fromSchoolUrn(), true, invalid);
		String to = urn("toSchoolUrn", request.toSchoolUrn(), true, invalid);
		if (from != null && from.equals(to)) {
			invalid.add(new Violation("toSchoolUrn", "a managed move is to another school than " + from));
		}
		if (invalid.isEmpty()) {
			PlacementAccess.checkMayRecordMove(caller, from);
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = RequestFields.date("startDate", request.startDate(), true, invalid);
		for (String field : List.of("parentAgreedOn", "newSchoolAgreedOn")) {
			String value = field.equals("parentAgreedOn") ? request.parentAgreedOn() : request.newSchoolAgreedOn();
			LocalDate agreed = RequestFields.date(field, value, true, invalid);
			if (agreed != null && agreed.isAfter(today)) {
				invalid.add(new Violation(field,
						"an agreement is recorded once given: " + agreed + " is after today, " + today));
			}
			else if (agreed != null && start != null && agreed.isAfter(start)) {
				invalid.add(new Violation(field,
						"a managed move begins only once agreed: agreed " + agreed + ", after its start " + start));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		LocalDate parentAgreed = LocalDate.parse(request.parentAgreedOn());
		LocalDate schoolAgreed = LocalDate.parse(request.newSchoolAgreedOn());
		if (!this.rolls.onRoll(from, upn, parentAgreed)) {
			RequestFields.rule("upn",
					"pupil " + upn.value() + " is not on the roll of school " + from + " on " + parentAgreed);
		}
		return this.retry.untilWon("managed-move", () -> {
			PupilPlacements held = this.store.find(upn);
			for (ManagedMove other : held.moves()) {
				if (other.toSchoolUrn().equals(to) && other.startDate().equals(start)) {
					throw new ProblemException(Problem.CONFLICT,
							"this managed move is recorded already as " + other.id()
									+ "; a retry carries the same Idempotency-Key",
							List.of(new Violation("startDate", "a move to " + to + " already starts on " + start)));
				}
				if (other.outcome() == null) {
					RequestFields.rule("upn", "managed move " + other.id() + " to school " + other.toSchoolUrn()
							+ " has no outcome yet; record it first");
				}
			}
			ManagedMove fresh = new ManagedMove(held.nextMoveId(), upn, from, to, parentAgreed, schoolAgreed, start,
					null, null, caller.subject(), this.clock.instant());
			boolean saved = this.store.save(held.with(fresh), List
				.of(PlacementChanges.move(fresh, ChangeType.CREATED, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(fresh) : Optional.empty();
		}, () -> "pupil " + upn.value() + "'s moves kept changing");
	}

	/**
	 * Records how a managed move ended. {@code ON_ROLL} is checked against the new
	 * school's roll that day; the same again changes nothing, another outcome is a
	 * conflict.
	 */
	public ManagedMove endMove(Caller caller, String id, String outcomeValue, String onValue) {
		Upn upn = upnOf(id, PupilPlacements.MOVE);
		List<Violation> invalid = new ArrayList<>();
		MoveOutcome outcome = named("outcome", outcomeValue, MoveOutcome.class, invalid);
		LocalDate on = RequestFields.date("on", onValue, true, invalid);
		LocalDate today = LocalDate.now(this.clock);
		if (on != null && on.isAfter(today)) {
			invalid.add(new Violation("on", "an outcome is recorded once it happened: " + on + " is after today"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return this.retry.untilWon("managed-move-outcome", () -> {
			PupilPlacements held = this.store.find(upn);
			ManagedMove move = held.move(id).orElseThrow(() -> ProblemException.notFound("no managed move " + id));
			PlacementAccess.checkMayEndMove(caller, move);
			if (move.outcome() != null) {
				if (move.outcome() == outcome && on.equals(move.outcomeOn())) {
					return Optional.of(move);
				}
				throw new ProblemException(Problem.CONFLICT, "managed move " + id + " ended already", List
					.of(new Violation("outcome", move.outcome() + " on " + move.outcomeOn() + " is recorded already")));
			}
			if (outcome == MoveOutcome.WITHDRAWN ? !on.isBefore(move.startDate()) : on.isBefore(move.startDate())) {
				RequestFields.rule("on",
						(outcome == MoveOutcome.WITHDRAWN) ? "a move is withdrawn before its start, " + move.startDate()
								: outcome + " is from the start, " + move.startDate() + ", not " + on);
			}
			if (outcome == MoveOutcome.ON_ROLL && !this.rolls.onRoll(move.toSchoolUrn(), upn, on)) {
				RequestFields.rule("outcome",
						"attendance-service's roll of school " + move.toSchoolUrn() + " does not hold pupil "
								+ upn.value() + " on " + on + "; the new school admits the pupil first");
			}
			ManagedMove ended = move.ended(outcome, on);
			boolean saved = this.store.save(held.with(ended), List
				.of(PlacementChanges.move(ended, ChangeType.UPDATED, held.version() + 1, this.clock.instant())));
			return saved ? Optional.of(ended) : Optional.empty();
		}, () -> "managed move " + id + " kept changing");
	}

	public ApPlacement placement(Caller caller, String id) {
		PlacementAccess.checkMayRead(caller);
		ApPlacement placement = this.store.find(upnOf(id, PupilPlacements.PLACEMENT))
			.placement(id)
			.orElseThrow(() -> ProblemException.notFound("no placement " + id));
		if (!PlacementAccess.visibleTo(caller, this.localities).test(placement.schoolUrn())) {
			throw ProblemException.notFound("no placement " + id + " at a school you act for");
		}
		return placement;
	}

	public ManagedMove move(Caller caller, String id) {
		PlacementAccess.checkMayRead(caller);
		ManagedMove move = this.store.find(upnOf(id, PupilPlacements.MOVE))
			.move(id)
			.orElseThrow(() -> ProblemException.notFound("no managed move " + id));
		Predicate<String> visible = PlacementAccess.visibleTo(caller, this.localities);
		if (!visible.test(move.fromSchoolUrn()) && !visible.test(move.toSchoolUrn())) {
			throw ProblemException.notFound("no managed move " + id + " of a school you act for");
		}
		return move;
	}

	/** The pupil's placements and moves the caller may see, with their alerts. */
	public PupilProvision ofPupil(Caller caller, String upnValue) {
		PlacementAccess.checkMayRead(caller);
		Upn upn = Upn.parse("upn", upnValue);
		Predicate<String> visible = PlacementAccess.visibleTo(caller, this.localities);
		PupilPlacements held = this.store.find(upn);
		List<RaisedAlert> alerts = PlacementAlerts.of(this.exclusions.find(upn), held, LocalDate.now(this.clock))
			.stream()
			.filter(alert -> visible.test(alert.schoolUrn()))
			.toList();
		return new PupilProvision(upn, held.placements().stream().filter(p -> visible.test(p.schoolUrn())).toList(),
				held.moves()
					.stream()
					.filter(m -> visible.test(m.fromSchoolUrn()) || visible.test(m.toSchoolUrn()))
					.toList(),
				alerts);
	}

	/**
	 * The alerts the caller may see, county-wide: every permanently excluded pupil
	 * (whether or not any placement is held) and every pupil with a placement or move.
	 */
	public List<RaisedAlert> alerts(Caller caller, Set<PlacementAlert> only) {
		PlacementAccess.checkMayRead(caller);
		Predicate<String> visible = PlacementAccess.visibleTo(caller, this.localities);
		LocalDate today = LocalDate.now(this.clock);
		List<RaisedAlert> raised = new ArrayList<>();
		java.util.Map<Upn, PupilPlacements> placed = new java.util.HashMap<>();
		this.store.forEach(held -> placed.put(held.upn(), held));
		this.exclusions.forEach(excluded -> {
			PupilPlacements held = placed.remove(excluded.upn());
			if (held == null && excluded.exclusions().stream().noneMatch(Exclusion::permanent)) {
				return;
			}
			raised.addAll(
					PlacementAlerts.of(excluded, (held != null) ? held : PupilPlacements.none(excluded.upn()), today));
		});
		placed.values()
			.forEach(held -> raised.addAll(PlacementAlerts.of(PupilExclusions.none(held.upn()), held, today)));
		return raised.stream()
			.filter(alert -> only.contains(alert.alert()) && visible.test(alert.schoolUrn()))
			.sorted(Comparator.comparing(RaisedAlert::since)
				.thenComparing(RaisedAlert::upn)
				.thenComparing(RaisedAlert::recordId))
			.toList();
	}

	/**
	 * Alternative provision over an academic year (to today for the current one), of the
	 * placements the caller may see.
	 * @param year the academic year's first calendar year, for example 2026 for 2026/27
	 */
	public ProvisionFigures figures(Caller caller, int year) {
		PlacementAccess.checkMayRead(caller);
		return figuresOf(PlacementAccess.visibleTo(caller, this.localities), year);
	}

	/**
	 * As {@link #figures}, for the county, once the caller's reach is checked elsewhere.
	 */
	public ProvisionFigures figuresOf(Predicate<String> visible, int year) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = LocalDate.of(year, 8, 1);
		LocalDate last = LocalDate.of(year + 1, 7, 31);
		LocalDate asOf = last.isBefore(today) ? last : today;
		List<ApPlacement> seen = new ArrayList<>();
		this.store
			.forEach(held -> held.placements().stream().filter(p -> visible.test(p.schoolUrn())).forEach(seen::add));
		return ProvisionFigures.of(seen, first, asOf);
	}

	private String excludingSchool(Upn upn, String exclusionId, PlacementReason reason, LocalDate start, String urn) {
		Exclusion exclusion = this.exclusions.find(upn)
			.find(exclusionId)
			.orElseThrow(() -> ProblemException
				.ruleBroken(List.of(new Violation("exclusionId", "no exclusion " + exclusionId + " is recorded"))));
		boolean permanent = reason == PlacementReason.PERMANENT_EXCLUSION;
		if (exclusion.permanent() != permanent) {
			RequestFields.rule("exclusionId", exclusionId + " is a " + exclusion.type() + "; a placement for " + reason
					+ " provides for a " + (permanent ? "permanent exclusion" : "suspension"));
		}
		if (PlacementAlerts.sixthDay(exclusion).isEmpty()) {
			RequestFields.rule("exclusionId",
					exclusionId + " is not long enough to need provision from its sixth school day");
		}
		if (start.isBefore(exclusion.startDate())) {
			RequestFields.rule("startDate", "provision for exclusion " + exclusionId
					+ " starts on or after its first day, " + exclusion.startDate());
		}
		if (urn != null && !urn.equals(exclusion.schoolUrn())) {
			RequestFields.rule("exclusionId",
					exclusionId + " is school " + exclusion.schoolUrn() + "'s, not " + urn + "'s");
		}
		return exclusion.schoolUrn();
	}

	private static String exclusionId(String value, PlacementReason reason, Upn upn, List<Violation> invalid) {
		if (reason == null) {
			return null;
		}
		if (!forAnExclusion(reason)) {
			if (value != null) {
				invalid.add(new Violation("exclusionId", "only sixth-day provision names an exclusion, not " + reason));
			}
			return null;
		}
		if (value == null || value.isBlank()) {
			invalid.add(new Violation("exclusionId", "the exclusion this provides for is required for " + reason));
			return null;
		}
		if (upn != null && !value.matches(java.util.regex.Pattern.quote(upn.value()) + "-[1-9]\\d{0,5}")) {
			invalid.add(new Violation("exclusionId",
					"an exclusion of this pupil: " + upn.value() + ", '-' and a number, not '" + value + "'"));
			return null;
		}
		return (upn != null) ? value : null;
	}

	private static <E extends Enum<E>> E named(String field, String value, Class<E> type, List<Violation> invalid) {
		List<String> names = Arrays.stream(type.getEnumConstants())
			.map(Enum::name)
			.filter(name -> !name.equals("NOT_RECORDED"))
			.toList();
		if (value == null || value.isBlank()) {
			invalid.add(new Violation(field, "required: one of " + names));
			return null;
		}
		if (!names.contains(value)) {
			invalid.add(new Violation(field, "'" + value + "' is not one of " + names));
			return null;
		}
		return Enum.valueOf(type, value);
	}

	private static String urn(String field, String value, boolean required, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			if (required) {
				invalid.add(new Violation(field, "the school's URN is required"));
			}
			else if (value != null) {
				invalid.add(new Violation(field, "a URN, or leave it out"));
			}
			return null;
		}
		Optional<String> problem = SchoolIdentifiers.urnProblem(value);
		problem.ifPresent(p -> invalid.add(new Violation(field, p)));
		return problem.isPresent() ? null : value;
	}

	private static int sessions(Integer value, List<Violation> invalid) {
		if (value == null || value < 1 || value > FULL_TIME_SESSIONS) {
			invalid.add(new Violation("sessionsPerWeek",
					"sessions a week at the provider, from 1 to " + FULL_TIME_SESSIONS + " (full time), not " + value));
			return 0;
		}
		return value;
	}

	private static Upn upnOf(String id, String marker) {
		int dash = (id == null) ? -1 : id.lastIndexOf(marker);
		if (dash <= 0 || Upn.problemWith(id.substring(0, dash)).isPresent()
				|| !id.substring(dash + marker.length()).matches("[1-9]\\d{0,5}")) {
			throw ProblemException.invalid("id", "the id is the pupil's UPN, '" + marker + "' and a number");
		}
		return new Upn(id.substring(0, dash));
	}

}
