package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolReach;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Takes a session register: checks everything first and stores nothing when anything is
 * wrong; then sets each pupil's mark, recording an amendment for every mark that changes
 * from one code to another, in one write into the school's register inbox (ADR 0017).
 * Taking the same register twice leaves the same state and records nothing new. Pupils
 * the register does not list keep their marks.
 */
public final class RegisterTaking {

	/**
	 * A register is one school's session; the largest Dorset schools have under 2,000.
	 */
	public static final int MAX_MARKS = 5000;

	/**
	 * SI 2024/208 reg 10: D is for a pupil attending another school they are registered
	 * at.
	 */
	public static final String DUAL_ONLY = "D is only for a dual-registered pupil: the pupil is on no other school's roll that day and this enrolment is not recorded as dual";

	private final SchoolDirectory schools;

	private final PupilRecords pupils;

	private final MarkStore marks;

	private final TermDates termDates;

	private final Clock clock;

	private final RegisterIntake intake;

	/**
	 * @param retry how a register whose school's inbox another writer changed first is
	 * tried again
	 */
	public RegisterTaking(SchoolDirectory schools, PupilRecords pupils, MarkStore marks, TermDates termDates,
			Clock clock, LostRaceRetry retry) {
		this.schools = schools;
		this.pupils = pupils;
		this.marks = marks;
		this.termDates = termDates;
		this.clock = clock;
		this.intake = new RegisterIntake(marks, retry);
	}

	/** One line of a register as sent: a UPN and a code symbol, both unchecked. */
	public record MarkLine(String upn, String code) {
	}

	public record Outcome(String urn, LocalDate date, Session session, int marks, int changed) {
	}

	/** A register as held: who took it and each listed pupil's current mark. */
	public record Register(RegisterRecord record, Map<Upn, AttendanceCode> marks) {
	}

	public Outcome take(Caller caller, String urn, String dateValue, String sessionValue, List<MarkLine> lines) {
		Access.requireCountyWideOrSchool(caller, Access.REGISTERS_WRITE, urn);
		List<Violation> invalid = new ArrayList<>();
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> invalid.add(new Violation("urn", problem)));
		LocalDate date = parseDate(dateValue, invalid);
		Session session = parseSession(sessionValue, invalid);
		Map<Upn, AttendanceCode> wanted = parseMarks(lines, session, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		School school = this.schools.find(urn)
			.orElseThrow(() -> ProblemException.notFound("no school with URN " + urn));
		checkDate(school, date);
		Map<Upn, Pupil> known = this.pupils.findAll(wanted.keySet());
		List<Violation> broken = new ArrayList<>();
		int i = 0;
		for (Upn upn : wanted.keySet()) {
			Pupil pupil = known.get(upn);
			if (pupil == null || !pupil.onRollOn(urn, date)) {
				broken.add(new Violation("marks[" + i + "].upn",
						"pupil " + upn + " is not on the roll of school " + urn + " on " + date));
			}
			else if (wanted.get(upn) == AttendanceCode.DUAL_REGISTERED && !pupil.dualRegisteredOn(urn, date)) {
				broken.add(new Violation("marks[" + i + "].code", DUAL_ONLY));
			}
			i++;
		}
		if (!broken.isEmpty()) {
			throw ProblemException.ruleBroken(broken);
		}
		return store(caller, urn, date, session, wanted);
	}

	public Register read(Caller caller, String urn, String dateValue, String sessionValue) {
		SchoolReach.requireSchoolReach(caller, Access.ATTENDANCE_READ, urn, this.schools);
		List<Violation> invalid = new ArrayList<>();
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> invalid.add(new Violation("urn", problem)));
		LocalDate date = parseDate(dateValue, invalid);
		Session session = parseSession(sessionValue, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		RegisterRecord record = this.marks.findRegister(urn, date, session)
			.orElseThrow(
					() -> ProblemException.notFound("school " + urn + " has no " + session + " register for " + date));
		AcademicYear year = AcademicYear.of(date);
		List<MarkKey> keys = record.pupils()
			.stream()
			.sorted((a, b) -> a.value().compareTo(b.value()))
			.map((upn) -> new MarkKey(urn, upn, year))
			.toList();
		Map<MarkKey, YearMarks> held = this.marks.findAll(keys);
		Map<Upn, AttendanceCode> current = new LinkedHashMap<>();
		for (MarkKey key : keys) {
			Optional.ofNullable(held.get(key))
				.flatMap((pupilYear) -> pupilYear.mark(date, session))
				.ifPresent((code) -> current.put(key.upn(), code));
		}
		return new Register(record, current);
	}

	/** The amendments to a pupil's marks at a school, oldest first. */
	public List<Amendment> amendments(Caller caller, String urn, String upnValue) {
		SchoolReach.requireSchoolReach(caller, Access.ATTENDANCE_READ, urn, this.schools);
		List<Violation> invalid = new ArrayList<>();
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> invalid.add(new Violation("urn", problem)));
		Upn.problemWith(upnValue).ifPresent((problem) -> invalid.add(new Violation("upn", problem)));
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return this.marks.amendments(urn, new Upn(upnValue));
	}

	private void checkDate(School school, LocalDate date) {
		LocalDate today = LocalDate.now(this.clock);
		if (date.isAfter(today)) {
			throw ProblemException
				.ruleBroken(List.of(new Violation("date", date + " is in the future: registers are taken on the day")));
		}
		SchoolCalendar calendar = new SchoolCalendar(this.termDates, school.closures().keySet());
		if (!calendar.covers(date)) {
			throw ProblemException.ruleBroken(List.of(new Violation("date",
					"no term dates are held for " + AcademicYear.of(date) + ", so " + date + " cannot be checked")));
		}
		if (!calendar.isSchoolDay(date)) {
			throw ProblemException
				.ruleBroken(List.of(new Violation("date", date + " is not a school day for school " + school.urn())));
		}
	}

	/** One write into the school's register inbox (ADR 0017). */
	private Outcome store(Caller caller, String urn, LocalDate date, Session session, Map<Upn, AttendanceCode> wanted) {
		int[] changed = this.intake.receive(List.of(new ReceivedRegister(urn, date, session, wanted)), caller,
				this.clock.instant());
		return new Outcome(urn, date, session, wanted.size(), changed[0]);
	}

	private static LocalDate parseDate(String value, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			invalid.add(new Violation("date", "a date is required, written yyyy-MM-dd"));
			return null;
		}
		return DateBounds.parse("date", value, invalid);
	}

	private static Session parseSession(String value, List<Violation> invalid) {
		try {
			return Session.parse(value);
		}
		catch (IllegalArgumentException ex) {
			invalid.add(new Violation("session", ex.getMessage()));
			return null;
		}
	}

	private static Map<Upn, AttendanceCode> parseMarks(List<MarkLine> lines, Session session, List<Violation> invalid) {
		Map<Upn, AttendanceCode> wanted = new LinkedHashMap<>();
		if (lines == null || lines.isEmpty()) {
			invalid.add(new Violation("marks", "a register has at least one mark"));
			return wanted;
		}
		if (lines.size() > MAX_MARKS) {
			invalid.add(new Violation("marks", "a register has at most " + MAX_MARKS + " marks"));
			return wanted;
		}
		Map<String, Integer> firstSeen = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			MarkLine line = lines.get(i);
			String upnValue = (line == null) ? null : line.upn();
			String symbol = (line == null) ? null : line.code();
			String field = "marks[" + i + "]";
			Optional<String> upnProblem = Upn.problemWith(upnValue);
			upnProblem.ifPresent((problem) -> invalid.add(new Violation(field + ".upn", problem)));
			AttendanceCode code = null;
			try {
				code = AttendanceCode.fromSymbol(symbol, session);
			}
			catch (IllegalArgumentException ex) {
				invalid.add(new Violation(field + ".code", ex.getMessage()));
			}
			if (upnProblem.isPresent()) {
				continue;
			}
			Integer first = firstSeen.putIfAbsent(upnValue, i);
			if (first != null) {
				invalid.add(new Violation(field + ".upn",
						"pupil " + upnValue + " is already marked at marks[" + first + "]; one mark per pupil"));
			}
			else if (code != null) {
				wanted.put(new Upn(upnValue), code);
			}
		}
		return wanted;
	}

}
