package uk.gov.dorsetcouncil.edu.belonging.pupil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
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

	/**
	 * This record with the suspensions and permanent exclusions schools recorded here: a
	 * suspension's sessions are its half days (a lunchtime counts as one, as the census
	 * counts it), its reason the first the school gave; a permanent exclusion later
	 * reinstated is not counted.
	 */
	public PupilBelonging including(PupilExclusions recorded) {
		List<Suspension> all = new ArrayList<>(this.suspensions);
		int permanent = this.permanentExclusions;
		for (Exclusion exclusion : recorded.exclusions()) {
			if (exclusion.permanent()) {
				permanent += exclusion.reinstatedOn().isPresent() ? 0 : 1;
			}
			else {
				all.add(new Suspension(exclusion.schoolUrn(), exclusion.startDate(), exclusion.halfDays(),
						exclusion.reasons().get(0).code()));
			}
		}
		all.sort(Comparator.comparing(Suspension::startDate));
		return new PupilBelonging(this.upn, all, permanent, this.onPartTimeTimetable, this.alternativeProvision);
	}

	/** Nothing held: no suspensions, no exclusions, a full-time timetable, no AP. */
	public static PupilBelonging nothingHeld(Upn upn) {
		return new PupilBelonging(upn, List.of(), 0, false, List.of());
	}

}
