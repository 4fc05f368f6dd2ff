package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.dorsetcouncil.edu.attendance.disruption.DisruptedSession;
import uk.gov.dorsetcouncil.edu.attendance.disruption.ExpectedMarks;
import uk.gov.dorsetcouncil.edu.attendance.disruption.SchoolDisruptions;
import uk.gov.dorsetcouncil.edu.attendance.disruption.TravelDisruptions;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldEnrolment;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Each school's "needs help now" alerts as of a day, computed from its roll, marks and
 * plans and kept until any of them changes (ADR 0018): the roll and marks' version from
 * the read model, the plans' version, the school's record (its closures are its calendar)
 * and the day make the key, so a county-wide count or list recomputes only the schools
 * whose data changed since the last request. Sources that do not track versions are read
 * afresh on every request.
 */
final class SchoolAlerts {

	/** Rolls are taken in chunks this large, with their marks and plans per chunk. */
	static final int CHUNK = 500;

	private static final Comparator<Alert> BY_PUPIL_AND_TYPE = Comparator
		.comparing((Alert alert) -> alert.upn().value())
		.thenComparing(Alert::type);

	private final RollsAndMarks rolls;

	private final AttendancePlans plans;

	private final TermDates termDates;

	private final AlertRules rules;

	private final TravelDisruptions disruptions;

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	SchoolAlerts(RollsAndMarks rolls, AttendancePlans plans, TermDates termDates, AlertSettings settings,
			TravelDisruptions disruptions) {
		this.rolls = rolls;
		this.plans = plans;
		this.termDates = termDates;
		this.rules = new AlertRules(settings);
		this.disruptions = disruptions;
	}

	/**
	 * One pupil's alerts at a school: which types (bits by {@link AlertType} ordinal),
	 * and whether a severely absent pupil has a plan whose review is not overdue.
	 */
	record PupilAlerts(Upn upn, int types, boolean severeWithCurrentPlan) {

		boolean has(AlertType type) {
			return (this.types & (1 << type.ordinal())) != 0;
		}

	}

	/**
	 * A school's alerts as of a day: every alert, in pupil (UPN) then type order, names
	 * not filled in; and each pupil with at least one.
	 */
	record AtSchool(List<Alert> alerts, List<PupilAlerts> pupils) {
	}

	/** The school's travel disruptions are part of the key: a new one recomputes it. */
	private record Key(LocalDate asOf, long rollsVersion, long plansVersion, School school,
			SchoolDisruptions disruptions) {
	}

	private record Held(Key key, AtSchool alerts) {
	}

	AtSchool at(School school, LocalDate today) {
		long rollsVersion = this.rolls.version(school.urn());
		long plansVersion = this.plans.version(school.urn());
		SchoolDisruptions disrupted = this.disruptions.ofSchool(school.urn());
		if (rollsVersion < 0 || plansVersion < 0) {
			return evaluate(school, today, disrupted);
		}
		Key key = new Key(today, rollsVersion, plansVersion, school, disrupted);
		Held kept = this.held.get(school.urn());
		if (kept != null && kept.key().equals(key)) {
			return kept.alerts();
		}
		AtSchool fresh = evaluate(school, today, disrupted);
		this.held.put(school.urn(), new Held(key, fresh));
		return fresh;
	}

	/** Runs the rules for every pupil on the school's roll today. */
	private AtSchool evaluate(School school, LocalDate today, SchoolDisruptions disrupted) {
		AlertRules.Window window = this.rules.window(new SchoolCalendar(this.termDates, school.closures().keySet()),
				today);
		List<Alert> alerts = new ArrayList<>();
		List<PupilAlerts> pupils = new ArrayList<>();
		forEachChunk(this.rolls, school.urn(), today, (chunk) -> {
			Map<Upn, AttendancePlan> planned = this.plans.findAll(school.urn(), chunk.keySet());
			Map<MarkKey, YearMarks> years = yearsAt(this.rolls, school.urn(), chunk.keySet(), today);
			for (HeldEnrolment enrolment : chunk.values()) {
				Optional<AttendancePlan> plan = Optional.ofNullable(planned.get(enrolment.upn()));
				List<Alert> found = this.rules
					.evaluate(excused(history(school.urn(), enrolment, years, today), disrupted), window, plan);
				if (found.isEmpty()) {
					continue;
				}
				int types = 0;
				for (Alert alert : found) {
					types |= 1 << alert.type().ordinal();
				}
				boolean severeWithPlan = (types & (1 << AlertType.SEVERE_ABSENCE.ordinal())) != 0 && plan.isPresent()
						&& !plan.get().reviewOverdue(today);
				pupils.add(new PupilAlerts(enrolment.upn(), types, severeWithPlan));
				alerts.addAll(found);
			}
		});
		alerts.sort(BY_PUPIL_AND_TYPE);
		return new AtSchool(List.copyOf(alerts), List.copyOf(pupils));
	}

	/** Calls back with the school's enrolments on roll today, a chunk at a time. */
	static void forEachChunk(RollsAndMarks rolls, String urn, LocalDate today,
			java.util.function.Consumer<Map<Upn, HeldEnrolment>> work) {
		Map<Upn, HeldEnrolment> onRoll = new HashMap<>();
		for (HeldEnrolment enrolment : rolls.everOnRoll(urn)) {
			if (enrolment.enrolment().onRollOn(today)) {
				onRoll.put(enrolment.upn(), enrolment);
			}
			if (onRoll.size() == CHUNK) {
				work.accept(onRoll);
				onRoll = new HashMap<>();
			}
		}
		if (!onRoll.isEmpty()) {
			work.accept(onRoll);
		}
	}

	/** This year's and last year's marks of these pupils at the school. */
	static Map<MarkKey, YearMarks> yearsAt(RollsAndMarks rolls, String urn, java.util.Set<Upn> upns, LocalDate today) {
		AcademicYear year = AcademicYear.of(today);
		AcademicYear before = new AcademicYear(year.startYear() - 1);
		List<MarkKey> keys = new ArrayList<>();
		for (Upn upn : upns) {
			keys.add(new MarkKey(urn, upn, year));
			keys.add(new MarkKey(urn, upn, before));
		}
		return rolls.findAll(keys);
	}

	/**
	 * The history with the sessions a travel disruption took transport from read as Y1
	 * (not a possible session), so that no alert counts them against the family
	 * ({@link ExpectedMarks}, ADR 0038).
	 */
	static PupilHistory excused(PupilHistory history, SchoolDisruptions disrupted) {
		List<DisruptedSession> sessions = disrupted.of(history.upn());
		if (sessions.isEmpty()) {
			return history;
		}
		Map<AcademicYear, YearMarks> marks = new HashMap<>();
		history.marks().forEach((year, held) -> marks.put(year, ExpectedMarks.asRead(held, sessions)));
		return new PupilHistory(history.urn(), history.upn(), history.pupilName(), history.yearGroup(),
				history.admissionDate(), history.leavingDate(), history.socialCarePlan(), marks);
	}

	/**
	 * One enrolment's marks as the rules read them; the name is filled in for answers.
	 */
	static PupilHistory history(String urn, HeldEnrolment enrolment, Map<MarkKey, YearMarks> years, LocalDate today) {
		Map<AcademicYear, YearMarks> own = new HashMap<>();
		AcademicYear year = AcademicYear.of(today);
		for (AcademicYear each : List.of(year, new AcademicYear(year.startYear() - 1))) {
			YearMarks held = years.get(new MarkKey(urn, enrolment.upn(), each));
			if (held != null) {
				own.put(each, held);
			}
		}
		return new PupilHistory(urn, enrolment.upn(), "", enrolment.yearGroup(), enrolment.enrolment().admissionDate(),
				enrolment.enrolment().leavingDate(), enrolment.socialCarePlan(), own);
	}

}
