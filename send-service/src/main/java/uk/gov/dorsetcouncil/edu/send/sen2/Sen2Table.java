package uk.gov.dorsetcouncil.edu.send.sen2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.platform.disclosure.Figures;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentMeasures;
import uk.gov.dorsetcouncil.edu.send.review.ReviewMeasures;

/**
 * The SEN2 figures as one table in long form, a row for each figure: the shape both the
 * JSON answer and the CSV export take (column layout in the README). For a caller without
 * pupil-level rights (the Education Board analyst) counts of 1 and 2 are hidden as
 * {@code c}, with a second figure of any sum that would give one away, and a percentage
 * with any count it is made from ({@link SmallNumberSuppression}).
 */
public final class Sen2Table {

	/** Dorset's DfE local authority number. */
	public static final String LA_CODE = "838";

	/** The breakdown of a figure that is not broken down. */
	public static final String ALL = "ALL";

	/** The CSV header: the columns, in order. */
	public static final List<String> COLUMNS = List.of("census_date", "la_code", "section", "measure", "breakdown",
			"value");

	private Sen2Table() {
	}

	/**
	 * One figure: its section and measure, the breakdown value it counts (or
	 * {@link #ALL}), and the value: a count, a percentage to one decimal place, the
	 * symbol {@code c}, or null for a percentage of nothing.
	 */
	public record Row(String section, String measure, String breakdown, Object value) {
	}

	public static List<Row> rows(Sen2Return r, boolean pupilLevel) {
		SmallNumberSuppression suppression = pupilLevel ? SmallNumberSuppression.off()
				: new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD);
		Figures figures = new Figures();
		List<Pending> pending = new ArrayList<>();
		AssessmentMeasures a = r.requests();
		int received = count(figures, pending, "requests", "received", ALL, a.received());
		int assessed = count(figures, pending, "requests", "assessed", ALL, a.assessed());
		int refused = count(figures, pending, "requests", "refused", ALL, a.refused());
		int undecided = count(figures, pending, "requests", "undecided", ALL, a.undecided());
		figures.sum(received, assessed, refused, undecided);
		int issued = count(figures, pending, "plans_issued", "issued", ALL, a.plansIssued());
		int within = count(figures, pending, "plans_issued", "within_20_weeks", ALL, a.withinTwentyWeeks());
		int excepted = count(figures, pending, "plans_issued", "within_exceptions", ALL, a.withinExceptions());
		int late = count(figures, pending, "plans_issued", "late", ALL, a.late());
		figures.sum(issued, within, excepted, late);
		ReviewMeasures v = r.reviews();
		int held = count(figures, pending, "annual_reviews", "held", ALL, v.held());
		int onTime = count(figures, pending, "annual_reviews", "on_time", ALL, v.onTime());
		int reviewsLate = count(figures, pending, "annual_reviews", "late", ALL, v.late());
		figures.sum(held, onTime, reviewsLate);
		int plans = count(figures, pending, "plans", "held", ALL, r.plans());
		breakdown(figures, pending, plans, "plans", "primary_need", r.byPrimaryNeed());
		breakdown(figures, pending, plans, "plans", "placement_type", r.byPlacementType());
		breakdown(figures, pending, plans, "plans", "age_group", r.byAgeGroup());
		breakdown(figures, pending, plans, "plans", "locality", r.byLocality());
		int specialist = count(figures, pending, "plans", "specialist_provision", ALL, r.specialist());
		int ceased = count(figures, pending, "plans_ceased", "ceased", ALL, r.ceased());
		breakdown(figures, pending, ceased, "plans_ceased", "reason", r.ceasedByReason());
		SmallNumberSuppression.Suppressed shown = suppression.apply(figures);
		List<Row> rows = new ArrayList<>();
		for (Pending p : pending) {
			rows.add(new Row(p.section(), p.measure(), p.breakdown(), shown.figure(p.cell()).shown()));
			if (p.cell() == within) {
				rows.add(percent("plans_issued", "within_20_weeks_percent", shown, within, issued,
						a.withinTwentyWeeks(), a.plansIssued()));
			}
			if (p.cell() == reviewsLate) {
				rows.add(percent("annual_reviews", "on_time_percent", shown, onTime, held, v.onTime(), v.held()));
			}
			if (p.cell() == specialist) {
				rows.add(percent("plans", "specialist_provision_percent", shown, specialist, plans, r.specialist(),
						r.plans()));
			}
		}
		return rows;
	}

	private record Pending(String section, String measure, String breakdown, int cell) {
	}

	private static int count(Figures figures, List<Pending> pending, String section, String measure, String breakdown,
			long value) {
		int cell = figures.add(value);
		pending.add(new Pending(section, measure, breakdown, cell));
		return cell;
	}

	private static void breakdown(Figures figures, List<Pending> pending, int total, String section, String measure,
			Map<String, Long> counts) {
		int[] parts = new int[counts.size()];
		int i = 0;
		for (Map.Entry<String, Long> entry : counts.entrySet()) {
			parts[i++] = count(figures, pending, section, measure, entry.getKey(), entry.getValue());
		}
		figures.sum(total, parts);
	}

	private static Row percent(String section, String measure, SmallNumberSuppression.Suppressed shown, int part,
			int whole, long partCount, long wholeCount) {
		Object value;
		if (shown.anyHidden(part, whole)) {
			value = SmallNumberSuppression.SYMBOL;
		}
		else {
			value = (wholeCount == 0) ? null : Math.round(1000.0 * partCount / wholeCount) / 10.0;
		}
		return new Row(section, measure, ALL, value);
	}

}
