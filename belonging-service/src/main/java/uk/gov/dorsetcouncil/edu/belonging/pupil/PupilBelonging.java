package uk.gov.dorsetcouncil.edu.belonging.pupil;

import java.util.Comparator;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * What the belonging service holds about a pupil's place in school: suspensions,
 * permanent exclusions, whether the pupil is on a part-time timetable, and alternative
 * provision placements (earliest first). A pupil with none of these is the common, valid
 * case.
 */
public record PupilBelonging(Upn upn, List<Suspension> suspensions, int permanentExclusions,
		boolean onPartTimeTimetable, List<AlternativeProvisionPlacement> alternativeProvision) {

	public PupilBelonging {
		suspensions = List.copyOf(suspensions);
		alternativeProvision = alternativeProvision.stream()
			.sorted(Comparator.comparing(AlternativeProvisionPlacement::startDate))
			.toList();
	}

	/** Nothing held: no suspensions, no exclusions, a full-time timetable, no AP. */
	public static PupilBelonging nothingHeld(Upn upn) {
		return new PupilBelonging(upn, List.of(), 0, false, List.of());
	}

}
