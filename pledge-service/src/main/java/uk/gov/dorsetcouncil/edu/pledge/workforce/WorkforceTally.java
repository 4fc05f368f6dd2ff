package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Figure;

/**
 * The workforce measures of some schools' figures, added up, with small numbers hidden by
 * the platform's one rule ({@link SmallNumberSuppression}, shared domain rules section 7;
 * ADR 0046):
 * <ul>
 * <li>a share is hidden when its count or the rest of its whole is 1 or 2 (a reader could
 * recover either from the other: {@link SmallNumberSuppression#partOfWhole});</li>
 * <li>days lost per full-time equivalent describe the staff in headcount, and are hidden
 * with a headcount of 1 or 2;</li>
 * <li>the county's figure is hidden while 1 or 2 schools have submitted: it would be
 * their own figure, and a school must never see another's. The same threshold, with
 * schools as the unit counted.</li>
 * </ul>
 * A school's own figures are its own and shown in full
 * ({@link SmallNumberSuppression#off}).
 */
public final class WorkforceTally {

	private final SmallNumberSuppression suppression;

	private final boolean countSchools;

	private WorkforceTally(SmallNumberSuppression suppression, boolean countSchools) {
		this.suppression = suppression;
		this.countSchools = countSchools;
	}

	/** The county's published figures. */
	public static WorkforceTally county() {
		return new WorkforceTally(new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD), true);
	}

	/** A school's own figures, for that school (and those who collect them). */
	public static WorkforceTally ownSchool() {
		return new WorkforceTally(SmallNumberSuppression.off(), false);
	}

	public List<MeasureFigure> figures(Collection<StaffFigures> schools) {
		return Arrays.stream(WorkforceMeasure.values()).map(measure -> figure(measure, schools)).toList();
	}

	public MeasureFigure figure(WorkforceMeasure measure, Collection<StaffFigures> schools) {
		int count = schools.size();
		if (count == 0) {
			return none(measure, MeasureFigure.NO_DATA, 0, "no school has submitted figures for the term");
		}
		if (this.countSchools && this.suppression.isSmall(count)) {
			return none(measure, MeasureFigure.SUPPRESSED, count,
					"c: " + count + " school(s) submitted; the county's figure would be theirs, so it is shown from "
							+ (this.suppression.threshold() + 1) + " schools");
		}
		if (measure.perFte()) {
			long days = schools.stream().mapToLong(StaffFigures::stressDaysLost).sum();
			BigDecimal fte = schools.stream()
				.map(f -> BigDecimal.valueOf(f.fte()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			long headcount = schools.stream().mapToLong(StaffFigures::headcount).sum();
			if (this.suppression.count(headcount).hidden()) {
				return none(measure, MeasureFigure.SUPPRESSED, count, "c: a headcount of 1 or 2 staff");
			}
			double value = BigDecimal.valueOf(days).divide(fte, 2, RoundingMode.HALF_UP).doubleValue();
			return new MeasureFigure(measure, measure.title(), measure.unit(), MeasureFigure.AVAILABLE, value, days,
					fte.stripTrailingZeros().doubleValue(), count, null);
		}
		long part = schools.stream().mapToLong(f -> (long) measure.numerator(f)).sum();
		long whole = schools.stream().mapToLong(f -> (long) measure.denominator(f)).sum();
		if (whole == 0) {
			return none(measure, MeasureFigure.NO_DATA, count, "z: nothing to divide by (a whole of 0)");
		}
		List<Figure> shown = this.suppression.partOfWhole(part, whole);
		if (shown.get(0).hidden() || shown.get(1).hidden()) {
			return none(measure, MeasureFigure.SUPPRESSED, count,
					"c: the count, or the rest of its whole, is 1 or 2 and could identify staff");
		}
		double value = BigDecimal.valueOf(part * 100)
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.doubleValue();
		return new MeasureFigure(measure, measure.title(), measure.unit(), MeasureFigure.AVAILABLE, value, part, whole,
				count, null);
	}

	private static MeasureFigure none(WorkforceMeasure measure, String state, int schools, String detail) {
		return new MeasureFigure(measure, measure.title(), measure.unit(), state, null, null, null, schools, detail);
	}

}
