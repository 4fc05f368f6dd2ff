package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.List;

/**
 * How timely the county's EHC work is, as the SEND service counts it for the viewer:
 * needs assessments ({@code /api/v1/send/assessment-measures}) and annual reviews
 * ({@code /review-measures}). Counts are numbers, or "c" where small numbers are hidden
 * from the viewer; a share is never worked out from a hidden count.
 */
public final class SendTimeliness {

	private SendTimeliness() {
	}

	/** A line of a table: what is counted, and the count or share. */
	public record Line(String label, ShownFigure figure) {
	}

	/**
	 * EHC needs assessments for the requests received in a period.
	 *
	 * @param plansIssued final plans issued: within 20 weeks, within the time the
	 * exceptions allowed, or late
	 */
	public record Assessments(String from, String to, boolean suppressed, ShownFigure received, ShownFigure assessed,
			ShownFigure refused, ShownFigure undecided, ShownFigure notToIssue, ShownFigure plansIssued,
			ShownFigure withinTwentyWeeks, ShownFigure withinExceptions, ShownFigure late) {

		/**
		 * SEND Regulations 2014 reg 13(2): the final plan within 20 weeks of the request.
		 * The share of all plans issued that were, those with exceptions counted in (the
		 * API does not separate the exceptions that were met within 20 weeks, so the
		 * DfE's "excluding exceptions" headline cannot be worked out here).
		 */
		public ShownFigure withinTwentyWeeksPercent() {
			return ShownFigure.share(this.withinTwentyWeeks, this.plansIssued);
		}

		/**
		 * Reg 13(3)-(4): the share issued within the time allowed, 20 weeks or as far as
		 * the exceptions moved it.
		 */
		public ShownFigure withinTimeAllowedPercent() {
			return ShownFigure.share(ShownFigure.sum(this.withinTwentyWeeks, this.withinExceptions), this.plansIssued);
		}

		/** The figures behind the chart, a line each. */
		public List<Line> rows() {
			return List.of(new Line("Requests received", this.received), new Line("Decided to assess", this.assessed),
					new Line("Refused", this.refused), new Line("Not yet decided", this.undecided),
					new Line("Assessed, decided not to issue a plan", this.notToIssue),
					new Line("Final plans issued", this.plansIssued),
					new Line("Issued within 20 weeks", this.withinTwentyWeeks),
					new Line("Issued within the time an exception allowed", this.withinExceptions),
					new Line("Issued late", this.late),
					new Line("Share issued within 20 weeks, per cent", withinTwentyWeeksPercent()),
					new Line("Share issued within the time allowed, per cent", withinTimeAllowedPercent()));
		}

		/** The plans issued by how timely they were. */
		public BarChart chart() {
			return BarChart.of("EHC plans issued from requests received " + this.from + " to " + this.to, "",
					List.of(AreaFigures.AttendanceTable.value("Within 20 weeks", this.withinTwentyWeeks),
							AreaFigures.AttendanceTable.value("Within an exception's time", this.withinExceptions),
							AreaFigures.AttendanceTable.value("Late", this.late)),
					List.of());
		}

	}

	/**
	 * Annual reviews whose meeting was held in a period, and the plans overdue today.
	 *
	 * @param onTimePercent on time out of held, or "c" when it would reveal a hidden
	 * count
	 */
	public record Reviews(String from, String to, boolean suppressed, ShownFigure held, ShownFigure onTime,
			ShownFigure late, ShownFigure onTimePercent, ShownFigure overdueNow) {

		/** The figures behind the chart, a line each. */
		public List<Line> rows() {
			return List.of(new Line("Reviews held", this.held), new Line("On time", this.onTime),
					new Line("Late", this.late), new Line("Share on time, per cent", this.onTimePercent),
					new Line("Plans with a review overdue now", this.overdueNow));
		}

		/** The reviews held by whether they were on time, and those overdue now. */
		public BarChart chart() {
			return BarChart.of("Annual reviews held " + this.from + " to " + this.to + ", and overdue now", "",
					List.of(AreaFigures.AttendanceTable.value("On time", this.onTime),
							AreaFigures.AttendanceTable.value("Late", this.late),
							AreaFigures.AttendanceTable.value("Overdue now", this.overdueNow)),
					List.of());
		}

	}

}
