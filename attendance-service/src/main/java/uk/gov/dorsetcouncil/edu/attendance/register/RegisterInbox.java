package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A school's registers received and not yet folded into its pupils' years (ADR 0017): one
 * document per school, so that a register of any size is acknowledged after one write,
 * and a retry of the same register writes nothing.
 * <p>
 * Beside the days waiting, the inbox says which sessions of each academic year may hold
 * marks outside it ({@link #MARKED_BY_REGISTER} once a register was folded,
 * {@link #MARKED_IN_BULK} once marks were written straight into the pupils' years): only
 * for those does receiving a register read the pupils' years to know the mark it
 * replaces.
 *
 * @param version the stored version, for optimistic writes (0: not stored yet); every
 * change of a day stamps the day with the new version
 * @param marked per academic year (by its start year), one character per session as
 * indexed in {@link YearMarks}: {@link #UNMARKED}, {@link #MARKED_BY_REGISTER} or
 * {@link #MARKED_IN_BULK}
 * @param days the days waiting, in date order
 */
public record RegisterInbox(String urn, long version, Map<Integer, String> marked, List<InboxDay> days) {

	public static final char UNMARKED = '-';

	public static final char MARKED_BY_REGISTER = 'r';

	public static final char MARKED_IN_BULK = 'b';

	public RegisterInbox {
		marked = Map.copyOf(marked);
		days = List.copyOf(days);
	}

	public static RegisterInbox empty(String urn) {
		return new RegisterInbox(urn, 0, Map.of(), List.of());
	}

	/** The day waiting for a date, or null. */
	public InboxDay day(LocalDate date) {
		for (InboxDay day : this.days) {
			if (day.date().equals(date)) {
				return day;
			}
		}
		return null;
	}

	/** Whether marks for a session may be held outside this inbox, and how. */
	public char marked(LocalDate date, Session session) {
		AcademicYear year = AcademicYear.of(date);
		String sessions = this.marked.get(year.startYear());
		return (sessions == null) ? UNMARKED : sessions.charAt(2 * year.dayIndex(date) + session.ordinal());
	}

	/**
	 * The pupils' years to read before receiving these registers: those of pupils whose
	 * mark in a session may be held outside this inbox.
	 */
	public Set<MarkKey> foldedToRead(List<ReceivedRegister> registers) {
		Set<MarkKey> keys = new LinkedHashSet<>();
		for (ReceivedRegister register : registers) {
			if (marked(register.date(), register.session()) == UNMARKED) {
				continue;
			}
			InboxDay day = day(register.date());
			AcademicYear year = AcademicYear.of(register.date());
			for (Upn upn : register.marks().keySet()) {
				int i = (day != null) ? day.indexOf(upn) : -1;
				if (i < 0 || day.mark(i, register.session()) == YearMarks.NO_MARK) {
					keys.add(new MarkKey(this.urn, upn, year));
				}
			}
		}
		return keys;
	}

	/**
	 * What receiving registers did: the inbox as it now is (the same when nothing
	 * changed), how many marks each register set or changed, and the days changed.
	 */
	public record Receipt(RegisterInbox inbox, int[] changed, List<InboxDay> daysChanged) {
	}

	/**
	 * Receives registers, in order: each listed pupil's mark is set; a mark that replaces
	 * another is an amendment (who, when, from, to), whether the mark it replaces is
	 * waiting here or already in the pupil's year ({@code folded}, read as
	 * {@link #foldedToRead} says). A register that changes nothing, for a session already
	 * recorded as taken, leaves the inbox as it is.
	 * @param folded the pupils' years as stored, for the keys {@link #foldedToRead} named
	 */
	public Receipt receive(List<ReceivedRegister> registers, Map<MarkKey, YearMarks> folded, Caller caller,
			Instant now) {
		long next = this.version + 1;
		Map<LocalDate, InboxDay.Draft> drafts = new TreeMap<>();
		int[] changed = new int[registers.size()];
		for (int r = 0; r < registers.size(); r++) {
			ReceivedRegister register = registers.get(r);
			if (!register.urn().equals(this.urn)) {
				throw new IllegalArgumentException(
						"a register of school " + register.urn() + " in the inbox of " + this.urn);
			}
			InboxDay.Draft day = drafts.computeIfAbsent(register.date(), (date) -> {
				InboxDay held = day(date);
				return ((held != null) ? held : InboxDay.empty(date)).draft();
			});
			changed[r] = receive(register, day, folded, caller, now, next);
		}
		List<InboxDay> daysChanged = new ArrayList<>();
		Map<LocalDate, InboxDay> all = new TreeMap<>();
		this.days.forEach((day) -> all.put(day.date(), day));
		for (InboxDay.Draft draft : drafts.values()) {
			if (draft.changed()) {
				InboxDay day = draft.build(next);
				all.put(day.date(), day);
				daysChanged.add(day);
			}
		}
		if (daysChanged.isEmpty()) {
			return new Receipt(this, changed, List.of());
		}
		return new Receipt(new RegisterInbox(this.urn, next, this.marked, new ArrayList<>(all.values())), changed,
				daysChanged);
	}

	private int receive(ReceivedRegister register, InboxDay.Draft day, Map<MarkKey, YearMarks> folded, Caller caller,
			Instant now, long next) {
		Session session = register.session();
		LocalDate date = register.date();
		AcademicYear year = AcademicYear.of(date);
		char recorded = marked(date, session);
		int changed = 0;
		for (Map.Entry<Upn, AttendanceCode> mark : register.marks().entrySet()) {
			Upn upn = mark.getKey();
			int at = day.indexOf(upn);
			char before = (at < 0) ? YearMarks.NO_MARK : day.mark(at, session);
			if (before == YearMarks.NO_MARK && recorded != UNMARKED) {
				YearMarks stored = folded.get(new MarkKey(this.urn, upn, year));
				before = (stored != null) ? stored.sessions().charAt(stored.index(date, session)) : YearMarks.NO_MARK;
			}
			char after = mark.getValue().storage();
			if (before == after) {
				continue;
			}
			day.set(day.listed(upn), session, after);
			changed++;
			if (before != YearMarks.NO_MARK) {
				// Unique per change: the inbox version it made and its place among the
				// day's,
				// padded so that ids sort in the order the changes were made.
				day.amended(new Amendment(
						this.urn + ":" + upn.value() + ":" + year.startYear() + ":r" + String.format("%012d", next)
								+ ":" + String.format("%04d", 2 * year.dayIndex(date) + session.ordinal()) + ":"
								+ String.format("%04d", day.amendments()),
						this.urn, upn, date, session, AttendanceCode.fromStorage(before), mark.getValue(),
						caller.subject(), caller.clientId(), caller.organisation().asHeader(), now));
			}
		}
		RegisterTaken taken = day.taken(session);
		if (taken == null && (changed > 0 || recorded != MARKED_BY_REGISTER)) {
			taken = new RegisterTaken(caller.subject(), now, null, null);
			day.taken(session, taken);
		}
		if (changed > 0) {
			day.taken(session, taken.changed(caller.subject(), now));
		}
		return changed;
	}

	/**
	 * An enrolment's year of marks with the registers waiting here on top: the year as
	 * the pupil's own reads see it. Null when neither is held.
	 * @param folded the year as stored, or null
	 */
	public YearMarks overlay(MarkKey key, YearMarks folded) {
		char[] sessions = null;
		for (InboxDay day : this.days) {
			if (!AcademicYear.of(day.date()).equals(key.year())) {
				continue;
			}
			int i = day.indexOf(key.upn());
			if (i < 0) {
				continue;
			}
			if (sessions == null) {
				sessions = ((folded != null) ? folded : YearMarks.empty(key.urn(), key.upn(), key.year())).sessions()
					.toCharArray();
			}
			int am = 2 * key.year().dayIndex(day.date());
			for (Session session : Session.values()) {
				char mark = day.mark(i, session);
				if (mark != YearMarks.NO_MARK) {
					sessions[am + session.ordinal()] = mark;
				}
			}
		}
		if (sessions == null) {
			return folded;
		}
		return (folded != null) ? folded.withSessions(new String(sessions))
				: new YearMarks(key.urn(), key.upn(), key.year(), new String(sessions), 0);
	}

	/** The amendments waiting here for a pupil. */
	public List<Amendment> amendments(Upn upn) {
		List<Amendment> found = new ArrayList<>();
		for (InboxDay day : this.days) {
			for (Amendment amendment : day.amendments()) {
				if (amendment.upn().equals(upn)) {
					found.add(amendment);
				}
			}
		}
		return found;
	}

	/**
	 * The inbox once these days were folded into the pupils' years: each day gone unless
	 * it changed since (a later version), and its sessions marked as held by register.
	 */
	public RegisterInbox folded(List<InboxDay> foldedDays) {
		Map<LocalDate, Long> folded = new HashMap<>();
		foldedDays.forEach((day) -> folded.put(day.date(), day.received()));
		Map<Integer, char[]> marks = charsOf(this.marked);
		List<InboxDay> left = new ArrayList<>();
		for (InboxDay day : this.days) {
			Long received = folded.get(day.date());
			if (received == null || received != day.received()) {
				left.add(day);
			}
		}
		for (InboxDay day : foldedDays) {
			for (Session session : Session.values()) {
				if (day.taken(session) != null) {
					mark(marks, day.date(), session, MARKED_BY_REGISTER);
				}
			}
		}
		return new RegisterInbox(this.urn, this.version + 1, stringsOf(marks), left);
	}

	/**
	 * The inbox once marks for these sessions of a year were written straight into the
	 * pupils' years, or this inbox when it already says so.
	 */
	public RegisterInbox markedInBulk(AcademicYear year, Set<Integer> sessions) {
		Map<Integer, char[]> marks = charsOf(this.marked);
		char[] held = marks.computeIfAbsent(year.startYear(), (start) -> unmarked(year));
		boolean changed = false;
		for (int session : sessions) {
			if (held[session] == UNMARKED) {
				held[session] = MARKED_IN_BULK;
				changed = true;
			}
		}
		return changed ? new RegisterInbox(this.urn, this.version + 1, stringsOf(marks), this.days) : this;
	}

	private static void mark(Map<Integer, char[]> marks, LocalDate date, Session session, char how) {
		AcademicYear year = AcademicYear.of(date);
		char[] held = marks.computeIfAbsent(year.startYear(), (start) -> unmarked(year));
		held[2 * year.dayIndex(date) + session.ordinal()] = how;
	}

	private static char[] unmarked(AcademicYear year) {
		char[] none = new char[2 * year.lengthInDays()];
		Arrays.fill(none, UNMARKED);
		return none;
	}

	private static Map<Integer, char[]> charsOf(Map<Integer, String> marked) {
		Map<Integer, char[]> chars = new LinkedHashMap<>();
		marked.forEach((year, sessions) -> chars.put(year, sessions.toCharArray()));
		return chars;
	}

	private static Map<Integer, String> stringsOf(Map<Integer, char[]> marks) {
		Map<Integer, String> strings = new LinkedHashMap<>();
		marks.forEach((year, sessions) -> strings.put(year, new String(sessions)));
		return strings;
	}

}
