package uk.gov.dorsetcouncil.edu.gateway.disclosure.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Disclosure control for a table of counts published with its row, column and grand
 * totals (domain-rules section 7; DfE Statistical policy statement on confidentiality;
 * GSS "Using symbols and shorthand in tables").
 *
 * <ul>
 * <li>Primary: every count from 1 to the threshold is hidden (DfE pupil statistics: 1 and
 * 2, so the default threshold is 2; a stricter local policy may raise it). A true zero is
 * shown as 0.</li>
 * <li>Secondary: a line (a row with its total, a column with its total, the row totals
 * with the grand total, the column totals with the grand total) must never hide exactly
 * one figure, or that figure could be recovered by subtraction. Where one does, the
 * smallest other figure in the line is hidden too (a non-zero count before a zero, a
 * count before a total), and the lines are checked again until none hides exactly
 * one.</li>
 * </ul>
 */
public final class SmallNumberSuppression {

	/** The GSS symbol for a confidential (suppressed) figure. */
	public static final String SYMBOL = "c";

	/** DfE pupil statistics suppress counts of 1 and 2. */
	public static final int DFE_THRESHOLD = 2;

	private SmallNumberSuppression() {
	}

	/**
	 * Suppresses a table of counts.
	 * @param counts rows of counts, all rows the same length, no negative count
	 * @param threshold the largest count hidden by primary suppression (at least 1)
	 */
	public static SuppressedTable apply(int[][] counts, int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("the suppression threshold is at least 1");
		}
		int rows = counts.length;
		int columns = (rows == 0) ? 0 : counts[0].length;
		// The grid holds the counts with their totals: column `columns` holds the row
		// totals, row `rows` the column totals, the corner the grand total.
		int[][] grid = new int[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			if (counts[r].length != columns) {
				throw new IllegalArgumentException("every row needs " + columns + " counts");
			}
			for (int c = 0; c < columns; c++) {
				if (counts[r][c] < 0) {
					throw new IllegalArgumentException("counts are never negative");
				}
				grid[r][c] = counts[r][c];
				grid[r][columns] += counts[r][c];
				grid[rows][c] += counts[r][c];
				grid[rows][columns] += counts[r][c];
			}
		}
		boolean[][] hidden = new boolean[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				hidden[r][c] = grid[r][c] >= 1 && grid[r][c] <= threshold;
			}
		}
		List<int[][]> lines = lines(rows, columns);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int[][] line : lines) {
				if (hiddenIn(line, hidden) == 1) {
					int[] pick = smallestShown(line, grid, hidden, rows, columns);
					if (pick != null) {
						hidden[pick[0]][pick[1]] = true;
						changed = true;
					}
				}
			}
		}
		return new SuppressedTable(grid, hidden, rows, columns);
	}

	/**
	 * A count published on its own, in no table with totals: primary suppression only.
	 * @return the count, or {@link #SYMBOL} when it is from 1 to the threshold
	 */
	public static Object count(int count, int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("the suppression threshold is at least 1");
		}
		return (count >= 1 && count <= threshold) ? SYMBOL : count;
	}

	/**
	 * A part of a whole, both published (for example severely absent children with a
	 * current attendance plan, and all severely absent children): the part is hidden when
	 * it or the rest of the whole is a small number, since either could be recovered from
	 * the other by subtraction; the whole is hidden only when it is small itself.
	 * @return the part and the whole as shown, each a count or {@link #SYMBOL}
	 */
	public static Object[] partOfWhole(int part, int whole, int threshold) {
		if (part > whole) {
			throw new IllegalArgumentException("a part is never more than its whole");
		}
		SuppressedTable table = apply(new int[][] { { part, whole - part } }, threshold);
		return new Object[] { table.cell(0, 0), table.rowTotal(0) };
	}

	/** Each line's cells; the last cell of each line is its total. */
	private static List<int[][]> lines(int rows, int columns) {
		List<int[][]> lines = new ArrayList<>();
		for (int r = 0; r <= rows; r++) {
			int[][] line = new int[columns + 1][];
			for (int c = 0; c <= columns; c++) {
				line[c] = new int[] { r, c };
			}
			lines.add(line);
		}
		for (int c = 0; c <= columns; c++) {
			int[][] line = new int[rows + 1][];
			for (int r = 0; r <= rows; r++) {
				line[r] = new int[] { r, c };
			}
			lines.add(line);
		}
		return lines;
	}

	private static int hiddenIn(int[][] line, boolean[][] hidden) {
		int count = 0;
		for (int[] cell : line) {
			if (hidden[cell[0]][cell[1]]) {
				count++;
			}
		}
		return count;
	}

	private static int[] smallestShown(int[][] line, int[][] grid, boolean[][] hidden, int rows, int columns) {
		int[] best = null;
		for (int[] cell : line) {
			if (hidden[cell[0]][cell[1]]) {
				continue;
			}
			if (best == null || preferred(cell, best, grid, rows, columns)) {
				best = cell;
			}
		}
		return best;
	}

	/** Whether {@code a} is a better second figure to hide than {@code b}. */
	private static boolean preferred(int[] a, int[] b, int[][] grid, int rows, int columns) {
		boolean aTotal = a[0] == rows || a[1] == columns;
		boolean bTotal = b[0] == rows || b[1] == columns;
		if (aTotal != bTotal) {
			return !aTotal;
		}
		int va = grid[a[0]][a[1]];
		int vb = grid[b[0]][b[1]];
		if ((va == 0) != (vb == 0)) {
			return va != 0;
		}
		return va < vb;
	}

	/**
	 * A suppressed table: each figure is its count, or {@link #SYMBOL} when hidden.
	 */
	public static final class SuppressedTable {

		private final int[][] grid;

		private final boolean[][] hidden;

		private final int rows;

		private final int columns;

		SuppressedTable(int[][] grid, boolean[][] hidden, int rows, int columns) {
			this.grid = grid;
			this.hidden = hidden;
			this.rows = rows;
			this.columns = columns;
		}

		/** The count at a row and column, or {@link #SYMBOL}. */
		public Object cell(int row, int column) {
			return figure(row, column);
		}

		public Object rowTotal(int row) {
			return figure(row, this.columns);
		}

		public Object columnTotal(int column) {
			return figure(this.rows, column);
		}

		public Object grandTotal() {
			return figure(this.rows, this.columns);
		}

		public boolean hidden(int row, int column) {
			return this.hidden[row][column];
		}

		private Object figure(int row, int column) {
			return this.hidden[row][column] ? SYMBOL : this.grid[row][column];
		}

	}

}
