package uk.gov.dorsetcouncil.edu.attendance.disruption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Disruptions told by transport-service, checked and kept; and the expected marks a
 * school or the local authority reads. Only a platform service with
 * {@code attendance:disruptions} records (transport-service, as itself); a school reads
 * its own expected marks, the local authority any.
 */
public final class DisruptionRecording {

	public static final String SCOPE = "attendance:disruptions";

	static final Set<String> KINDS = Set.of("CANCELLED_RUN", "OPERATOR_FAILURE", "WEATHER", "ROAD_CLOSURE");

	/** A disruption is told within days of it; a year either way is a mistake. */
	static final int MAX_DAYS_AWAY = 366;

	/**
	 * One disruption names at most this many sessions (a county-wide snow day, twice).
	 */
	static final int MAX_SESSIONS = 100_000;

	private final TravelDisruptions store;

	public DisruptionRecording(TravelDisruptions store) {
		this.store = store;
	}

	/** One session as it was sent. */
	public record SessionRequest(String upn, String urn, String date, String session) {
	}

	/** One session's expected mark with the mark recorded so far (null: none). */
	public record Expected(DisruptedSession session, AttendanceCode recorded) {

		public AttendanceCode expected() {
			return ExpectedMarks.EXPECTED;
		}

	}

	/** Marks recorded so far, by pupil, date and session. */
	public interface RecordedMarks {

		Optional<AttendanceCode> mark(String urn, Upn upn, LocalDate date, Session session);

	}

	public int record(Caller caller, String disruptionId, String kind, String description,
			List<SessionRequest> sessions, LocalDate today) {
		if (!caller.hasRole("SERVICE") || !caller.hasScope(SCOPE)) {
			throw ProblemException.forbidden("disruptions are told by the transport service, with " + SCOPE);
		}
		List<Violation> invalid = new ArrayList<>();
		if (disruptionId == null || disruptionId.isBlank()) {
			invalid.add(new Violation("disruptionId", "required"));
		}
		else {
			TextField.LINE.check("disruptionId", disruptionId, invalid);
		}
		if (!KINDS.contains(kind)) {
			invalid.add(new Violation("kind", "one of " + KINDS + "; not '" + kind + "'"));
		}
		TextField.PARAGRAPHS.check("description", description, invalid);
		if (sessions.size() > MAX_SESSIONS) {
			invalid.add(new Violation("sessions", "at most " + MAX_SESSIONS + " sessions a disruption"));
		}
		List<DisruptedSession> checked = new ArrayList<>();
		for (int i = 0; i < sessions.size() && invalid.size() < 20; i++) {
			SessionRequest s = sessions.get(i);
			String at = "sessions[" + i + "]";
			Optional<String> upnProblem = Upn.problemWith(s.upn());
			upnProblem.ifPresent(p -> invalid.add(new Violation(at + ".upn", p)));
			Optional<String> urnProblem = SchoolIdentifiers.urnProblem(s.urn());
			urnProblem.ifPresent(p -> invalid.add(new Violation(at + ".schoolUrn", p)));
			LocalDate date = DateBounds.parse(at + ".date", s.date(), invalid);
			if (s.date() == null || s.date().isBlank()) {
				invalid.add(new Violation(at + ".date", "required"));
			}
			else if (date != null && Math.abs(date.toEpochDay() - today.toEpochDay()) > MAX_DAYS_AWAY) {
				invalid.add(new Violation(at + ".date", "more than a year from today (" + today + ")"));
			}
			Session session = "AM".equals(s.session()) ? Session.AM : "PM".equals(s.session()) ? Session.PM : null;
			if (session == null) {
				invalid.add(new Violation(at + ".session", "AM or PM; not '" + s.session() + "'"));
			}
			if (upnProblem.isEmpty() && urnProblem.isEmpty() && date != null && session != null) {
				checked.add(new DisruptedSession(s.urn(), new Upn(s.upn()), date, session, disruptionId, kind));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		this.store.record(disruptionId, kind, description, checked);
		return checked.size();
	}

	public List<Expected> expected(Caller caller, String urn, String from, String to, RecordedMarks marks) {
		if (!caller.hasScope("attendance:read")) {
			throw ProblemException.forbidden("the scope attendance:read is required");
		}
		if (!caller.actsCountyWide() && !(caller.actsForSchool() && caller.organisation().id().equals(urn))) {
			throw ProblemException.forbidden("a school reads its own expected marks; the local authority any");
		}
		List<Violation> invalid = new ArrayList<>();
		LocalDate first = DateBounds.parse("fromDate", from, invalid);
		LocalDate last = DateBounds.parse("toDate", to, invalid);
		if (invalid.isEmpty() && (first == null || last == null || last.isBefore(first))) {
			invalid.add(new Violation("toDate", "a period from fromDate to toDate (yyyy-MM-dd), in order"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		List<Expected> expected = new ArrayList<>();
		for (List<DisruptedSession> ofPupil : this.store.ofSchool(urn).byPupil().values()) {
			for (DisruptedSession session : ofPupil) {
				if (!session.date().isBefore(first) && !session.date().isAfter(last)) {
					expected.add(new Expected(session,
							marks.mark(urn, session.upn(), session.date(), session.session()).orElse(null)));
				}
			}
		}
		expected.sort(java.util.Comparator.comparing((Expected e) -> e.session().date())
			.thenComparing(e -> e.session().session())
			.thenComparing(e -> e.session().upn().value()));
		return expected;
	}

}
