package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import uk.gov.dorsetcouncil.edu.attendance.register.ReceivedRegister;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterFold;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterIntake;
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
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Bulk ingestion of marks (REST imports and the gRPC stream), with the rules of a single
 * register applied row by row: a known code in force, a valid UPN and URN, a school day
 * in the past or today, a pupil on that school's roll that day, D only for a
 * dual-registered pupil, one mark per pupil-session in a batch (every row of a
 * pupil-session given twice is rejected, since which one was meant cannot be known). A
 * bad row is rejected with its row number and reason; every valid row is stored.
 * <p>
 * Valid rows take one of two paths, school-year by school-year (ADR 0017). Shaped like
 * registers (a few marks per pupil: a school's day, or week), they are taken as each
 * session's register into the school's register inbox, one write per school however many
 * pupils, and folded into the pupils' years in the background. Shaped like history (many
 * marks per pupil), they are grouped by enrolment-year and each year of marks is written
 * once per batch, all years of a batch in one bulk write (ADR 0008), after the school's
 * inbox is folded. Either way a changed mark is recorded as an amendment, as for a single
 * register, and replaying a batch changes nothing.
 */
public final class MarkIngest {

	/** In a batch, a pupil-session given more than once. */
	private static final char CONFLICT = '\u0001';

	private final SchoolDirectory schools;

	private final PupilRecords pupils;

	private final HeldRolls heldRolls;

	private final MarkStore marks;

	private final TermDates termDates;

	private final Clock clock;

	private final RegisterIntake intake;

	private final RegisterFold fold;

	private final int registerMarksPerPupil;

	private final LostRaceRetry retry;

	/**
	 * Rows taken as registers and not yet written when a run writes them without being
	 * asked: about 60 school days of a 400-pupil school.
	 */
	static final int FLUSH_ROWS = 50_000;

	/**
	 * Register-shaped: a school-year's rows in a batch carry at most this many marks per
	 * pupil (ten school days).
	 */
	public static final int REGISTER_MARKS_PER_PUPIL = 20;

	/**
	 * @param heldRolls the rolls held in memory (the read model), asked before the store
	 */
	public MarkIngest(SchoolDirectory schools, PupilRecords pupils, HeldRolls heldRolls, MarkStore marks,
			TermDates termDates, Clock clock, LostRaceRetry retry) {
		this(schools, pupils, heldRolls, marks, termDates, clock, retry, REGISTER_MARKS_PER_PUPIL);
	}

	/**
	 * @param retry how writes that lost their race to another writer are tried again
	 * @param registerMarksPerPupil the most marks per pupil a school-year's rows may
	 * carry in a batch to be taken as registers; 0 writes every batch straight into the
	 * pupils' years
	 */
	public MarkIngest(SchoolDirectory schools, PupilRecords pupils, HeldRolls heldRolls, MarkStore marks,
			TermDates termDates, Clock clock, LostRaceRetry retry, int registerMarksPerPupil) {
		this.schools = schools;
		this.pupils = pupils;
		this.heldRolls = heldRolls;
		this.marks = marks;
		this.termDates = termDates;
		this.clock = clock;
		this.intake = new RegisterIntake(marks, retry);
		this.fold = new RegisterFold(marks, retry);
		this.registerMarksPerPupil = registerMarksPerPupil;
		this.retry = retry;
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

		private final RegisterRows registers = new RegisterRows();

		Run(Caller caller) {
			this.caller = caller;
		}

		/** Checks and stores a batch; once this returns, every stored row is held. */
		public BatchOutcome apply(List<MarkRow> rows) {
			BatchOutcome taken = accept(rows);
			return taken.plus(flush());
		}

		/**
		 * Checks a batch and stores it, except that rows taken as registers may wait in
		 * this run (counted as stored) until {@link #flush} writes them, or until enough
		 * wait: a stream writes many schools' registers at once. The marks they change
		 * are counted when written.
		 */
		public BatchOutcome accept(List<MarkRow> rows) {
			LocalDate today = LocalDate.now(MarkIngest.this.clock);
			List<Rejection> rejected = new ArrayList<>();
			Map<SchoolYear, List<CheckedRow>> bySchoolYear = new LinkedHashMap<>();
			for (MarkRow row : rows) {
				CheckedRow candidate = check(row, today, rejected);
				if (candidate == null) {
					continue;
				}
				Rejection refused = rollProblem(candidate);
				if (refused != null) {
					rejected.add(refused);
					continue;
				}
				bySchoolYear
					.computeIfAbsent(new SchoolYear(candidate.school().urn(), AcademicYear.of(candidate.date())),
							(key) -> new ArrayList<>())
					.add(candidate);
			}
			Map<MarkKey, Pending> years = new LinkedHashMap<>();
			bySchoolYear.forEach((schoolYear, candidates) -> {
				if (registerShaped(candidates)) {
					this.registers.add(candidates, rejected);
				}
				else {
					for (CheckedRow candidate : candidates) {
						AcademicYear year = schoolYear.year();
						years
							.computeIfAbsent(new MarkKey(candidate.school().urn(), candidate.upn(), year),
									(key) -> new Pending(key))
							.want(2 * year.dayIndex(candidate.date()) + candidate.session().ordinal(),
									candidate.code().storage(), candidate.row(), rejected);
					}
				}
			});
			int changed = 0;
			if (!years.isEmpty()) {
				// What waits as registers, here and in the schools' inboxes, goes first.
				changed += flush().changed();
				changed += store(years, rejected);
			}
			if (this.registers.rows() >= FLUSH_ROWS) {
				changed += flush().changed();
			}
			rejected.sort(Comparator.comparingLong(Rejection::row));
			return new BatchOutcome(rows.size(), rows.size() - rejected.size(), changed, rejected);
		}

		/**
		 * Writes the rows taken as registers and waiting in this run, one write per
		 * school into its inbox.
		 * @return the marks they set or changed
		 */
		public BatchOutcome flush() {
			List<ReceivedRegister> waiting = this.registers.take();
			if (waiting.isEmpty()) {
				return BatchOutcome.NONE;
			}
			int changed = 0;
			for (int marks : MarkIngest.this.intake.receive(waiting, this.caller, MarkIngest.this.clock.instant())) {
				changed += marks;
			}
			return new BatchOutcome(0, 0, changed, List.of());
		}

		/** A few marks per pupil: a school's registers, not its pupils' histories. */
		private boolean registerShaped(List<CheckedRow> candidates) {
			int perPupil = MarkIngest.this.registerMarksPerPupil;
			if (perPupil <= 0 || candidates.size() <= perPupil) {
				return perPupil > 0;
			}
			Set<Upn> pupils = new HashSet<>();
			candidates.forEach((candidate) -> pupils.add(candidate.upn()));
			return candidates.size() <= (long) perPupil * pupils.size();
		}

		private CheckedRow check(MarkRow row, LocalDate today, List<Rejection> rejected) {
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
				code = AttendanceCode.fromSymbol(row.code(), session);
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
			return new CheckedRow(row.row(), days.school, upn, day, session, code);
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
		private Rejection rollProblem(CheckedRow candidate) {
			String urn = candidate.school().urn();
			RollStanding held = MarkIngest.this.heldRolls.standing(urn, candidate.upn(), candidate.date());
			boolean dualCode = candidate.code() == AttendanceCode.DUAL_REGISTERED;
			if (held == RollStanding.DUAL || (held == RollStanding.ON_ROLL && !dualCode)) {
				return null;
			}
			Pupil pupil = this.storedPupils.computeIfAbsent(candidate.upn(), (upn) -> MarkIngest.this.pupils.find(upn))
				.orElse(null);
			if (pupil == null || !pupil.onRollOn(urn, candidate.date())) {
				return new Rejection(candidate.row(), "upn", "pupil " + candidate.upn()
						+ " is not on the roll of school " + urn + " on " + candidate.date());
			}
			if (dualCode && !pupil.dualRegisteredOn(urn, candidate.date())) {
				return new Rejection(candidate.row(), "code", RegisterTaking.DUAL_ONLY);
			}
			return null;
		}

		/**
		 * Writes each enrolment-year's marks once, all in one bulk write, after folding
		 * the schools' inboxes (so that no register received earlier lands on them
		 * later).
		 * @return the marks set or changed
		 */
		private int store(Map<MarkKey, Pending> pending, List<Rejection> rejected) {
			Instant now = MarkIngest.this.clock.instant();
			Map<SchoolYear, Set<Integer>> sessions = sessionsBySchoolYear(pending);
			sessions.forEach((schoolYear, indexes) -> MarkIngest.this.fold.foldBeforeWriting(schoolYear.urn(),
					schoolYear.year(), indexes));
			List<Amendment> amendments = new ArrayList<>();
			// Kept between attempts: the years still to write, as last read.
			Map<MarkKey, YearMarks> held = new HashMap<>(MarkIngest.this.marks.findFolded(pending.keySet()));
			Set<MarkKey> remaining = new HashSet<>(pending.keySet());
			Map<MarkKey, Integer> written = new HashMap<>();
			MarkIngest.this.retry.tryToWin("mark-ingest", () -> {
				List<YearMarks> toSave = new ArrayList<>();
				Map<MarkKey, List<Amendment>> changes = new HashMap<>();
				Map<MarkKey, Integer> counts = new HashMap<>();
				for (MarkKey key : remaining) {
					YearMarks current = held.getOrDefault(key, YearMarks.empty(key.urn(), key.upn(), key.year()));
					Pending want = pending.get(key);
					char[] marks = current.sessions().toCharArray();
					List<Amendment> amended = new ArrayList<>();
					int set = 0;
					for (int index = 0; index < want.codes.length; index++) {
						char code = want.codes[index];
						if (code == 0 || code == CONFLICT || marks[index] == code) {
							continue;
						}
						if (marks[index] != YearMarks.NO_MARK) {
							amended.add(amendment(key, current.version() + 1, index, marks[index], code, now));
						}
						marks[index] = code;
						set++;
					}
					if (set > 0) {
						toSave.add(current.withSessions(new String(marks)));
						changes.put(key, amended);
						counts.put(key, set);
					}
				}
				Set<MarkKey> lost = MarkIngest.this.marks.saveAll(toSave);
				for (Map.Entry<MarkKey, Integer> saved : counts.entrySet()) {
					if (!lost.contains(saved.getKey())) {
						written.put(saved.getKey(), saved.getValue());
						amendments.addAll(changes.get(saved.getKey()));
					}
				}
				remaining.retainAll(lost);
				if (remaining.isEmpty()) {
					return Optional.of(written.size());
				}
				held.putAll(MarkIngest.this.marks.findFolded(lost));
				return Optional.empty();
			});
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
			// Which school sessions now have marks, one write per school-year.
			sessionsBySchoolYear(pending).forEach((schoolYear, indexes) -> MarkIngest.this.marks
				.recordSessionsTaken(schoolYear.urn(), schoolYear.year(), indexes, this.caller.subject(), now));
			return written.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** The sessions marked, per school and year. */
		private Map<SchoolYear, Set<Integer>> sessionsBySchoolYear(Map<MarkKey, Pending> pending) {
			Map<SchoolYear, Set<Integer>> taken = new LinkedHashMap<>();
			for (Pending want : pending.values()) {
				Set<Integer> sessions = taken.computeIfAbsent(new SchoolYear(want.key.urn(), want.key.year()),
						(id) -> new TreeSet<>());
				for (int index = 0; index < want.codes.length; index++) {
					if (want.codes[index] != 0 && want.codes[index] != CONFLICT) {
						sessions.add(index);
					}
				}
			}
			taken.values().removeIf(Set::isEmpty);
			return taken;
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
		Optional<String> problem = DateBounds.problemWith(value);
		return problem.isPresent() ? problem.get() : LocalDate.parse(value);
	}

	/** The school and academic year a batch's rows are routed by. */
	private record SchoolYear(String urn, AcademicYear year) {
	}

	/**
	 * A school and, day by day as they are asked about, whether each is a school day: a
	 * stream of one day for thousands of schools asks about one day each.
	 */
	private static final class SchoolDays {

		private final School school;

		private final SchoolCalendar calendar;

		private final Map<AcademicYear, Boolean> covered = new HashMap<>();

		private final Map<LocalDate, String> problems = new HashMap<>();

		SchoolDays(School school, SchoolCalendar calendar) {
			this.school = school;
			this.calendar = calendar;
		}

		/** Why the date is not a school day, or null when it is. */
		String problemWith(LocalDate date) {
			AcademicYear year = AcademicYear.of(date);
			if (!this.covered.computeIfAbsent(year, (asked) -> this.calendar.covers(asked.firstDay()))) {
				return "no term dates are held for " + year + ", so " + date + " cannot be checked";
			}
			return this.problems
				.computeIfAbsent(date,
						(day) -> this.calendar.isSchoolDay(day) ? ""
								: day + " is not a school day for school " + this.school.urn())
				.transform((problem) -> problem.isEmpty() ? null : problem);
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
