package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * One enrolment's marks for one academic year, packed one character per session: AM then
 * PM for each day from 1 August, {@link #NO_MARK} where no register mark is held. A year
 * is about 730 characters, so a pupil's year is one small document read and written whole
 * (ADR 0004).
 *
 * @param urn the school
 * @param upn the pupil
 * @param year the academic year
 * @param sessions the packed marks
 * @param version the stored version, for optimistic updates (0 when not yet stored)
 * @param registersFolded the version of the school's register inbox last folded into this
 * year (ADR 0017), so that folding again after a crash applies nothing twice
 */
public record YearMarks(String urn, Upn upn, AcademicYear year, String sessions, long version, long registersFolded) {

	public static final char NO_MARK = '-';

	public YearMarks {
		if (sessions.length() != 2 * year.lengthInDays()) {
			throw new IllegalArgumentException("a year of marks for " + year + " has " + 2 * year.lengthInDays()
					+ " sessions, not " + sessions.length());
		}
	}

	public YearMarks(String urn, Upn upn, AcademicYear year, String sessions, long version) {
		this(urn, upn, year, sessions, version, 0);
	}

	/** A year with no marks yet. */
	public static YearMarks empty(String urn, Upn upn, AcademicYear year) {
		char[] blank = new char[2 * year.lengthInDays()];
		Arrays.fill(blank, NO_MARK);
		return new YearMarks(urn, upn, year, new String(blank), 0);
	}

	public Optional<AttendanceCode> mark(LocalDate date, Session session) {
		return Optional.ofNullable(AttendanceCode.fromStorage(this.sessions.charAt(index(date, session))));
	}

	/** The same year with one session's mark set. */
	public YearMarks with(LocalDate date, Session session, AttendanceCode code) {
		char[] packed = this.sessions.toCharArray();
		packed[index(date, session)] = code.storage();
		return withSessions(new String(packed));
	}

	/** The same year with these packed marks, as stored at the same version. */
	public YearMarks withSessions(String sessions) {
		return new YearMarks(this.urn, this.upn, this.year, sessions, this.version, this.registersFolded);
	}

	public MarkKey key() {
		return new MarkKey(this.urn, this.upn, this.year);
	}

	/** The index of a session in the packed marks. */
	public int index(LocalDate date, Session session) {
		return 2 * this.year.dayIndex(date) + session.ordinal();
	}

	/** Identifies one enrolment's year of marks. */
	public record MarkKey(String urn, Upn upn, AcademicYear year) {

	}

}
