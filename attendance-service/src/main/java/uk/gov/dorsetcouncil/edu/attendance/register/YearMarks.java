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
 */
public record YearMarks(String urn, Upn upn, AcademicYear year, String sessions, long version) {

	public static final char NO_MARK = '-';

	public YearMarks {
		if (sessions.length() != 2 * year.lengthInDays()) {
			throw new IllegalArgumentException("a year of marks for " + year + " has " + 2 * year.lengthInDays()
					+ " sessions, not " + sessions.length());
		}
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
		return new YearMarks(this.urn, this.upn, this.year, new String(packed), this.version);
	}

	public MarkKey key() {
		return new MarkKey(this.urn, this.upn, this.year);
	}

	private int index(LocalDate date, Session session) {
		return 2 * this.year.dayIndex(date) + session.ordinal();
	}

	/** Identifies one enrolment's year of marks. */
	public record MarkKey(String urn, Upn upn, AcademicYear year) {

	}

}
