package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.List;

/**
 * The registers the county's officers keep, as the belonging service counts them for the
 * viewer: open entries of elective home education, children missing education and the
 * rest ({@code /registers/counts}), and the DfE's NEET or not known measure for 16 and 17
 * year olds ({@code /registers/counts/neet}).
 */
public final class Registers {

	private Registers() {
	}

	/** A register's count, or "c" when hidden; register "ALL" is the total. */
	public record Count(String register, ShownFigure count) {

		public String registerInWords() {
			return "ALL".equals(this.register) ? "All registers" : Words.sentence(this.register);
		}

	}

	/**
	 * Open entries now, and those opened since a day.
	 */
	public record Counts(String since, List<Count> open, List<Count> openedSince, String asOf) {

		public Counts {
			open = List.copyOf(open);
			openedSince = List.copyOf(openedSince);
		}

		/** The count opened since the day for a register, or none. */
		public ShownFigure openedSince(String register) {
			return this.openedSince.stream()
				.filter(c -> c.register().equals(register))
				.map(Count::count)
				.findFirst()
				.orElse(ShownFigure.NONE);
		}

		/** Open entries by register (the total left to the table). */
		public BarChart chart() {
			return BarChart.of("Children on each register now", "",
					this.open.stream()
						.filter(c -> !"ALL".equals(c.register()))
						.map(c -> AreaFigures.AttendanceTable.value(c.registerInWords(), c.count()))
						.toList(),
					List.of());
		}

	}

	/** A month's end: the cohort known, NEET, and not known; each a count or "c". */
	public record NeetMonth(String month, ShownFigure cohort, ShownFigure neet, ShownFigure notKnown) {
	}

	/**
	 * The NEET or not known measure of a winter: the average of December, January and
	 * February (DfE's measure); the percentages are not given when withheld.
	 */
	public record Neet(int year, List<NeetMonth> months, ShownFigure neetOrNotKnownPercent, ShownFigure neetPercent,
			ShownFigure notKnownPercent) {

		public Neet {
			months = List.copyOf(months);
		}

		/** The winter in words: "December 2025 to February 2026". */
		public String winterInWords() {
			return "December " + (this.year - 1) + " to February " + this.year;
		}

		/** The headline's three figures. */
		public BarChart chart() {
			return BarChart.of("16 and 17 year olds NEET or not known, " + winterInWords() + " average", "%",
					List.of(AreaFigures.AttendanceTable.value("NEET or not known", this.neetOrNotKnownPercent),
							AreaFigures.AttendanceTable.value("NEET", this.neetPercent),
							AreaFigures.AttendanceTable.value("Not known", this.notKnownPercent)),
					List.of());
		}

	}

}
