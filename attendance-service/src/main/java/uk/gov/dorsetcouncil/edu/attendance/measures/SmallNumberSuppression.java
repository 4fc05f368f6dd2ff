package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Disclosure control for aggregates shown to callers without pupil-level access
 * (domain-rules.md section 7; DfE Statistical policy statement on confidentiality).
 * <ul>
 * <li>Primary: a count from 1 to the threshold (default 2) is hidden; a group of that
 * many enrolments is hidden whole, since every figure in it describes those pupils.</li>
 * <li>Secondary: the groups of a dimension add up to its total, so when a column has
 * exactly one hidden group cell, the smallest other shown cell in that column is hidden
 * too; and overall absence is authorised plus unauthorised, so when one of the three is
 * hidden in a row, a second is. Repeated until no hidden cell can be recovered by
 * subtraction.</li>
 * <li>Rates: hidden when their numerator or denominator is hidden; "z" when the
 * denominator is 0.</li>
 * </ul>
 * A zero is a true zero and shown.
 */
public final class SmallNumberSuppression {

	/** DfE pupil statistics: counts of 1 or 2. */
	public static final int DFE_THRESHOLD = 2;

	private static final int ENROLMENTS = 0;

	private static final int POSSIBLE = 1;

	private static final int OVERALL = 2;

	private static final int AUTHORISED = 3;

	private static final int UNAUTHORISED = 4;

	private static final int PERSISTENT = 5;

	private static final int SEVERE = 6;

	private static final int COLUMNS = 7;

	private final int threshold;

	public SmallNumberSuppression(int threshold) {
		if (threshold < 0) {
			throw new IllegalArgumentException("the suppression threshold cannot be negative");
		}
		this.threshold = threshold;
	}

	/** Every figure shown: for callers with pupil-level access. */
	public static List<GroupFigures> unsuppressed(GroupCounts total, List<GroupCounts> groups) {
		return new SmallNumberSuppression(0).apply(total, groups);
	}

	/**
	 * @param total the dimension's total
	 * @param groups a partition of the total
	 * @return the total's figures first, then each group's, in the order given
	 */
	public List<GroupFigures> apply(GroupCounts total, List<GroupCounts> groups) {
		List<GroupCounts> rows = new ArrayList<>();
		rows.add(total);
		rows.addAll(groups);
		long[][] values = new long[rows.size()][];
		boolean[][] hidden = new boolean[rows.size()][COLUMNS];
		for (int r = 0; r < rows.size(); r++) {
			values[r] = columns(rows.get(r));
			for (int c = 0; c < COLUMNS; c++) {
				hidden[r][c] = small(values[r][c]);
			}
			if (hidden[r][ENROLMENTS]) {
				Arrays.fill(hidden[r], true);
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int c = 0; c < COLUMNS; c++) {
				if (hidden[0][c]) {
					continue;
				}
				int hiddenGroups = 0;
				int smallest = -1;
				for (int r = 1; r < rows.size(); r++) {
					if (hidden[r][c]) {
						hiddenGroups++;
					}
					else if (smallest < 0 || values[r][c] < values[smallest][c]) {
						smallest = r;
					}
				}
				if (hiddenGroups == 1 && smallest > 0) {
					hidden[smallest][c] = true;
					changed = true;
				}
			}
			for (int r = 0; r < rows.size(); r++) {
				changed |= hideSecondOfSum(values[r], hidden[r]);
			}
		}
		List<GroupFigures> shown = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			shown.add(figures(rows.get(r), values[r], hidden[r]));
		}
		return shown;
	}

	/** Overall = authorised + unauthorised: one hidden term alone could be recovered. */
	private static boolean hideSecondOfSum(long[] values, boolean[] hidden) {
		int count = (hidden[OVERALL] ? 1 : 0) + (hidden[AUTHORISED] ? 1 : 0) + (hidden[UNAUTHORISED] ? 1 : 0);
		if (count != 1) {
			return false;
		}
		if (!hidden[OVERALL]) {
			hidden[OVERALL] = true;
		}
		else {
			hidden[(values[AUTHORISED] <= values[UNAUTHORISED]) ? AUTHORISED : UNAUTHORISED] = true;
		}
		return true;
	}

	private boolean small(long count) {
		return count >= 1 && count <= this.threshold;
	}

	private static long[] columns(GroupCounts counts) {
		SessionCounts sessions = counts.sessions();
		return new long[] { counts.enrolments(), sessions.possible(), sessions.absent(), sessions.authorised(),
				sessions.unauthorised(), counts.persistent(), counts.severe() };
	}

	private static GroupFigures figures(GroupCounts counts, long[] values, boolean[] hidden) {
		return new GroupFigures(counts.dimension(), counts.group(), counts.label(), count(values, hidden, ENROLMENTS),
				count(values, hidden, POSSIBLE), count(values, hidden, OVERALL), count(values, hidden, AUTHORISED),
				count(values, hidden, UNAUTHORISED), rate(values, hidden, OVERALL, POSSIBLE),
				rate(values, hidden, AUTHORISED, POSSIBLE), rate(values, hidden, UNAUTHORISED, POSSIBLE),
				count(values, hidden, PERSISTENT), rate(values, hidden, PERSISTENT, ENROLMENTS),
				count(values, hidden, SEVERE), rate(values, hidden, SEVERE, ENROLMENTS));
	}

	private static Cell count(long[] values, boolean[] hidden, int column) {
		return hidden[column] ? Cell.SUPPRESSED : Cell.of(values[column]);
	}

	private static Cell rate(long[] values, boolean[] hidden, int numerator, int denominator) {
		if (hidden[numerator] || hidden[denominator]) {
			return Cell.SUPPRESSED;
		}
		if (values[denominator] == 0) {
			return Cell.NOT_APPLICABLE;
		}
		return Cell.of(Rates.percent(values[numerator], values[denominator]));
	}

}
