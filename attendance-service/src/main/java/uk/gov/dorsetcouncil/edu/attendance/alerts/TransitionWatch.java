package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.measures.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.attendance.measures.SessionCounts;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * The Year 6 to Year 7 transition watch list (Dorset Attendance Strategy priority 4:
 * transition into Year 7 is a focus; severe absence rises from 0.7% in Year 6 to 1.2% in
 * Year 7). Year 6 pupils who are persistently absent now, so that their secondary school
 * can plan for them (P4/001); Year 7 pupils whose absence rose since Year 6, where last
 * year's marks are held.
 */
public final class TransitionWatch {

	private final AlertSettings settings;

	public TransitionWatch(AlertSettings settings) {
		this.settings = settings;
	}

	public enum Reason {

		YEAR_6_PERSISTENT_ABSENCE, YEAR_7_ABSENCE_ROSE

	}

	/**
	 * One pupil on the watch list.
	 *
	 * @param lastYear last academic year's figures across all enrolments, when held
	 */
	public record Entry(Reason reason, String urn, Upn upn, String pupilName, int yearGroup, AttendanceFigures thisYear,
			Optional<AttendanceFigures> lastYear, String why) {
	}

	/**
	 * @param thisYear this academic year to date at the school
	 * @param lastYear last academic year across all the pupil's schools, when held
	 */
	public Optional<Entry> assess(String urn, Upn upn, String pupilName, int yearGroup, SessionCounts thisYear,
			Optional<SessionCounts> lastYear) {
		if (thisYear.possible() < Math.max(1, this.settings.minimumPossibleSessions())) {
			return Optional.empty();
		}
		AttendanceFigures now = AttendanceFigures.of(thisYear);
		Optional<AttendanceFigures> before = lastYear.filter((counts) -> counts.possible() > 0)
			.map(AttendanceFigures::of);
		if (yearGroup == 6 && now.persistentlyAbsent()) {
			return Optional.of(new Entry(Reason.YEAR_6_PERSISTENT_ABSENCE, urn, upn, pupilName, yearGroup, now, before,
					"Year 6, persistently absent (" + now.overallAbsencePercent()
							+ "% of possible sessions missed this year): plan the move to Year 7 with the secondary school"));
		}
		if (yearGroup == 7 && before.isPresent() && thisYear.absent()
				* (long) lastYear.get().possible() > lastYear.get().absent() * (long) thisYear.possible()) {
			return Optional.of(new Entry(Reason.YEAR_7_ABSENCE_ROSE, urn, upn, pupilName, yearGroup, now, before,
					"Year 7, absence rose from " + before.get().overallAbsencePercent() + "% in Year 6 to "
							+ now.overallAbsencePercent() + "% this year"));
		}
		return Optional.empty();
	}

}
