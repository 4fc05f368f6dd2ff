package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.CensusTerm;

/**
 * The academic year (1 August to 31 July) or one census term of it that rates cover: a
 * suspension counts in the term it starts, as the census counts it.
 *
 * @param academicYear the calendar year it starts in (2025 for 2025/26)
 * @param term a term, or null for the whole year
 */
public record RatePeriod(int academicYear, CensusTerm.Season term) {

	public boolean includes(LocalDate start) {
		CensusTerm census = CensusTerm.of(start);
		return census.academicYear() == this.academicYear && (this.term == null || census.season() == this.term);
	}

	public String yearLabel() {
		return CensusTerm.academicYearLabel(this.academicYear);
	}

	/**
	 * As the reference figures name their periods: "2023/24 full year", "2023/24 autumn
	 * term".
	 */
	public String label() {
		return yearLabel() + ((this.term == null) ? " full year"
				: " " + this.term.name().toLowerCase(java.util.Locale.ROOT) + " term");
	}

}
