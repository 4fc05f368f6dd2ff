package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.util.function.ToDoubleFunction;

/**
 * The measures made from schools' workforce figures, one row each: what is divided by
 * what (ADR 0046). A share is a count of staff (or posts) out of a count of staff (or
 * posts), in percent; days lost are per full-time equivalent, and describe the staff
 * counted in headcount.
 *
 * @param title what it measures, in words
 * @param perFte whether it is days per full-time equivalent rather than a share
 * @param numerator what is counted
 * @param denominator what it is out of
 */
public enum WorkforceMeasure {

	WELLBEING_GOOD("Staff agreeing: " + WellbeingStatement.WELLBEING_GOOD.wording(), false,
			f -> f.agreeing(WellbeingStatement.WELLBEING_GOOD), StaffFigures::respondents),
	SAFE_AND_SUPPORTED("Staff agreeing: " + WellbeingStatement.SAFE_AND_SUPPORTED.wording(), false,
			f -> f.agreeing(WellbeingStatement.SAFE_AND_SUPPORTED), StaffFigures::respondents),
	SUPPORT_ACCESSIBLE("Staff agreeing: " + WellbeingStatement.SUPPORT_ACCESSIBLE.wording(), false,
			f -> f.agreeing(WellbeingStatement.SUPPORT_ACCESSIBLE), StaffFigures::respondents),
	DEVELOPMENT_RELEVANT("Staff agreeing: " + WellbeingStatement.DEVELOPMENT_RELEVANT.wording(), false,
			f -> f.agreeing(WellbeingStatement.DEVELOPMENT_RELEVANT), StaffFigures::respondents),
	GROWTH_RECOGNISED("Staff agreeing: " + WellbeingStatement.GROWTH_RECOGNISED.wording(), false,
			f -> f.agreeing(WellbeingStatement.GROWTH_RECOGNISED), StaffFigures::respondents),
	STRESS_DAYS_PER_FTE("Working days lost to stress-related absence per full-time equivalent", true,
			StaffFigures::stressDaysLost, StaffFigures::fte),
	TAS_INDUCTED("Teaching assistants who have completed the central induction", false, StaffFigures::tasInducted,
			StaffFigures::tas),
	TAS_COMPLETED_CPD("Teaching assistants who completed professional development in the term", false,
			StaffFigures::tasCompletedCpd, StaffFigures::tas),
	TAS_CAREER_PROGRESSED("Teaching assistants who took a career step in the term", false,
			StaffFigures::tasCareerProgressed, StaffFigures::tas),
	TAS_PAY_PROGRESSED("Teaching assistants who moved up the pay structure in the term", false,
			StaffFigures::tasPayProgressed, StaffFigures::tas),
	POSTS_FILLED("Posts advertised in the term that were filled", false, StaffFigures::postsFilled,
			StaffFigures::vacancies),
	STAFF_TURNOVER("Staff who left in the term, of headcount", false, StaffFigures::leavers, StaffFigures::headcount);

	private final String title;

	private final boolean perFte;

	private final ToDoubleFunction<StaffFigures> numerator;

	private final ToDoubleFunction<StaffFigures> denominator;

	WorkforceMeasure(String title, boolean perFte, ToDoubleFunction<StaffFigures> numerator,
			ToDoubleFunction<StaffFigures> denominator) {
		this.title = title;
		this.perFte = perFte;
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public String title() {
		return this.title;
	}

	public boolean perFte() {
		return this.perFte;
	}

	/** {@code PERCENT} for a share, {@code DAYS} for days per full-time equivalent. */
	public String unit() {
		return this.perFte ? "DAYS" : "PERCENT";
	}

	public double numerator(StaffFigures figures) {
		return this.numerator.applyAsDouble(figures);
	}

	public double denominator(StaffFigures figures) {
		return this.denominator.applyAsDouble(figures);
	}

}
