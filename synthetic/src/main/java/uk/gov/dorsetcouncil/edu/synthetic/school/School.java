package uk.gov.dorsetcouncil.edu.synthetic.school;

import java.util.List;

/**
 * A fictional school. {@code cohorts} holds the full-scale number of pupils on roll in
 * each year group from {@code lowestYear} to {@code highestYear} at the start of the
 * year; a scale takes a fraction of it. {@code inclusionHubPlaces} is the number of
 * places in a specialist resource provision (an "inclusion hub") at a mainstream school,
 * zero for most.
 */
public record School(int index, String urn, String laestab, String name, Phase phase, Locality locality,
		Governance governance, int lowestYear, int highestYear, int capacity, int inclusionHubPlaces,
		List<Integer> cohorts) {

	public School {
		cohorts = List.copyOf(cohorts);
		if (cohorts.size() != highestYear - lowestYear + 1) {
			throw new IllegalArgumentException("one cohort per year group " + lowestYear + ".." + highestYear);
		}
	}

	/** The LA code in the LAESTAB (838 for Dorset). */
	public String laCode() {
		return this.laestab.substring(0, 3);
	}

	/** The 4-digit DfE establishment number. */
	public String establishmentNumber() {
		return this.laestab.substring(3);
	}

	/** Pupils on roll in a year group at the start of the year, at full scale. */
	public int cohort(int yearGroup) {
		if (yearGroup < this.lowestYear || yearGroup > this.highestYear) {
			return 0;
		}
		return this.cohorts.get(yearGroup - this.lowestYear);
	}

	public int roll() {
		return this.cohorts.stream().mapToInt(Integer::intValue).sum();
	}

}
