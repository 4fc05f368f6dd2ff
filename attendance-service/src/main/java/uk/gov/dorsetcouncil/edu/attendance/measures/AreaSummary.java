package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures for an area (a school, a locality, the LA), labelled with basis, scope and
 * as-of time, as the total and then the groups of each dimension asked for.
 *
 * @param marksUpTo the last day with a mark counted, or null when none are
 * @param suppressed whether small-number suppression was applied
 */
public record AreaSummary(String areaType, String area, String academicYear, String basis, String scope, Instant asOf,
		LocalDate marksUpTo, boolean suppressed, GroupFigures total, List<GroupFigures> groups,
		List<ReferenceFigure> references) {

	public AreaSummary {
		groups = List.copyOf(groups);
		references = List.copyOf(references);
	}

}
