package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.disclosure.Figures;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Suppressed;

/**
 * An answer's figures as shown: the counts go through the platform's one small-number
 * suppression (DfE <i>Statistical policy statement on confidentiality</i>,
 * domain-rules.md section 7) as one set of figures, and rates are derived from what is
 * left.
 * <ul>
 * <li>The total and every group of every dimension are in the same set, so that a cell
 * hidden in one dimension's groups is not given away by the total another dimension
 * shares.</li>
 * <li>Per dimension, each column's groups add up to the total; per row, overall absence
 * is authorised plus unauthorised: no such sum may hide exactly one of its figures (DfE:
 * "secondary suppression ... where a suppressed cell could be recovered by subtraction
 * from totals").</li>
 * <li>Every figure of a row describes its enrolments: a group of 1 or 2 enrolments is
 * hidden whole.</li>
 * <li>A rate is hidden when its numerator or denominator is (DfE: "any percentage whose
 * numerator or denominator is 1 or 2"), and is {@code z} when there is nothing to divide
 * by.</li>
 * </ul>
 */
final class PublishedFigures {

	private static final int ENROLMENTS = 0;

	private static final int POSSIBLE = 1;

	private static final int OVERALL = 2;

	private static final int AUTHORISED = 3;

	private static final int UNAUTHORISED = 4;

	private static final int PERSISTENT = 5;

	private static final int SEVERE = 6;

	private static final int COLUMNS = 7;

	private PublishedFigures() {
	}

	/**
	 * The figures of an answer.
	 * @param total the area's total
	 * @param dimensions each dimension's groups, in the order shown; each dimension's
	 * groups add up to the total
	 * @return the total's figures, and each dimension's groups in the order given
	 */
	static Published publish(SmallNumberSuppression rule, GroupCounts total, List<List<GroupCounts>> dimensions) {
		Figures figures = new Figures();
		int[] totalCells = row(figures, total, true);
		List<List<int[]>> groupCells = new ArrayList<>();
		for (List<GroupCounts> groups : dimensions) {
			List<int[]> cells = new ArrayList<>();
			for (GroupCounts group : groups) {
				cells.add(row(figures, group, true));
			}
			for (int column = 0; column < COLUMNS; column++) {
				int[] parts = new int[cells.size()];
				for (int g = 0; g < parts.length; g++) {
					parts[g] = cells.get(g)[column];
				}
				figures.sum(totalCells[column], parts);
			}
			groupCells.add(cells);
		}
		Suppressed shown = rule.apply(figures);
		List<List<GroupFigures>> shownGroups = new ArrayList<>();
		for (int d = 0; d < dimensions.size(); d++) {
			List<GroupFigures> groups = new ArrayList<>();
			for (int g = 0; g < dimensions.get(d).size(); g++) {
				groups.add(figures(dimensions.get(d).get(g), groupCells.get(d).get(g), shown));
			}
			shownGroups.add(groups);
		}
		return new Published(figures(total, totalCells, shown), shownGroups);
	}

	/**
	 * One row on its own, in no table (a week of a trend): its overall absence is still
	 * authorised plus unauthorised; it counts sessions, not the pupils they belong to.
	 */
	static GroupFigures publishRow(SmallNumberSuppression rule, GroupCounts row) {
		Figures figures = new Figures();
		int[] cells = row(figures, row, false);
		return figures(row, cells, rule.apply(figures));
	}

	/** What an answer shows: its total and each dimension's groups. */
	record Published(GroupFigures total, List<List<GroupFigures>> dimensions) {

		List<GroupFigures> groups() {
			return this.dimensions.stream().flatMap(List::stream).toList();
		}

	}

	private static int[] row(Figures figures, GroupCounts counts, boolean ofEnrolments) {
		SessionCounts sessions = counts.sessions();
		long[] values = { counts.enrolments(), sessions.possible(), sessions.absent(), sessions.authorised(),
				sessions.unauthorised(), counts.persistent(), counts.severe() };
		int[] cells = new int[COLUMNS];
		for (int column = 0; column < COLUMNS; column++) {
			cells[column] = figures.add(values[column]);
		}
		figures.sum(cells[OVERALL], cells[AUTHORISED], cells[UNAUTHORISED]);
		if (ofEnrolments) {
			figures.describe(cells[ENROLMENTS], cells[POSSIBLE], cells[OVERALL], cells[AUTHORISED], cells[UNAUTHORISED],
					cells[PERSISTENT], cells[SEVERE]);
		}
		return cells;
	}

	private static GroupFigures figures(GroupCounts counts, int[] cells, Suppressed shown) {
		return new GroupFigures(counts.dimension(), counts.group(), counts.label(), count(cells, shown, ENROLMENTS),
				count(cells, shown, POSSIBLE), count(cells, shown, OVERALL), count(cells, shown, AUTHORISED),
				count(cells, shown, UNAUTHORISED), rate(cells, shown, OVERALL, POSSIBLE),
				rate(cells, shown, AUTHORISED, POSSIBLE), rate(cells, shown, UNAUTHORISED, POSSIBLE),
				count(cells, shown, PERSISTENT), rate(cells, shown, PERSISTENT, ENROLMENTS),
				count(cells, shown, SEVERE), rate(cells, shown, SEVERE, ENROLMENTS));
	}

	private static Cell count(int[] cells, Suppressed shown, int column) {
		Long count = shown.figure(cells[column]).count();
		return (count == null) ? Cell.SUPPRESSED : Cell.of(count);
	}

	private static Cell rate(int[] cells, Suppressed shown, int numerator, int denominator) {
		if (shown.anyHidden(cells[numerator], cells[denominator])) {
			return Cell.SUPPRESSED;
		}
		long over = shown.figure(cells[denominator]).count();
		if (over == 0) {
			return Cell.NOT_APPLICABLE;
		}
		return Cell.of(Rates.percent(shown.figure(cells[numerator]).count(), over));
	}

}
