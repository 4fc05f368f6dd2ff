package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * That a school's register for one session was taken: by whom and when first, when last
 * changed, and which pupils it marked. The marks themselves live in each pupil's
 * {@link YearMarks}.
 */
public record RegisterRecord(String urn, LocalDate date, Session session, String takenBy, Instant takenAt,
		String lastChangedBy, Instant lastChangedAt, Set<Upn> pupils) {

	public RegisterRecord {
		pupils = Set.copyOf(pupils);
	}

}
