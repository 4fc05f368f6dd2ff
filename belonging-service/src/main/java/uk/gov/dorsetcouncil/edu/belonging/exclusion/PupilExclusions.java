package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Every suspension and permanent exclusion of one pupil, at every school, held together:
 * the 45-day limit is a rule over all of them, so it is checked and the new one written
 * in one version-checked write, and two schools recording at once cannot both pass it.
 *
 * @param upn the pupil
 * @param exclusions in the order recorded
 * @param version the stored version (0: none stored)
 */
public record PupilExclusions(Upn upn, List<Exclusion> exclusions, long version) {

	/**
	 * DfE guidance 2024 and s51A EA 2002: at most 45 school days a year, in half days.
	 */
	public static final int YEARLY_LIMIT_HALF_DAYS = 90;

	public PupilExclusions {
		exclusions = List.copyOf(exclusions);
	}

	public static PupilExclusions none(Upn upn) {
		return new PupilExclusions(upn, List.of(), 0);
	}

	/**
	 * Half days of suspension in the academic year (1 August to 31 July) starting in
	 * {@code academicYear}, at every school.
	 */
	public int suspendedHalfDaysIn(int academicYear) {
		return this.exclusions.stream()
			.filter(exclusion -> CensusTerm.academicYearOf(exclusion.startDate()) == academicYear)
			.mapToInt(Exclusion::halfDays)
			.sum();
	}

	/** Half days of suspension from one school in one census term. */
	public int suspendedHalfDaysIn(String schoolUrn, CensusTerm term) {
		return this.exclusions.stream()
			.filter(exclusion -> exclusion.schoolUrn().equals(schoolUrn))
			.filter(exclusion -> CensusTerm.of(exclusion.startDate()).equals(term))
			.mapToInt(Exclusion::halfDays)
			.sum();
	}

	public Optional<Exclusion> find(String id) {
		return this.exclusions.stream().filter(exclusion -> exclusion.id().equals(id)).findFirst();
	}

	/** The id the next one recorded takes. */
	public String nextId() {
		return this.upn.value() + "-" + (this.exclusions.size() + 1);
	}

	PupilExclusions with(Exclusion exclusion) {
		List<Exclusion> all = new ArrayList<>(this.exclusions);
		all.removeIf(held -> held.id().equals(exclusion.id()));
		all.add(exclusion);
		all.sort(java.util.Comparator.comparing(Exclusion::id, PupilExclusions::byNumber));
		return new PupilExclusions(this.upn, all, this.version);
	}

	private static int byNumber(String a, String b) {
		return Integer.compare(number(a), number(b));
	}

	private static int number(String id) {
		return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
	}

}
