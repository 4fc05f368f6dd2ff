package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.transport.arrangement.ArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityAccess;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityAssessing;
import uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSites;

/**
 * Disruptions recorded by the local authority's transport officers: checked (a problem
 * naming the field, nothing stored), resolved to the pupils, schools and sessions, told
 * to attendance (so that Y1 is expected and no alert counts them), and the schools and
 * families told; then kept with a change for the feed.
 */
public final class DisruptionHandling {

	/**
	 * A disruption runs at most this many days (a long closure is recorded by the week).
	 */
	static final int MAX_DAYS = 31;

	/** Recorded at most this far from today, either way. */
	static final int MAX_DAYS_AWAY = 366;

	private final DisruptionStore store;

	private final ArrangementStore arrangements;

	private final SchoolSites schools;

	private final AttendanceNotice attendance;

	private final Clock clock;

	public DisruptionHandling(DisruptionStore store, ArrangementStore arrangements, SchoolSites schools,
			AttendanceNotice attendance, Clock clock) {
		this.store = store;
		this.arrangements = arrangements;
		this.schools = schools;
		this.attendance = attendance;
		this.clock = clock;
	}

	/** A disruption as it was sent. */
	public record Request(String kind, String description, String firstDay, String lastDay, List<String> sessions,
			List<String> routeIds, List<String> schoolUrns) {
	}

	public Disruption record(Caller caller, Request request) {
		EligibilityAccess.checkMayAssess(caller);
		List<Violation> invalid = new ArrayList<>();
		DisruptionKind kind = EligibilityAssessing.named(DisruptionKind.class, "kind", request.kind(), invalid);
		if (request.kind() == null) {
			invalid.add(new Violation("kind", "one of " + Arrays.toString(DisruptionKind.values())));
		}
		String description = null;
		if (request.description() == null || request.description().isBlank()) {
			invalid.add(new Violation("description", "what happened, as schools and families will read it"));
		}
		else {
			description = TextField.PARAGRAPHS.check("description", request.description(), invalid);
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = DateBounds.required("firstDay", request.firstDay(), "the first day disrupted is required",
				invalid);
		LocalDate last = DateBounds.parseOr("lastDay", request.lastDay(), first, invalid);
		if (first != null && Math.abs(first.toEpochDay() - today.toEpochDay()) > MAX_DAYS_AWAY) {
			invalid.add(new Violation("firstDay", "more than a year from today (" + today + ")"));
		}
		if (first != null && last != null
				&& (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() >= MAX_DAYS)) {
			invalid.add(new Violation("lastDay", "on or after firstDay and at most " + MAX_DAYS + " days in all"));
		}
		List<String> sessions = sessions(request.sessions(), invalid);
		Set<String> routes = names("routeIds", request.routeIds(), invalid);
		Set<String> schoolUrns = names("schoolUrns", request.schoolUrns(), invalid);
		if (routes.isEmpty() && schoolUrns.isEmpty() && invalid.isEmpty()) {
			invalid.add(new Violation("routeIds",
					"name the routes stopped, or the schools (schoolUrns) whose " + "transported pupils it stopped"));
		}
		schoolUrns.forEach(
				urn -> SchoolIdentifiers.urnProblem(urn).ifPresent(p -> invalid.add(new Violation("schoolUrns", p))));
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		List<Violation> broken = new ArrayList<>();
		schoolUrns.stream()
			.filter(urn -> this.schools.find(urn).isEmpty())
			.forEach(urn -> broken.add(new Violation("schoolUrns", "no school " + urn + " in Dorset")));
		if (!broken.isEmpty()) {
			throw ProblemException.ruleBroken(broken);
		}
		List<Disruption.AffectedSession> affected = DisruptionRules.affected(first, last, sessions, routes, schoolUrns,
				this.arrangements.all());
		Instant now = this.clock.instant();
		String id = "D-" + first + "-" + (this.store.countStartingOn(first) + 1);
		Disruption disruption = new Disruption(id, kind, description, first, last, sessions, List.copyOf(routes),
				List.copyOf(schoolUrns), affected, List.of(), caller.subject(), now);
		disruption = withNotices(disruption, now);
		try {
			this.attendance.tell(disruption);
		}
		catch (AttendanceNotice.AttendanceUnavailable unavailable) {
			throw new ProblemException(Problem.UNAVAILABLE, "attendance could not be told of the disruption ("
					+ unavailable.getMessage() + "); nothing is kept: try again shortly");
		}
		if (!this.store.add(disruption, List.of(DisruptionChanges.recorded(disruption)))) {
			throw new ProblemException(Problem.CONFLICT, "another disruption took the id " + id + "; send it again");
		}
		return disruption;
	}

	public Disruption find(Caller caller, String id) {
		EligibilityAccess.checkMayRead(caller);
		return visible(caller, this.store.find(id)).orElseThrow(() -> ProblemException.notFound("no disruption " + id));
	}

	public List<Disruption> between(Caller caller, String from, String to) {
		EligibilityAccess.checkMayRead(caller);
		List<Violation> invalid = new ArrayList<>();
		LocalDate first = DateBounds.parse("from", from, invalid);
		LocalDate last = DateBounds.parse("to", to, invalid);
		if (invalid.isEmpty() && (first == null || last == null || last.isBefore(first))) {
			invalid.add(new Violation("to", "a period from 'from' to 'to' (yyyy-MM-dd), in order"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return this.store.overlapping(first, last)
			.stream()
			.map(d -> visible(caller, Optional.of(d)))
			.flatMap(Optional::stream)
			.toList();
	}

	/** The local authority sees all; a school the part about its pupils, if any. */
	private static Optional<Disruption> visible(Caller caller, Optional<Disruption> held) {
		if (held.isEmpty() || caller.actsCountyWide()) {
			return held;
		}
		String urn = caller.organisation().id();
		Disruption d = held.get();
		if (!d.schools().contains(urn)) {
			return Optional.empty();
		}
		return Optional.of(new Disruption(d.id(), d.kind(), d.description(), d.firstDay(), d.lastDay(), d.sessions(),
				d.routeIds(), d.schoolUrns().contains(urn) ? List.of(urn) : List.of(),
				d.affected().stream().filter(a -> a.schoolUrn().equals(urn)).toList(),
				d.notices().stream().filter(n -> n.audience().equals("SCHOOL") && n.recipient().equals(urn)).toList(),
				d.recordedBy(), d.recordedAt()));
	}

	/** One notice to each school affected and one to each family. */
	private Disruption withNotices(Disruption d, Instant now) {
		Map<String, Set<String>> pupilsBySchool = new TreeMap<>();
		Map<String, List<String>> sessionsByPupil = new TreeMap<>();
		for (Disruption.AffectedSession a : d.affected()) {
			pupilsBySchool.computeIfAbsent(a.schoolUrn(), k -> new LinkedHashSet<>()).add(a.upn());
			sessionsByPupil.computeIfAbsent(a.upn(), k -> new ArrayList<>()).add(a.date() + " " + a.session());
		}
		String when = d.firstDay().equals(d.lastDay()) ? "on " + d.firstDay()
				: "from " + d.firstDay() + " to " + d.lastDay();
		List<Disruption.Notice> notices = new ArrayList<>();
		pupilsBySchool.forEach((urn, pupils) -> notices.add(new Disruption.Notice("SCHOOL", urn,
				"Home-to-school transport did not run " + when + " (" + d.kind() + ": " + d.description() + ") for "
						+ pupils.size() + " of your pupils: " + String.join(", ", pupils)
						+ ". Y1 (transport normally provided not available) is the expected mark for their "
						+ String.join(" and ", d.sessions()) + " sessions; attendance alerts do not count them.",
				now)));
		sessionsByPupil.forEach((upn,
				sessions) -> notices.add(new Disruption.Notice("FAMILY", upn,
						"Your child's transport to school will not run " + when + " (" + d.description()
								+ "). These sessions will be recorded as Y1 and not counted against you: "
								+ String.join(", ", sessions) + ".",
						now)));
		return new Disruption(d.id(), d.kind(), d.description(), d.firstDay(), d.lastDay(), d.sessions(), d.routeIds(),
				d.schoolUrns(), d.affected(), notices, d.recordedBy(), d.recordedAt());
	}

	private static List<String> sessions(List<String> given, List<Violation> invalid) {
		if (given == null || given.isEmpty()) {
			return List.of("AM", "PM");
		}
		Set<String> sessions = new LinkedHashSet<>();
		for (String session : given) {
			if ("AM".equals(session) || "PM".equals(session)) {
				sessions.add(session);
			}
			else {
				invalid.add(new Violation("sessions", "AM or PM; not '" + session + "'"));
			}
		}
		return List.copyOf(sessions);
	}

	private static Set<String> names(String field, List<String> given, List<Violation> invalid) {
		Set<String> names = new LinkedHashSet<>();
		if (given == null) {
			return names;
		}
		if (given.size() > 500) {
			invalid.add(new Violation(field, "at most 500"));
			return names;
		}
		for (String name : given) {
			if (name == null || name.isBlank()) {
				invalid.add(new Violation(field, "a blank name"));
			}
			else if (TextField.LINE.problemWith(name).isPresent() || name.length() > 40) {
				invalid.add(new Violation(field, "'" + name + "' is not a route or school identifier"));
			}
			else {
				names.add(name);
			}
		}
		return names;
	}

}
