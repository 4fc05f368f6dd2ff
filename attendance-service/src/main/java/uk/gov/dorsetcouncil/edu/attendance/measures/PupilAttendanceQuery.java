package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceSummary.Basis;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceSummary.EnrolmentFigures;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolReach;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * A pupil's attendance summary, the same for REST and gRPC. By default the academic year
 * to date, as DfE daily data computes it: each enrolment's own possible sessions from
 * admission (or the period's start) to leaving (or the period's end).
 */
public final class PupilAttendanceQuery {

	/** Long ranges read one document per enrolment and year; keep them bounded. */
	static final int MAX_YEARS = 7;

	private final PupilRecords pupils;

	private final SchoolDirectory schools;

	private final MarkStore marks;

	private final Clock clock;

	public PupilAttendanceQuery(PupilRecords pupils, SchoolDirectory schools, MarkStore marks, Clock clock) {
		this.pupils = pupils;
		this.schools = schools;
		this.marks = marks;
		this.clock = clock;
	}

	/**
	 * @param fromValue first day, optional (yyyy-MM-dd)
	 * @param toValue last day, optional; both absent means the academic year to date
	 */
	public PupilAttendanceSummary summary(Caller caller, String upnValue, String fromValue, String toValue) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		if (!caller.actsCountyWide() && !caller.actsForSchool() && SchoolReach.officerLocality(caller).isEmpty()) {
			throw ProblemException
				.forbidden("only the local authority, locality officers and schools see pupils' attendance");
		}
		List<Violation> invalid = new ArrayList<>();
		Upn.problemWith(upnValue).ifPresent((problem) -> invalid.add(new Violation("upn", problem)));
		LocalDate today = LocalDate.now(this.clock);
		Optional<LocalDate> from = optionalDate("from", fromValue, invalid);
		Optional<LocalDate> to = optionalDate("to", toValue, invalid);
		Basis basis = (from.isEmpty() && to.isEmpty()) ? Basis.ACADEMIC_YEAR_TO_DATE : Basis.DATE_RANGE;
		LocalDate last = to.orElse(today);
		LocalDate first = from.orElse(AcademicYear.of(last).firstDay());
		if (invalid.isEmpty() && last.isBefore(first)) {
			invalid.add(new Violation("to", "the period ends (" + last + ") before it starts (" + first + ")"));
		}
		if (invalid.isEmpty() && AcademicYear.of(last).startYear() - AcademicYear.of(first).startYear() >= MAX_YEARS) {
			invalid.add(new Violation("from", "a period spans at most " + MAX_YEARS + " academic years"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		Upn upn = new Upn(upnValue);
		DateRange period = new DateRange(first, last);
		Optional<Pupil> found = this.pupils.find(upn);
		// A school or locality officer hears the same answer whether the pupil is
		// elsewhere
		// or nowhere, so it cannot probe for children at other schools (ADR 0007).
		if (!caller.actsCountyWide() && found.map(Pupil::enrolments)
			.orElse(List.of())
			.stream()
			.filter((enrolment) -> enrolment.onRollWithin(period).isPresent())
			.noneMatch((enrolment) -> this.schools.find(enrolment.urn())
				.filter((school) -> SchoolReach.reaches(caller, school))
				.isPresent())) {
			throw ProblemException
				.forbidden("pupil " + upn + " was not on the roll of a school this caller sees" + " in the period");
		}
		Pupil pupil = found.orElseThrow(() -> ProblemException.notFound("no pupil with UPN " + upn));
		List<EnrolmentFigures> enrolments = new ArrayList<>();
		SessionCounts combined = SessionCounts.NONE;
		Map<AttendanceCode, Integer> combinedByCode = new EnumMap<>(AttendanceCode.class);
		for (Enrolment enrolment : pupil.enrolments()) {
			Optional<DateRange> onRoll = enrolment.onRollWithin(period);
			if (onRoll.isEmpty()) {
				continue;
			}
			Map<AttendanceCode, Integer> byCode = new EnumMap<>(AttendanceCode.class);
			SessionCounts counts = count(enrolment.urn(), upn, onRoll.get(), byCode);
			combined = combined.plus(counts);
			byCode.forEach((code, sessions) -> combinedByCode.merge(code, sessions, Integer::sum));
			String schoolName = this.schools.find(enrolment.urn()).map(School::name).orElse("");
			enrolments.add(new EnrolmentFigures(enrolment.urn(), schoolName, enrolment.admissionDate(),
					enrolment.leavingDate(), AttendanceFigures.of(counts, byCode)));
		}
		return new PupilAttendanceSummary(upn, basis, first, last, this.clock.instant(),
				AttendanceFigures.of(combined, combinedByCode), enrolments);
	}

	private SessionCounts count(String urn, Upn upn, DateRange onRoll, Map<AttendanceCode, Integer> byCode) {
		List<MarkKey> keys = new ArrayList<>();
		for (AcademicYear year = AcademicYear.of(onRoll.from()); year.startYear() <= AcademicYear.of(onRoll.to())
			.startYear(); year = year.next()) {
			keys.add(new MarkKey(urn, upn, year));
		}
		Map<MarkKey, YearMarks> held = this.marks.findAll(keys);
		SessionCounts counts = SessionCounts.NONE;
		for (YearMarks year : held.values()) {
			counts = counts.plus(SessionCounts.count(year, onRoll));
			SessionCounts.byCode(year, onRoll).forEach((code, sessions) -> byCode.merge(code, sessions, Integer::sum));
		}
		return counts;
	}

	private static Optional<LocalDate> optionalDate(String field, String value, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(DateBounds.parse(field, value, invalid));
	}

}
