package uk.gov.dorsetcouncil.edu.attendance.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Folds a school's registers waiting in its inbox into its pupils' years (ADR 0017), in
 * an order that makes a fold stopped anywhere safe to run again, by this or any replica:
 * <ol>
 * <li>the amendments waiting are appended (each has its own id, so again is a
 * no-op);</li>
 * <li>each pupil's year takes the days it has not taken yet, and records the inbox
 * version it now includes ({@link YearMarks#registersFolded()}), in the same versioned
 * write, so a day is never applied twice;</li>
 * <li>each session's register is recorded (idempotent);</li>
 * <li>the days folded leave the inbox, unless a register changed them meanwhile (they are
 * then folded again next time).</li>
 * </ol>
 */
public final class RegisterFold {

	static final int MAX_ATTEMPTS = 10;

	private final MarkStore marks;

	public RegisterFold(MarkStore marks) {
		this.marks = marks;
	}

	/**
	 * Folds everything waiting in the school's inbox.
	 * @return the days folded
	 */
	public int fold(String urn) {
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			RegisterInbox inbox = this.marks.inboxes(List.of(urn)).get(urn);
			if (inbox.days().isEmpty()) {
				return 0;
			}
			fold(urn, inbox.days());
			if (this.marks.saveFolded(inbox.folded(inbox.days()), inbox.days())) {
				return inbox.days().size();
			}
		}
		throw new IllegalStateException("the register inbox of school " + urn + " kept changing while it was folded");
	}

	/**
	 * Before marks are written straight into a school's pupils' years: folds what waits
	 * in its inbox (so that nothing received earlier lands on top of them later) and
	 * records that these sessions of the year may now hold marks outside the inbox.
	 */
	public void foldBeforeWriting(String urn, AcademicYear year, Set<Integer> sessions) {
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			fold(urn);
			RegisterInbox inbox = this.marks.inboxes(List.of(urn)).get(urn);
			if (!inbox.days().isEmpty()) {
				continue;
			}
			RegisterInbox marked = inbox.markedInBulk(year, sessions);
			if (marked == inbox || this.marks.saveInboxes(List.of(marked)).isEmpty()) {
				return;
			}
		}
		throw new IllegalStateException("the register inbox of school " + urn + " kept changing before a bulk write");
	}

	private void fold(String urn, List<InboxDay> days) {
		List<Amendment> amendments = new ArrayList<>();
		Map<MarkKey, List<InboxDay>> byYear = new LinkedHashMap<>();
		for (InboxDay day : days) {
			amendments.addAll(day.amendments());
			AcademicYear year = AcademicYear.of(day.date());
			for (Upn upn : day.pupils()) {
				byYear.computeIfAbsent(new MarkKey(urn, upn, year), (key) -> new ArrayList<>()).add(day);
			}
		}
		this.marks.append(amendments);
		Set<MarkKey> remaining = new LinkedHashSet<>(byYear.keySet());
		for (int attempt = 1; attempt <= MAX_ATTEMPTS && !remaining.isEmpty(); attempt++) {
			Map<MarkKey, YearMarks> held = this.marks.findFolded(remaining);
			List<YearMarks> toSave = new ArrayList<>();
			for (MarkKey key : remaining) {
				YearMarks year = held.getOrDefault(key, YearMarks.empty(key.urn(), key.upn(), key.year()));
				YearMarks folded = withDays(year, key, byYear.get(key));
				if (folded != year) {
					toSave.add(folded);
				}
			}
			remaining = new LinkedHashSet<>(this.marks.saveAll(toSave));
		}
		if (!remaining.isEmpty()) {
			throw new IllegalStateException(
					"the years of marks of school " + urn + " kept changing while its registers were folded");
		}
		for (InboxDay day : days) {
			for (Session session : Session.values()) {
				RegisterTaken taken = day.taken(session);
				if (taken != null) {
					this.marks.foldRegister(urn, day.date(), session, day.listed(session), taken);
				}
			}
		}
	}

	/**
	 * The year with the days it has not taken yet applied, each listed mark set; the same
	 * year when it has taken them all.
	 */
	static YearMarks withDays(YearMarks year, MarkKey key, List<InboxDay> days) {
		char[] sessions = null;
		long folded = year.registersFolded();
		for (InboxDay day : days) {
			if (day.received() <= year.registersFolded()) {
				continue;
			}
			if (sessions == null) {
				sessions = year.sessions().toCharArray();
			}
			int i = day.indexOf(key.upn());
			int am = 2 * key.year().dayIndex(day.date());
			for (Session session : Session.values()) {
				char mark = day.mark(i, session);
				if (mark != YearMarks.NO_MARK) {
					sessions[am + session.ordinal()] = mark;
				}
			}
			folded = Math.max(folded, day.received());
		}
		if (sessions == null) {
			return year;
		}
		return new YearMarks(year.urn(), year.upn(), year.year(), new String(sessions), year.version(), folded);
	}

	/** Every school's inbox with registers waiting: for start-up and a periodic sweep. */
	public Map<String, Integer> foldAll() {
		Map<String, Integer> folded = new HashMap<>();
		for (String urn : this.marks.inboxesWaiting()) {
			folded.put(urn, fold(urn));
		}
		return folded;
	}

}
