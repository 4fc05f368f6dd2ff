package uk.gov.dorsetcouncil.edu.pledge.measure;

import uk.gov.dorsetcouncil.edu.pledge.commitment.PlatformQuery;
import uk.gov.dorsetcouncil.edu.pledge.workforce.MeasureFigure;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceMeasure;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceReturns;

/**
 * Platform figures: attendance's from attendance-service, the Workforce Pledge's from
 * schools' own submissions held here (ADR 0046), each with its provenance ("from school
 * submissions, N of M schools, as of ...") and the term it covers; a county figure hidden
 * for small numbers is passed on as suppressed, a term without submissions as
 * unavailable.
 */
public class SubmittedFigures implements PlatformFigures {

	private final PlatformFigures others;

	private final WorkforceReturns workforce;

	public SubmittedFigures(PlatformFigures others, WorkforceReturns workforce) {
		this.others = others;
		this.workforce = workforce;
	}

	@Override
	public PlatformFigure figure(PlatformQuery query) {
		if (!query.fromSubmissions()) {
			return this.others.figure(query);
		}
		WorkforceReturns.CountyFigure county = this.workforce.countyFigure(WorkforceMeasure.valueOf(query.figure()));
		MeasureFigure figure = county.figure();
		String basis = county.provenance() + ", " + county.term().title() + " (" + county.term().firstDay() + " to "
				+ county.term().lastDay() + ")";
		String asOf = county.asOf().toString();
		if (figure.available()) {
			return new PlatformFigure(ValueState.AVAILABLE, figure.value(), query.service(), query.asked(), basis, asOf,
					null);
		}
		ValueState state = MeasureFigure.SUPPRESSED.equals(figure.state()) ? ValueState.SUPPRESSED
				: ValueState.UNAVAILABLE;
		return new PlatformFigure(state, null, query.service(), query.asked(), basis, asOf, figure.detail());
	}

}
