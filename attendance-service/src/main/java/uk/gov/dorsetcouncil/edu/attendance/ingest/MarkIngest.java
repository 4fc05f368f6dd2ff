package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.measures.RollStanding;
import uk.gov.dorsetcouncil.edu.attendance.register.Amendment;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Bulk ingestion of marks (REST imports and the gRPC stream), with the rules of a single
 * register applied row by row: a known code in force, a valid UPN and URN, a school day
 * in the past or today, a pupil on that school's roll that day, D only for a
 * dual-registered pupil, one mark per pupil-session in a batch (every row of a
 * pupil-session given twice is rejected, since which one was meant cannot be known). A
 * bad row is rejected with its row number and reason; every valid row is stored.
 * <p>
 * Valid rows are grouped by enrolment-year and each year of marks is written once per
 * batch, all years of a batch in one bulk write (ADR 0008). A changed mark is recorded as
 * an amendment, as for a single register. Replaying a batch changes nothing.
 */
public final class MarkIngest {

	static final int MAX_ATTEMPTS = 5;

	/** In a batch, a pupil-session given more than once. */
	private static final char CONFLICT = '\u0001';

	private final SchoolDirectory schools;

	private final PupilRecords pupils;

	private final HeldRolls heldRolls;

	private final MarkStore marks;

	private final TermDates termDates;

	private final Clock clock;

	/**
	 * @param heldRolls the rolls held in memory (the read model), asked before the store
	 */
	public MarkIngest(SchoolDirectory schools, PupilRecords pupils, HeldRolls heldRolls, MarkStore marks,
			TermDates termDates, Clock clock) {
		this.schools = schools;
		this.pupils = pupils;
		this.heldRolls = heldRolls;
		this.marks = marks;
		this.termDates = termDates;
		this.clock = clock;
	}

	/** Starts an ingestion for this caller: scope {@code registers:write}. */
	public Run start(Caller caller) {
		Access.requireScope(caller, Access.REGISTERS_WRITE);
		if (!caller.actsCountyWide() && !caller.actsForSchool()) {
			throw ProblemException.forbidden("only schools, the local authority and platform services send marks");
		}
		return new Run(caller);
	}

	/**
	 * One import or stream: caches what it has looked up (schools' calendars, parsed
	 * dates and UPNs, pupils) for its whole length. Not thread-safe; one per stream.
	 */
	public final class Run {

		private final Caller caller;

		private final Map<String, Object> schoolsByUrn = new HashMap<>();

		private final Map<String, Object> dates = new HashMap<>();

		/**
		 * Pupils read from the store because the rolls held did not settle a row: not on
		 * the roll held, or a D that needs the pupil's other enrolments.
		 */
		private final Map<Upn, Optional<Pupil>> storedPupils = new HashMap<>();

		Run(Caller caller) {
			this.caller = caller;
		}

		public BatchOutcome apply(List<MarkRow> rows) {
			LocalDate today = LocalDate.now(MarkIngest.this.clock);
			List<Rejection> rejected = new ArrayList<>();
			List<Candidate> candidates = new ArrayList<>(rows.size());
			for (MarkRow row : rows) {
				Candidate candidate = check(row, today, rejected);
				if (candidate != null) {
					candidates.add(candidate);
				}
			}
			Map<MarkKey, Pending> pending = new LinkedHashMap<>();
			for (Candidate candidate : candidates) {
				Rejection refused = rollProblem(candidate);
				if (refused != null) {
					rejected.add(refused);
					continue;
				}
				AcademicYear year = AcademicYear.of(candidate.date);
				pending
					.computeIfAbsent(new MarkKey(candidate.school.urn(), candidate.upn, year),
							(key) -> new Pending(key))
					.want(2 * year.dayIndex(candidate.date) + candidate.session.ordinal(), candidate.code.storage(),
							candidate.row, rejected);
			}
			int[] changed = { 0 };
			store(pending, rejected, changed);
			rejected.sort(Comparator.comparingLong(Rejection::row));
			return new BatchOutcome(rows.size(), rows.size() - rejected.size(), changed[0], rejected);
		}

		private Candidate check(MarkRow row, LocalDate today, List<Rejection> rejected) {
			Object school = this.schoolsByUrn.computeIfAbsent(String.valueOf(row.urn()), this::school);
			if (school instanceof String problem) {
				rejected.add(new Rejection(row.row(), "urn", problem));
				return null;
			}
			SchoolDays days = (SchoolDays) school;
			if (!this.caller.actsCountyWide() && !Access.isSchool(this.caller, days.school.urn())) {
				rejected.add(new Rejection(row.row(), "urn", "a school may send only its own registers"));
				return null;
			}
			Upn upn;
			try {
				upn = new Upn(row.upn());
			}
			catch (IllegalArgumentException ex) {
				rejected.add(new Rejection(row.row(), "upn", ex.getMessage()));
				return null;
			}
			Object date = this.dates.computeIfAbsent(String.valueOf(row.date()), MarkIngest::date);
			if (date instanceof String problem) {
				rejected.add(new Rejection(row.row(), "date", problem));
				return null;
			}
			Session session;
			try {
				session = Session.parse(row.session());
			}
			catch (IllegalArgumentException ex) {
				rejected.add(new Rejection(row.row(), "session", ex.getMessage()));
				return null;
			}
			AttendanceCode code;
			try {
				code = AttendanceCode.fromSymbol(row.code());
			}
			catch (IllegalArgumentException ex) {
				rejected.add(new Rejection(row.row(), "code", ex.getMessage()));
				return null;
			}
			LocalDate day = (LocalDate) date;
			if (day.isAfter(today)) {
				rejected.add(new Rejection(row.row(), "date", day + " is in the future: marks are for sessions held"));
				return null;
			}
			String notSchoolDay = days.problemWith(day);
			if (notSchoolDay != null) {
				rejected.add(new Rejection(row.row(), "date", notSchoolDay));
				return null;
			}
			return new Candidate(row.row(), days.school, upn, day, session, code);
		}

		private Object school(String urn) {
			Optional<String> problem = SchoolIdentifiers.urnProblem(urn);
			if (problem.isPresent()) {
				return problem.get();
			}
			Optional<School> school = MarkIngest.this.schools.find(urn);
			if (school.isEmpty()) {
				return "no school with URN " + urn;
			}
			return new SchoolDays(school.get(),
					new SchoolCalendar(MarkIngest.this.termDates, school.get().closures().keySet()));
		}

		/**
		 * Why the pupil may not have this mark: not on the school's roll that day, or D
		 * without dual registration; null when it may. The rolls held settle most rows;
		 * otherwise the pupil is read from the store once per run, so a roll change made
		 * elsewhere (another replica) is seen before a row is rejected.
		 */
		private Rejection rollProblem(Candidate candidate) {
			String urn = candidate.school.urn();
			RollStanding held = MarkIngest.this.heldRolls.standing(urn, candidate.upn, candidate.date);
			boolean dualCode = candidate.code == AttendanceCode.DUAL_REGISTERED;
			if (held == RollStanding.DUAL || (held == RollStanding.ON_ROLL && !dualCode)) {
				return null;
			}
			Pupil pupil = this.storedPupils.computeIfAbsent(candidate.upn, (upn) -> MarkIngest.this.pupils.find(upn))
				.orElse(null);
			if (pupil == null || !pupil.onRollOn(urn, candidate.date)) {
				return new Rejection(candidate.row, "upn",
						"pupil " + candidate.upn + " is not on the roll of school " + urn + " on " + candidate.date);
			}
			if (dualCode && !pupil.dualRegisteredOn(urn, candidate.date)) {
				return new Rejection(candidate.row, "code", RegisterTaking.DUAL_ONLY);
			}
			return null;
		}

		private void store(Map<MarkKey, Pending> pending, List<Rejection> rejected, int[] changed) {
			if (pending.isEmpty()) {
				return;
			}
			Instant now = MarkIngest.this.clock.instant();
			List<Amendment> amendments = new ArrayList<>();
			Map<MarkKey, YearMarks> held = MarkIngest.this.marks.findAll(pending.keySet());
			Set<MarkKey> remaining = new HashSet<>(pending.keySet());
			for (int attempt = 1; attempt <= MAX_ATTEMPTS && !remaining.isEmpty(); attempt++) {
				List<YearMarks> toSave = new ArrayList<>();
				Map<MarkKey, List<Amendment>> changes = new HashMap<>();
				Map<MarkKey, Integer> counts = new HashMap<>();
				for (MarkKey key : remaining) {
					YearMarks current = held.getOrDefault(key, YearMarks.empty(key.urn(), key.upn(), key.year()));
					Pending want = pending.get(key);
					char[] sessions = current.sessions().toCharArray();
					List<Amendment> amended = new ArrayList<>();
					int set = 0;
					for (int index = 0; index < want.codes.length; index++) {
						char code = want.codes[index];
						if (code == 0 || code == CONFLICT || sessions[index] == code) {
							continue;
						}
						if (sessions[index] != YearMarks.NO_MARK) {
							amended.add(amendment(key, current.version() + 1, index, sessions[index], code, now));
						}
						sessions[index] = code;
						set++;
					}
					if (set > 0) {
						toSave.add(new YearMarks(key.urn(), key.upn(), key.year(), new String(sessions),
								current.version()));
						changes.put(key, amended);
						counts.put(key, set);
					}
				}
				Set<MarkKey> lost = MarkIngest.this.marks.saveAll(toSave);
				for (Map.Entry<MarkKey, Integer> saved : counts.entrySet()) {
					if (!lost.contains(saved.getKey())) {
						changed[0] += saved.getValue();
						amendments.addAll(changes.get(saved.getKey()));
					}
				}
				remaining = lost;
				if (!lost.isEmpty()) {
					held = MarkIngest.this.marks.findAll(lost);
				}
			}
			for (MarkKey key : remaining) {
				Pending want = pending.get(key);
				for (int index = 0; index < want.codes.length; index++) {
					if (want.codes[index] != 0 && want.codes[index] != CONFLICT) {
						rejected.add(new Rejection(want.rows[index], "upn", "the marks of pupil " + key.upn()
								+ " kept changing while this batch was stored; send these rows again"));
					}
				}
				pending.remove(key);
			}
			MarkIngest.this.marks.append(amendments);
			recordRegisters(pending, now);
		}

		/** Which school sessions now have marks, one write per school-year. */
		private void recordRegisters(Map<MarkKey, Pending> pending, Instant now) {
			Map<String, Set<Integer>> taken = new LinkedHashMap<>();
			Map<String, MarkKey> example = new HashMap<>();
			for (Pending want : pending.values()) {
				String schoolYear = want.key.urn() + ":" + want.key.year().startYear();
				Set<Integer> sessions = taken.computeIfAbsent(schoolYear, (id) -> new TreeSet<>());
				example.putIfAbsent(schoolYear, want.key);
				for (int index = 0; index < want.codes.length; index++) {
					if (want.codes[index] != 0 && want.codes[index] != CONFLICT) {
						sessions.add(index);
					}
				}
			}
			taken.forEach((schoolYear, sessions) -> {
				if (!sessions.isEmpty()) {
					MarkKey key = example.get(schoolYear);
					MarkIngest.this.marks.recordSessionsTaken(key.urn(), key.year(), sessions, this.caller.subject(),
							now);
				}
			});
		}

		private Amendment amendment(MarkKey key, long version, int index, char from, char to, Instant now) {
			LocalDate date = key.year().firstDay().plusDays(index / 2);
			return new Amendment(
					key.urn() + ":" + key.upn() + ":" + key.year().startYear() + ":" + version + ":" + index, key.urn(),
					key.upn(), date, Session.values()[index % 2], AttendanceCode.fromStorage(from),
					AttendanceCode.fromStorage(to), this.caller.subject(), this.caller.clientId(),
					this.caller.organisation().asHeader(), now);
		}

	}

	private static Object date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return "a date is written yyyy-MM-dd, not '" + value + "'";
		}
	}

	private record Candidate(long row, School school, Upn upn, LocalDate date, Session session, AttendanceCode code) {
	}

	/**
	 * A school and, per academic year, which days are school days (null: no term dates).
	 */
	private static final class SchoolDays {

		private final School school;

		private final SchoolCalendar calendar;

		private final Map<AcademicYear, boolean[]> years = new HashMap<>();

		SchoolDays(School school, SchoolCalendar calendar) {
			this.school = school;
			this.calendar = calendar;
		}

		String problemWith(LocalDate date) {
			AcademicYear year = AcademicYear.of(date);
			boolean[] days = this.years.computeIfAbsent(year, this::days);
			if (days.length == 0) {
				return "no term dates are held for " + year + ", so " + date + " cannot be checked";
			}
			return days[year.dayIndex(date)] ? null : date + " is not a school day for school " + this.school.urn();
		}

		private boolean[] days(AcademicYear year) {
			if (!this.calendar.covers(year.firstDay())) {
				return new boolean[0];
			}
			boolean[] days = new boolean[year.lengthInDays()];
			for (int i = 0; i < days.length; i++) {
				days[i] = this.calendar.isSchoolDay(year.firstDay().plusDays(i));
			}
			return days;
		}

	}

	/** The codes wanted for one enrolment-year in a batch, by session index. */
	private static final class Pending {

		private final MarkKey key;

		private final char[] codes;

		private final long[] rows;

		Pending(MarkKey key) {
			this.key = key;
			this.codes = new char[2 * key.year().lengthInDays()];
			this.rows = new long[this.codes.length];
		}

		void want(int index, char code, long row, List<Rejection> rejected) {
			if (this.codes[index] == 0) {
				this.codes[index] = code;
				this.rows[index] = row;
				return;
			}
			String reason = "pupil " + this.key.upn() + " has more than one mark for this session in the batch (row "
					+ this.rows[index] + "); one mark per pupil and session";
			if (this.codes[index] != CONFLICT) {
				rejected.add(new Rejection(this.rows[index], "upn", "pupil " + this.key.upn()
						+ " has more than one mark for this session in the batch (row " + row + ")"));
				this.codes[index] = CONFLICT;
			}
			rejected.add(new Rejection(row, "upn", reason));
		}

	}

}
