package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures for an area (a school, a locality, the LA), labelled with basis, scope and
 * as-of time, as the total and then the groups of each dimension asked for.
 *
 * @param basis what the figures cover, in words ("academic year to date", "autumn term
 * 2026/27", "1 Oct 2026 to 31 Oct 2026")
 * @param fromDate the first day covered
 * @param toDate the last day covered
 * @param marksUpTo the last day with a mark counted, or null when none are
 * @param suppressed whether small-number suppression was applied
 * @param references the comparator figures held (national, South West, statistical
 * neighbours)
 * @param comparatorsNotHeld the comparators no figure is held for, named rather than
 * estimated (ADR 0011)
 */
public record AreaSummary(String areaType, String area, String academicYear, String basis, LocalDate fromDate,
		LocalDate toDate, String scope, Instant asOf, LocalDate marksUpTo, boolean suppressed, GroupFigures total,
		List<GroupFigures> groups, List<ReferenceFigure> references, List<String> comparatorsNotHeld) {

	public AreaSummary {
		groups = List.copyOf(groups);
		references = List.copyOf(references);
		comparatorsNotHeld = List.copyOf(comparatorsNotHeld);
	}

}
