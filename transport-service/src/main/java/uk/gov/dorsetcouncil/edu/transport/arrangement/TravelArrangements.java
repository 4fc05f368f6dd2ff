package uk.gov.dorsetcouncil.edu.transport.arrangement;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Every travel arrangement the LA holds for a pupil; none is a valid answer. */
public record TravelArrangements(Upn upn, List<TravelArrangement> arrangements) {

	public TravelArrangements {
		arrangements = List.copyOf(arrangements);
	}

	/** Only the arrangements that take the pupil to the given school. */
	public TravelArrangements toSchool(String schoolUrn) {
		return new TravelArrangements(this.upn,
				this.arrangements.stream().filter(arrangement -> arrangement.schoolUrn().equals(schoolUrn)).toList());
	}

}
