package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.disclosure.Figures;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Figure;

/**
 * The DfE's headline "NEET or not known" for academic ages 16 and 17 (EES methodology
 * "Participation in education, training and NEET age 16 to 17 by local authority";
 * domain-rules section 4): the average of the end-of-December, January and February
 * figures. Each month's denominator is the 16 and 17 year olds known to the LA less those
 * in custody; the average is of the three months' counts, and the proportion is the
 * averaged NEET and not known over the averaged cohort.
 */
public final class NeetMeasure {

	private NeetMeasure() {
	}

	/** December of the year before, then January and February of {@code year}. */
	public static List<YearMonth> monthsOf(int year) {
		return List.of(YearMonth.of(year - 1, Month.DECEMBER), YearMonth.of(year, Month.JANUARY),
				YearMonth.of(year, Month.FEBRUARY));
	}

	/**
	 * The measure for the winter ending in February of {@code year}, from the records of
	 * those months (others are ignored), with the rule's suppression of each month's
	 * counts (a percentage is withheld when a count it rests on is).
	 */
	public static Result of(int year, List<NeetActivity> records, SmallNumberSuppression rule) {
		List<YearMonth> months = monthsOf(year);
		long[][] counts = new long[months.size()][3];
		for (NeetActivity record : records) {
			int month = months.indexOf(record.month());
			int age = record.academicAge();
			if (month < 0 || age < 16 || age > 17 || record.activity() == NeetActivity.Activity.CUSTODY) {
				continue;
			}
			counts[month][switch (record.activity()) {
				case EET -> 0;
				case NEET -> 1;
				default -> 2;
			}]++;
		}
		Figures.Table table = Figures.table(counts);
		SmallNumberSuppression.Suppressed shown = rule.apply(table.figures());
		List<MonthFigures> monthly = new ArrayList<>();
		double cohort = 0;
		double neet = 0;
		double notKnown = 0;
		boolean hidden = false;
		for (int m = 0; m < months.size(); m++) {
			monthly.add(new MonthFigures(months.get(m), shown.figure(table.rowTotal(m)), shown.figure(table.cell(m, 1)),
					shown.figure(table.cell(m, 2))));
			cohort += counts[m][0] + counts[m][1] + counts[m][2];
			neet += counts[m][1];
			notKnown += counts[m][2];
			hidden |= shown.anyHidden(table.rowTotal(m), table.cell(m, 1), table.cell(m, 2));
		}
		Double percent = (hidden || cohort == 0) ? null : 100.0 * (neet + notKnown) / cohort;
		Double neetPercent = (hidden || cohort == 0) ? null : 100.0 * neet / cohort;
		Double notKnownPercent = (hidden || cohort == 0) ? null : 100.0 * notKnown / cohort;
		return new Result(year, monthly, percent, neetPercent, notKnownPercent);
	}

	/** One month's figures as published. */
	public record MonthFigures(YearMonth month, Figure cohort, Figure neet, Figure notKnown) {
	}

	/**
	 * @param neetOrNotKnownPercent the headline, or null when withheld or no cohort
	 */
	public record Result(int year, List<MonthFigures> months, Double neetOrNotKnownPercent, Double neetPercent,
			Double notKnownPercent) {
	}

}
