package uk.gov.dorsetcouncil.edu.platform.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts about to be published together, and what ties them: which add up to which (a
 * reader can subtract), and which describe the same few people (a reader learns about
 * them from any). Built once per answer, then given to {@link SmallNumberSuppression}.
 * Each count is a cell, numbered in the order added.
 */
public final class Figures {

	private final List<Long> values = new ArrayList<>();

	private final List<int[]> sums = new ArrayList<>();

	private final List<int[]> populations = new ArrayList<>();

	/**
	 * Adds a count.
	 * @return its cell number
	 */
	public int add(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("counts are never negative, got " + count);
		}
		this.values.add(count);
		return this.values.size() - 1;
	}

	/**
	 * Says that {@code parts} add up to {@code total}, as a row or a column and its total
	 * do, or overall absence and its authorised and unauthorised parts.
	 * @throws IllegalArgumentException when they do not
	 */
	public Figures sum(int total, int... parts) {
		long added = 0;
		for (int part : parts) {
			added += value(part);
		}
		if (added != value(total)) {
			throw new IllegalArgumentException(
					"cells " + java.util.Arrays.toString(parts) + " add up to " + added + ", not " + value(total));
		}
		int[] line = new int[parts.length + 1];
		System.arraycopy(parts, 0, line, 0, parts.length);
		line[parts.length] = total;
		this.sums.add(line);
		return this;
	}

	/**
	 * Says that {@code cells} describe the people counted in {@code population} (a
	 * group's sessions, absences and rates describe its enrolments): when the population
	 * is a small number, every figure about them is hidden with it.
	 */
	public Figures describe(int population, int... cells) {
		value(population);
		int[] group = new int[cells.length + 1];
		group[0] = population;
		for (int i = 0; i < cells.length; i++) {
			value(cells[i]);
			group[i + 1] = cells[i];
		}
		this.populations.add(group);
		return this;
	}

	/**
	 * A table of counts with its row totals, column totals and grand total, the sums
	 * declared row by row, then column by column.
	 * @param counts rows of counts, every row the same length
	 */
	public static Table table(long[][] counts) {
		Figures figures = new Figures();
		int rows = counts.length;
		int columns = (rows == 0) ? 0 : counts[0].length;
		int[][] cells = new int[rows + 1][columns + 1];
		long[] columnTotals = new long[columns];
		long grand = 0;
		for (int r = 0; r < rows; r++) {
			if (counts[r].length != columns) {
				throw new IllegalArgumentException("every row needs " + columns + " counts");
			}
			long rowTotal = 0;
			for (int c = 0; c < columns; c++) {
				cells[r][c] = figures.add(counts[r][c]);
				rowTotal += counts[r][c];
				columnTotals[c] += counts[r][c];
			}
			cells[r][columns] = figures.add(rowTotal);
			grand += rowTotal;
		}
		for (int c = 0; c < columns; c++) {
			cells[rows][c] = figures.add(columnTotals[c]);
		}
		cells[rows][columns] = figures.add(grand);
		for (int r = 0; r <= rows; r++) {
			figures.sum(cells[r][columns], java.util.Arrays.copyOf(cells[r], columns));
		}
		for (int c = 0; c <= columns; c++) {
			int[] parts = new int[rows];
			for (int r = 0; r < rows; r++) {
				parts[r] = cells[r][c];
			}
			figures.sum(cells[rows][c], parts);
		}
		return new Table(figures, cells, rows, columns);
	}

	long value(int cell) {
		if (cell < 0 || cell >= this.values.size()) {
			throw new IllegalArgumentException("no cell " + cell);
		}
		return this.values.get(cell);
	}

	int size() {
		return this.values.size();
	}

	List<int[]> sums() {
		return this.sums;
	}

	List<int[]> populations() {
		return this.populations;
	}

	/**
	 * A table built by {@link Figures#table}: its figures, and the cell number of each
	 * count and total.
	 */
	public record Table(Figures figures, int[][] cells, int rows, int columns) {

		public int cell(int row, int column) {
			return this.cells[row][column];
		}

		public int rowTotal(int row) {
			return this.cells[row][this.columns];
		}

		public int columnTotal(int column) {
			return this.cells[this.rows][column];
		}

		public int grandTotal() {
			return this.cells[this.rows][this.columns];
		}

	}

}
