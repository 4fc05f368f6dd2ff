package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.Registration;

/**
 * One school's roll and marks as the read model holds them (ADR 0018): every enrolment
 * the school ever had is a slot (its pupil's UPN as a number, the enrolment's dates, the
 * pupil's {@link Traits}), and each academic year keeps its marks session by session, one
 * byte per slot, with each slot's year-to-date counts kept current as marks change. A
 * school day's marks for every pupil are one small array, allocated when the first mark
 * of that session arrives: a year of a 500-pupil school is about 190 KB, a day of
 * England's 9 million pupils 18 MB.
 * <p>
 * Marks come in two layers, as in the store: those saved in the pupils' years, and those
 * of registers received but not yet folded into the years (ADR 0017), which take
 * precedence until they are folded. Every method holds the school's monitor: a writer
 * changes one school at a time, and a reader adds a school up consistently.
 */
final class SchoolAttendance {

	static final byte ENROLLED = 0;

	/** A pupil held whose enrolments do not include this school. */
	static final byte NOT_ENROLLED = 1;

	/** Marks held for a UPN whose pupil is not held: counted over the whole year. */
	static final byte UNKNOWN_PUPIL = 2;

	private static final int NO_LEAVING = Integer.MAX_VALUE;

	private static final Registration[] REGISTRATIONS = Registration.values();

	final String urn;

	private int size;

	private long[] upns = new long[8];

	private int[] admission = new int[8];

	private int[] leaving = new int[8];

	private byte[] registration = new byte[8];

	private int[] traits = new int[8];

	private int[] dateOfBirth = new int[8];

	private long[] pupilVersion = new long[8];

	private byte[] state = new byte[8];

	/** The slots in UPN order, for look-ups by UPN; slots themselves never move. */
	private long[] sortedUpns = new long[8];

	private int[] sortedSlots = new int[8];

	private final Map<Integer, Year> years = new HashMap<>(4);

	private long version;

	SchoolAttendance(String urn) {
		this.urn = urn;
	}

	synchronized long version() {
		return this.version;
	}

	synchronized int size() {
		return this.size;
	}

	/** Enrolment-years with marks held. */
	synchronized int yearsHeld() {
		int held = 0;
		for (Year year : this.years.values()) {
			for (int slot = 0; slot < this.size; slot++) {
				held += year.held[slot] ? 1 : 0;
			}
		}
		return held;
	}

	/**
	 * Takes a pupil's record as now saved: its enrolment here (null when it has none at
	 * this school) and traits. An older version than the one held changes nothing.
	 */
	synchronized void pupil(long upn, Pupil pupil, Enrolment enrolment) {
		int slot = slotOrAdd(upn);
		if (this.state[slot] != UNKNOWN_PUPIL && this.pupilVersion[slot] >= pupil.version()) {
			return;
		}
		this.pupilVersion[slot] = pupil.version();
		this.traits[slot] = Traits.of(pupil);
		this.dateOfBirth[slot] = (int) pupil.dateOfBirth().toEpochDay();
		if (enrolment == null) {
			this.state[slot] = NOT_ENROLLED;
		}
		else {
			this.state[slot] = ENROLLED;
			this.admission[slot] = (int) enrolment.admissionDate().toEpochDay();
			this.leaving[slot] = (enrolment.leavingDate() != null) ? (int) enrolment.leavingDate().toEpochDay()
					: NO_LEAVING;
			this.registration[slot] = (byte) enrolment.registration().ordinal();
		}
		for (Year year : this.years.values()) {
			year.recount(slot);
		}
		this.version++;
	}

	/**
	 * Takes an enrolment's year of marks as now saved. A version no newer than the one
	 * held changes nothing.
	 */
	synchronized void saved(long upn, YearMarks marks) {
		int slot = slotOrAdd(upn);
		Year year = year(marks.year());
		if (year.held[slot] && marks.version() <= year.savedVersion[slot]) {
			return;
		}
		year.held[slot] = true;
		year.savedVersion[slot] = marks.version();
		String sessions = marks.sessions();
		for (int s = 0; s < sessions.length(); s++) {
			byte mark = Codes.of(sessions.charAt(s));
			byte before = year.saved(slot, s);
			if (mark != before) {
				year.setSaved(slot, s, mark);
				if (year.pending(slot, s) == Codes.NONE) {
					year.changed(slot, s, before, mark);
				}
			}
		}
		this.version++;
	}

	/**
	 * Takes the marks of registers received for a day and not yet folded: {@code am} and
	 * {@code pm} hold each listed pupil's mark (0: none this session).
	 * @param received the register version, which {@link #folded} names again
	 */
	synchronized void received(LocalDate date, long received, long[] pupils, byte[] am, byte[] pm) {
		AcademicYear academicYear = AcademicYear.of(date);
		Year year = year(academicYear);
		int day = academicYear.dayIndex(date);
		year.pendingVersion[day] = received;
		for (int i = 0; i < pupils.length; i++) {
			int slot = slotOrAdd(pupils[i]);
			year.held[slot] = true;
			for (int session = 0; session < 2; session++) {
				byte mark = (session == 0) ? am[i] : pm[i];
				if (mark == Codes.NONE) {
					continue;
				}
				byte before = year.effective(slot, 2 * day + session);
				year.setPending(slot, 2 * day + session, mark);
				if (before != mark) {
					year.changed(slot, 2 * day + session, before, mark);
				}
			}
		}
		this.version++;
	}

	/**
	 * The registers of a day were folded into the pupils' years, as they stood at version
	 * {@code received}: their marks are now those saved, unless a later register for the
	 * day arrived meanwhile.
	 */
	synchronized void folded(LocalDate date, long received) {
		AcademicYear academicYear = AcademicYear.of(date);
		Year year = this.years.get(academicYear.startYear());
		if (year == null) {
			return;
		}
		int day = academicYear.dayIndex(date);
		if (year.pendingVersion[day] != received) {
			return;
		}
		year.pendingVersion[day] = 0;
		for (int s = 2 * day; s <= 2 * day + 1; s++) {
			byte[] row = year.pending[s];
			if (row == null) {
				continue;
			}
			year.pending[s] = null;
			for (int slot = 0; slot < row.length; slot++) {
				if (row[slot] != Codes.NONE && row[slot] != year.saved(slot, s)) {
					year.changed(slot, s, row[slot], year.saved(slot, s));
				}
			}
		}
		this.version++;
	}

	/** Whether the pupil is on this school's roll on a day, as held. */
	synchronized RollStanding standing(long upn, LocalDate date) {
		int slot = slot(upn);
		if (slot < 0 || this.state[slot] != ENROLLED) {
			return RollStanding.NOT_HELD;
		}
		int day = (int) date.toEpochDay();
		if (day < this.admission[slot] || day > this.leaving[slot]) {
			return RollStanding.NOT_ON_ROLL;
		}
		return REGISTRATIONS[this.registration[slot]].dual() ? RollStanding.DUAL : RollStanding.ON_ROLL;
	}

	/** Every enrolment at this school, as held. */
	synchronized List<HeldEnrolment> enrolments() {
		List<HeldEnrolment> all = new ArrayList<>(this.size);
		for (int slot = 0; slot < this.size; slot++) {
			if (this.state[slot] == ENROLLED) {
				all.add(enrolment(slot));
			}
		}
		return all;
	}

	/** Whether the pupil has an enrolment here, as held. */
	synchronized boolean enrolled(long upn) {
		int slot = slot(upn);
		return slot >= 0 && this.state[slot] == ENROLLED;
	}

	/** One pupil's enrolment here, or null. */
	synchronized HeldEnrolment enrolment(long upn) {
		int slot = slot(upn);
		return (slot >= 0 && this.state[slot] == ENROLLED) ? enrolment(slot) : null;
	}

	private HeldEnrolment enrolment(int slot) {
		LocalDate left = (this.leaving[slot] == NO_LEAVING) ? null : LocalDate.ofEpochDay(this.leaving[slot]);
		return new HeldEnrolment(UpnCode.upn(this.upns[slot]),
				new Enrolment(this.urn, LocalDate.ofEpochDay(this.admission[slot]), left,
						REGISTRATIONS[this.registration[slot]]),
				Traits.yearGroup(this.traits[slot]), Traits.socialCarePlan(this.traits[slot]));
	}

	/**
	 * An enrolment's year of marks as held (saved, with registers not yet folded on top),
	 * or null when none is held.
	 */
	synchronized YearMarks marks(long upn, AcademicYear academicYear) {
		int slot = slot(upn);
		Year year = this.years.get(academicYear.startYear());
		if (slot < 0 || year == null || !year.held[slot]) {
			return null;
		}
		char[] sessions = new char[year.sessions];
		for (int s = 0; s < sessions.length; s++) {
			sessions[s] = Codes.storage(year.effective(slot, s));
		}
		return new YearMarks(this.urn, UpnCode.upn(upn), academicYear, new String(sessions), year.savedVersion[slot]);
	}

	/**
	 * An enrolment's counts for the year within its days on roll, or null when no year is
	 * held.
	 */
	synchronized SessionCounts yearToDate(long upn, AcademicYear academicYear) {
		int slot = slot(upn);
		Year year = this.years.get(academicYear.startYear());
		if (slot < 0 || year == null || !year.held[slot]) {
			return null;
		}
		return new SessionCounts(year.possible[slot], year.present[slot], year.educational[slot], year.authorised[slot],
				year.unauthorised[slot]);
	}

	/**
	 * Adds this school's enrolments of a year to an area's counters: each enrolment on
	 * roll that year, in scope, with a possible session.
	 */
	synchronized void addYearToDate(AcademicYear academicYear, ScopeFilter scope, AreaTally tally) {
		Year year = this.years.get(academicYear.startYear());
		if (year == null) {
			return;
		}
		for (int slot = 0; slot < this.size; slot++) {
			if (!year.held[slot] || !year.included(slot) || year.possible[slot] == 0
					|| !scope.includes(this.state[slot], this.dateOfBirth[slot])) {
				continue;
			}
			tally.add(this.traits[slot], year.possible[slot], year.present[slot], year.educational[slot],
					year.authorised[slot], year.unauthorised[slot]);
			if (year.lastMarked[slot] >= 0) {
				tally.marked(year.lastMarked[slot]);
			}
		}
	}

	/**
	 * Adds this school's enrolments for the days {@code first} to {@code last} (indexes
	 * of the year) to an area's counters: possible, authorised and unauthorised sessions
	 * within each enrolment's days on roll; enrolments with no possible session then are
	 * left out.
	 */
	synchronized void addPeriod(AcademicYear academicYear, int first, int last, ScopeFilter scope, AreaTally tally) {
		Year year = this.years.get(academicYear.startYear());
		if (year == null) {
			return;
		}
		int[] counts = new int[3 * this.size];
		int[] lastMarked = new int[this.size];
		Arrays.fill(lastMarked, -1);
		boolean[] counted = counted(year, scope);
		for (int s = 2 * Math.max(0, first); s <= 2 * Math.min(year.days - 1, last) + 1; s++) {
			if (year.saved[s] == null && year.pending[s] == null) {
				continue;
			}
			int day = s / 2;
			for (int slot = 0; slot < this.size; slot++) {
				if (!counted[slot] || day < year.firstOnRoll[slot] || day > year.lastOnRoll[slot]) {
					continue;
				}
				byte mark = year.effective(slot, s);
				if (mark == Codes.NONE) {
					continue;
				}
				lastMarked[slot] = day;
				int category = Codes.category(mark);
				if (category < Codes.NOT_POSSIBLE) {
					counts[3 * slot]++;
					if (category == Codes.AUTHORISED) {
						counts[3 * slot + 1]++;
					}
					else if (category == Codes.UNAUTHORISED) {
						counts[3 * slot + 2]++;
					}
				}
			}
		}
		for (int slot = 0; slot < this.size; slot++) {
			int possible = counts[3 * slot];
			if (!counted[slot] || possible == 0) {
				continue;
			}
			int authorised = counts[3 * slot + 1];
			int unauthorised = counts[3 * slot + 2];
			tally.add(this.traits[slot], possible, possible - authorised - unauthorised, 0, authorised, unauthorised);
			tally.marked(lastMarked[slot]);
		}
	}

	/**
	 * Adds possible, authorised and unauthorised sessions per week of {@link Weeks} for
	 * the days {@code first} to {@code last} to {@code weekly}, three counters a week.
	 */
	synchronized void addWeekly(AcademicYear academicYear, int first, int last, ScopeFilter scope, long[] weekly) {
		Year year = this.years.get(academicYear.startYear());
		if (year == null) {
			return;
		}
		boolean[] counted = counted(year, scope);
		int offset = Weeks.offset(academicYear);
		for (int s = 2 * Math.max(0, first); s <= 2 * Math.min(year.days - 1, last) + 1; s++) {
			if (year.saved[s] == null && year.pending[s] == null) {
				continue;
			}
			int day = s / 2;
			int at = 3 * ((day + offset) / 7);
			for (int slot = 0; slot < this.size; slot++) {
				if (!counted[slot] || day < year.firstOnRoll[slot] || day > year.lastOnRoll[slot]) {
					continue;
				}
				int category = Codes.category(year.effective(slot, s));
				if (category < Codes.NOT_POSSIBLE) {
					weekly[at]++;
					if (category == Codes.AUTHORISED) {
						weekly[at + 1]++;
					}
					else if (category == Codes.UNAUTHORISED) {
						weekly[at + 2]++;
					}
				}
			}
		}
	}

	/** Slots with a year held, on roll that year and in scope. */
	private boolean[] counted(Year year, ScopeFilter scope) {
		boolean[] counted = new boolean[this.size];
		for (int slot = 0; slot < this.size; slot++) {
			counted[slot] = year.held[slot] && year.included(slot)
					&& scope.includes(this.state[slot], this.dateOfBirth[slot]);
		}
		return counted;
	}

	private Year year(AcademicYear academicYear) {
		return this.years.computeIfAbsent(academicYear.startYear(), (start) -> new Year(academicYear));
	}

	private int slot(long upn) {
		int found = Arrays.binarySearch(this.sortedUpns, 0, this.size, upn);
		return (found >= 0) ? this.sortedSlots[found] : -1;
	}

	private int slotOrAdd(long upn) {
		int found = Arrays.binarySearch(this.sortedUpns, 0, this.size, upn);
		if (found >= 0) {
			return this.sortedSlots[found];
		}
		int slot = this.size;
		if (slot == this.upns.length) {
			grow(Math.max(8, slot * 3 / 2));
		}
		this.upns[slot] = upn;
		this.state[slot] = UNKNOWN_PUPIL;
		this.traits[slot] = Traits.UNKNOWN;
		this.leaving[slot] = NO_LEAVING;
		int at = -found - 1;
		System.arraycopy(this.sortedUpns, at, this.sortedUpns, at + 1, this.size - at);
		System.arraycopy(this.sortedSlots, at, this.sortedSlots, at + 1, this.size - at);
		this.sortedUpns[at] = upn;
		this.sortedSlots[at] = slot;
		this.size++;
		for (Year year : this.years.values()) {
			year.recount(slot);
		}
		return slot;
	}

	private void grow(int capacity) {
		this.upns = Arrays.copyOf(this.upns, capacity);
		this.admission = Arrays.copyOf(this.admission, capacity);
		this.leaving = Arrays.copyOf(this.leaving, capacity);
		this.registration = Arrays.copyOf(this.registration, capacity);
		this.traits = Arrays.copyOf(this.traits, capacity);
		this.dateOfBirth = Arrays.copyOf(this.dateOfBirth, capacity);
		this.pupilVersion = Arrays.copyOf(this.pupilVersion, capacity);
		this.state = Arrays.copyOf(this.state, capacity);
		this.sortedUpns = Arrays.copyOf(this.sortedUpns, capacity);
		this.sortedSlots = Arrays.copyOf(this.sortedSlots, capacity);
		for (Year year : this.years.values()) {
			year.grow(capacity);
		}
	}

	/** Who a figure covers, decided per enrolment from what a slot holds. */
	interface ScopeFilter {

		boolean includes(byte state, int dateOfBirth);

	}

	/**
	 * One academic year of the school: marks by session (saved, and received but not
	 * folded), and per slot the counts within its days on roll.
	 */
	private final class Year {

		final int sessions;

		final int days;

		final long firstDay;

		byte[][] saved;

		byte[][] pending;

		/** Per day, the version of the registers received and not yet folded, or 0. */
		final long[] pendingVersion;

		boolean[] held;

		long[] savedVersion;

		/** Days on roll as indexes of the year: first > last when none. */
		short[] firstOnRoll;

		short[] lastOnRoll;

		short[] possible;

		short[] present;

		short[] educational;

		short[] authorised;

		short[] unauthorised;

		/** The last day on roll with any mark, or -1. */
		short[] lastMarked;

		Year(AcademicYear year) {
			this.days = year.lengthInDays();
			this.sessions = 2 * this.days;
			this.firstDay = year.firstDay().toEpochDay();
			this.saved = new byte[this.sessions][];
			this.pending = new byte[this.sessions][];
			this.pendingVersion = new long[this.days];
			int capacity = SchoolAttendance.this.upns.length;
			this.held = new boolean[capacity];
			this.savedVersion = new long[capacity];
			this.firstOnRoll = new short[capacity];
			this.lastOnRoll = new short[capacity];
			this.possible = new short[capacity];
			this.present = new short[capacity];
			this.educational = new short[capacity];
			this.authorised = new short[capacity];
			this.unauthorised = new short[capacity];
			this.lastMarked = new short[capacity];
			for (int slot = 0; slot < SchoolAttendance.this.size; slot++) {
				window(slot);
				this.lastMarked[slot] = -1;
			}
		}

		void grow(int capacity) {
			this.held = Arrays.copyOf(this.held, capacity);
			this.savedVersion = Arrays.copyOf(this.savedVersion, capacity);
			this.firstOnRoll = Arrays.copyOf(this.firstOnRoll, capacity);
			this.lastOnRoll = Arrays.copyOf(this.lastOnRoll, capacity);
			this.possible = Arrays.copyOf(this.possible, capacity);
			this.present = Arrays.copyOf(this.present, capacity);
			this.educational = Arrays.copyOf(this.educational, capacity);
			this.authorised = Arrays.copyOf(this.authorised, capacity);
			this.unauthorised = Arrays.copyOf(this.unauthorised, capacity);
			this.lastMarked = Arrays.copyOf(this.lastMarked, capacity);
		}

		boolean included(int slot) {
			return this.firstOnRoll[slot] <= this.lastOnRoll[slot];
		}

		byte saved(int slot, int session) {
			byte[] row = this.saved[session];
			return (row != null && slot < row.length) ? row[slot] : Codes.NONE;
		}

		byte pending(int slot, int session) {
			byte[] row = this.pending[session];
			return (row != null && slot < row.length) ? row[slot] : Codes.NONE;
		}

		byte effective(int slot, int session) {
			byte pending = pending(slot, session);
			return (pending != Codes.NONE) ? pending : saved(slot, session);
		}

		void setSaved(int slot, int session, byte mark) {
			this.saved[session] = room(this.saved[session], slot);
			this.saved[session][slot] = mark;
		}

		void setPending(int slot, int session, byte mark) {
			this.pending[session] = room(this.pending[session], slot);
			this.pending[session][slot] = mark;
		}

		private byte[] room(byte[] row, int slot) {
			if (row == null) {
				return new byte[SchoolAttendance.this.upns.length];
			}
			return (slot < row.length) ? row : Arrays.copyOf(row, SchoolAttendance.this.upns.length);
		}

		/** A session's mark changed: the counts follow when the day is on roll. */
		void changed(int slot, int session, byte before, byte after) {
			int day = session / 2;
			if (day < this.firstOnRoll[slot] || day > this.lastOnRoll[slot]) {
				return;
			}
			count(slot, before, -1);
			count(slot, after, 1);
			if (after != Codes.NONE && day > this.lastMarked[slot]) {
				this.lastMarked[slot] = (short) day;
			}
			else if (after == Codes.NONE && day == this.lastMarked[slot]) {
				this.lastMarked[slot] = (short) lastMarkedFrom(slot, day);
			}
		}

		private void count(int slot, byte mark, int by) {
			switch (Codes.category(mark)) {
				case Codes.PRESENT -> this.present[slot] += by;
				case Codes.EDUCATIONAL -> this.educational[slot] += by;
				case Codes.AUTHORISED -> this.authorised[slot] += by;
				case Codes.UNAUTHORISED -> this.unauthorised[slot] += by;
				default -> {
					return;
				}
			}
			this.possible[slot] += by;
		}

		/** Counts the slot again over its days on roll (after a roll change). */
		void recount(int slot) {
			window(slot);
			this.possible[slot] = 0;
			this.present[slot] = 0;
			this.educational[slot] = 0;
			this.authorised[slot] = 0;
			this.unauthorised[slot] = 0;
			for (int day = this.firstOnRoll[slot]; day <= this.lastOnRoll[slot]; day++) {
				count(slot, effective(slot, 2 * day), 1);
				count(slot, effective(slot, 2 * day + 1), 1);
			}
			this.lastMarked[slot] = (short) lastMarkedFrom(slot, this.lastOnRoll[slot]);
		}

		private int lastMarkedFrom(int slot, int from) {
			for (int day = from; day >= this.firstOnRoll[slot]; day--) {
				if (effective(slot, 2 * day) != Codes.NONE || effective(slot, 2 * day + 1) != Codes.NONE) {
					return day;
				}
			}
			return -1;
		}

		private void window(int slot) {
			byte standing = SchoolAttendance.this.state[slot];
			int first;
			int last;
			if (standing == UNKNOWN_PUPIL) {
				first = 0;
				last = this.days - 1;
			}
			else if (standing == NOT_ENROLLED) {
				first = 0;
				last = -1;
			}
			else {
				first = (int) Math.max(0, SchoolAttendance.this.admission[slot] - this.firstDay);
				long left = SchoolAttendance.this.leaving[slot];
				last = (int) Math.min(this.days - 1, left - this.firstDay);
				if (last < first) {
					first = 0;
					last = -1;
				}
			}
			this.firstOnRoll[slot] = (short) first;
			this.lastOnRoll[slot] = (short) last;
		}

	}

}
