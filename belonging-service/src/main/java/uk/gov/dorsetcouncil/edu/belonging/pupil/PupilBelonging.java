package uk.gov.dorsetcouncil.edu.belonging.pupil;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * What the belonging service holds about a pupil's place in school: suspensions,
 * permanent exclusions and whether the pupil is on a part-time timetable. A pupil with
 * none of these is the common, valid case.
 */
public record PupilBelonging(Upn upn, List<Suspension> suspensions, int permanentExclusions,
		boolean onPartTimeTimetable) {

	public PupilBelonging {
		suspensions = List.copyOf(suspensions);
	}

	/** Nothing held: no suspensions, no exclusions, a full-time timetable. */
	public static PupilBelonging nothingHeld(Upn upn) {
		return new PupilBelonging(upn, List.of(), 0, false);
	}

}
