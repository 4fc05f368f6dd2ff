package uk.gov.dorsetcouncil.edu.platform.disclosure;

import java.util.List;

/**
 * Disclosure control for published counts: the one rule every service and the gateway
 * apply before figures reach a caller without pupil-level access.
 * <p>
 * Sources (docs of the shared domain rules, section 7): DfE <i>Statistical policy
 * statement on confidentiality</i> as applied in its pupil statistics (exclusions: counts
 * of 1 or 2 suppressed, and any percentage whose numerator or denominator is 1 or 2;
 * secondary suppression where a suppressed cell could be recovered by subtraction from
 * totals or other published figures); GSS / Analysis Function <i>Using symbols and
 * shorthand in tables</i> ({@code c} for a confidential figure; a true zero shown as 0).
 * <ul>
 * <li><b>Primary.</b> Every count from 1 to the threshold is hidden. DfE's pupil
 * statistics hide 1 and 2, so the threshold is {@link #DFE_THRESHOLD}; a stricter local
 * policy raises it per output. A zero is a true zero and shown. When a count of people is
 * hidden, every figure that describes those people is hidden with it
 * ({@link Figures#describe}).</li>
 * <li><b>Secondary.</b> No sum of published figures ({@link Figures#sum}: a row or column
 * with its total, overall absence with its authorised and unauthorised parts) may hide
 * exactly one of its figures, or the reader recovers it by subtraction. Where one does, a
 * second figure of that sum is hidden: a part before the total, a non-zero count before a
 * zero (hiding a zero protects little), the smallest, the first. Sums are checked in the
 * order declared until none hides exactly one figure.</li>
 * <li><b>Derived figures</b> (rates) are hidden when any count they are computed from is
 * ({@link Suppressed#anyHidden}).</li>
 * </ul>
 * Not covered: figures published in other answers (a school's table and its locality's)
 * are not checked against each other.
 */
public final class SmallNumberSuppression {

	/** DfE pupil statistics suppress counts of 1 and 2. */
	public static final int DFE_THRESHOLD = 2;

	/** The GSS symbol for a confidential (suppressed) figure. */
	public static final String SYMBOL = "c";

	private static final SmallNumberSuppression OFF = new SmallNumberSuppression();

	private final int threshold;

	/**
	 * @param threshold the largest count hidden by primary suppression, at least 1
	 */
	public SmallNumberSuppression(int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("the suppression threshold is at least 1, not " + threshold
					+ " (callers with pupil-level access use SmallNumberSuppression.off())");
		}
		this.threshold = threshold;
	}

	private SmallNumberSuppression() {
		this.threshold = 0;
	}

	/** Hides nothing: for callers with pupil-level access, through the same code path. */
	public static SmallNumberSuppression off() {
		return OFF;
	}

	public int threshold() {
		return this.threshold;
	}

	/** Whether primary suppression hides this count. */
	public boolean isSmall(long count) {
		return count >= 1 && count <= this.threshold;
	}

	/** A count published on its own, in no sum: primary suppression only. */
	public Figure count(long count) {
		Figures figures = new Figures();
		int cell = figures.add(count);
		return apply(figures).figure(cell);
	}

	/**
	 * A part of a whole, both published (severely absent children with a current plan,
	 * and all severely absent children): the part is hidden when it or the rest of the
	 * whole is small, since each could be recovered from the other.
	 * @return the part and the whole, as shown
	 */
	public List<Figure> partOfWhole(long part, long whole) {
		if (part > whole) {
			throw new IllegalArgumentException("a part (" + part + ") is never more than its whole (" + whole + ")");
		}
		Figures.Table table = Figures.table(new long[][] { { part, whole - part } });
		Suppressed shown = apply(table.figures());
		return List.of(shown.figure(table.cell(0, 0)), shown.figure(table.rowTotal(0)));
	}

	/** Suppresses figures tied by sums and populations. */
	public Suppressed apply(Figures figures) {
		int size = figures.size();
		boolean[] hidden = new boolean[size];
		for (int cell = 0; cell < size; cell++) {
			hidden[cell] = isSmall(figures.value(cell));
		}
		for (int[] group : figures.populations()) {
			if (hidden[group[0]]) {
				for (int cell : group) {
					hidden[cell] = true;
				}
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int[] line : figures.sums()) {
				if (hiddenIn(line, hidden) == 1) {
					int second = secondToHide(line, figures, hidden);
					if (second >= 0) {
						hidden[second] = true;
						changed = true;
					}
				}
			}
		}
		long[] values = new long[size];
		for (int cell = 0; cell < size; cell++) {
			values[cell] = figures.value(cell);
		}
		return new Suppressed(values, hidden);
	}

	private static int hiddenIn(int[] line, boolean[] hidden) {
		int count = 0;
		for (int cell : line) {
			if (hidden[cell]) {
				count++;
			}
		}
		return count;
	}

	/** The shown cell of a line to hide next; the line's total is its last cell. */
	private static int secondToHide(int[] line, Figures figures, boolean[] hidden) {
		int best = -1;
		for (int i = 0; i < line.length; i++) {
			int cell = line[i];
			if (hidden[cell]) {
				continue;
			}
			if (best < 0 || preferred(i == line.length - 1, figures.value(cell), bestIsTotal(line, best),
					figures.value(best))) {
				best = cell;
			}
		}
		return best;
	}

	private static boolean bestIsTotal(int[] line, int best) {
		return line[line.length - 1] == best;
	}

	private static boolean preferred(boolean total, long value, boolean bestTotal, long bestValue) {
		if (total != bestTotal) {
			return !total;
		}
		if ((value == 0) != (bestValue == 0)) {
			return value != 0;
		}
		return value < bestValue;
	}

	/** Figures after suppression, by cell number. */
	public static final class Suppressed {

		private final long[] values;

		private final boolean[] hidden;

		Suppressed(long[] values, boolean[] hidden) {
			this.values = values;
			this.hidden = hidden;
		}

		public boolean hidden(int cell) {
			return this.hidden[cell];
		}

		public Figure figure(int cell) {
			return new Figure(this.hidden[cell] ? null : this.values[cell]);
		}

		/** Whether a figure derived from these cells (a rate) must be hidden. */
		public boolean anyHidden(int... cells) {
			for (int cell : cells) {
				if (this.hidden[cell]) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * A count as published: its value, or none when hidden. A hidden count is not kept
	 * here at all, so that no serialiser can publish it by mistake.
	 */
	public record Figure(Long count) {

		public boolean hidden() {
			return this.count == null;
		}

		/** The count, or {@link #SYMBOL}: what a table shows. */
		public Object shown() {
			return hidden() ? SYMBOL : this.count;
		}

		@Override
		public String toString() {
			return String.valueOf(shown());
		}

	}

}
