package uk.gov.dorsetcouncil.edu.synthetic.pupil;

import java.util.List;

/**
 * How many pupils a school has in each year group: on roll at the start of the year (the
 * first {@code hub} of them in its inclusion hub) and joining during it.
 */
public record RollPlan(int lowestYear, List<YearGroup> yearGroups) {

	public RollPlan {
		yearGroups = List.copyOf(yearGroups);
	}

	public int pupils() {
		return this.yearGroups.stream().mapToInt(YearGroup::pupils).sum();
	}

	public YearGroup yearGroup(int year) {
		return this.yearGroups.get(year - this.lowestYear);
	}

	/** Counts in one year group. */
	public record YearGroup(int year, int atStart, int hub, int joiners) {

		public int pupils() {
			return this.atStart + this.joiners;
		}

	}

}
