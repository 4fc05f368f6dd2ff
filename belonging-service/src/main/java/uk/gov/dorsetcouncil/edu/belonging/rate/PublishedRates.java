package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.disclosure.Figures;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Figure;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Suppressed;

/**
 * Rates as published: the platform's one small-number rule
 * ({@link SmallNumberSuppression}, the DfE's policy for pupil statistics) applied to
 * every count, the groups' counts tied to the total where they add up to it (so none can
 * be recovered by subtraction), and a group's counts hidden with its enrolments; a rate
 * is hidden when its count or its enrolments are. Callers with pupil-level access get
 * {@link SmallNumberSuppression#off()} through the same code.
 */
public final class PublishedRates {

	/** GSS symbol: not applicable (no enrolments to divide by). */
	public static final String NOT_APPLICABLE = "z";

	private PublishedRates() {
	}

	/** A rate per 100, two decimal places, or the symbol shown instead. */
	public record Rate(Double value, String symbol) {

		static Rate of(long count, long enrolments, boolean hidden) {
			if (hidden) {
				return new Rate(null, SmallNumberSuppression.SYMBOL);
			}
			if (enrolments == 0) {
				return new Rate(null, NOT_APPLICABLE);
			}
			return new Rate(
					BigDecimal.valueOf(100.0 * count / enrolments).setScale(2, RoundingMode.HALF_UP).doubleValue(),
					null);
		}

	}

	public record Row(String group, Figure enrolments, Figure suspensions, Figure permanentExclusions,
			Figure pupilsSuspended, Rate suspensionRate, Rate permanentExclusionRate, Rate oneOrMoreSuspensionRate) {
	}

	public record Published(Row total, List<Row> groups) {
	}

	public static Published publish(SmallNumberSuppression rule, ExclusionRates.Counted counted, boolean partitions) {
		Figures figures = new Figures();
		int[] total = cells(figures, counted.total());
		List<int[]> groups = new ArrayList<>();
		counted.groups().forEach(group -> groups.add(cells(figures, group)));
		if (partitions) {
			for (int column = 0; column < 4; column++) {
				long added = 0;
				int[] parts = new int[groups.size()];
				for (int g = 0; g < groups.size(); g++) {
					parts[g] = groups.get(g)[column];
					added += value(counted.groups().get(g), column);
				}
				// A pupil suspended at two schools is in two groups: that column is no
				// sum.
				if (added == value(counted.total(), column)) {
					figures.sum(total[column], parts);
				}
			}
		}
		Suppressed shown = rule.apply(figures);
		List<Row> rows = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			rows.add(row(counted.groups().get(g), groups.get(g), shown));
		}
		return new Published(row(counted.total(), total, shown), rows);
	}

	private static int[] cells(Figures figures, RateCounts counts) {
		int[] cells = new int[4];
		for (int column = 0; column < 4; column++) {
			cells[column] = figures.add(value(counts, column));
		}
		figures.describe(cells[0], cells[1], cells[2], cells[3]);
		return cells;
	}

	private static long value(RateCounts counts, int column) {
		return switch (column) {
			case 0 -> counts.enrolments();
			case 1 -> counts.suspensions();
			case 2 -> counts.permanentExclusions();
			default -> counts.pupilsSuspended();
		};
	}

	private static Row row(RateCounts counts, int[] cells, Suppressed shown) {
		long enrolments = counts.enrolments();
		return new Row(counts.group(), shown.figure(cells[0]), shown.figure(cells[1]), shown.figure(cells[2]),
				shown.figure(cells[3]), Rate.of(counts.suspensions(), enrolments, shown.anyHidden(cells[1], cells[0])),
				Rate.of(counts.permanentExclusions(), enrolments, shown.anyHidden(cells[2], cells[0])),
				Rate.of(counts.pupilsSuspended(), enrolments, shown.anyHidden(cells[3], cells[0])));
	}

}
