package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.List;

/**
 * Statutory deadlines due in a week and those overdue, across the services that hold
 * them, each source saying whether it answered or was withheld from the viewer.
 */
public record DeadlineWeek(String from, String to, String asOf, List<Deadline> due, List<Deadline> overdue,
		List<Source> sources) {

	/** A step falling due: whose, what, when, under which rule, from which service. */
	public record Deadline(String upn, String kind, String dueDate, String schoolUrn, String rule, String source,
			boolean overdue) {

		public String kindInWords() {
			return Words.sentence(this.kind);
		}

	}

	/** A service's part: AVAILABLE, NONE, WITHHELD or UNAVAILABLE, and why. */
	public record Source(String name, String status, String reason) {

		public boolean shown() {
			return "AVAILABLE".equals(this.status) || "NONE".equals(this.status);
		}

	}

}
