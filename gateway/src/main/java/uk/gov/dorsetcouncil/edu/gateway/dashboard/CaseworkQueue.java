package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.Comparator;
import java.util.List;

/**
 * A SEND caseworker's queue of statutory steps not yet done (EHC needs assessments' or
 * annual reviews'), as the SEND service answered it for the viewer: ordered by the days
 * left before each breaches its deadline, those already breached first, most overdue
 * first.
 *
 * @param total how many steps the API holds in the queue (this page may show fewer)
 * @param steps the steps on this page, soonest breach first
 */
public record CaseworkQueue(long total, List<Step> steps) {

	private static final Comparator<Step> SOONEST_BREACH = Comparator.comparingLong(Step::daysToBreach)
		.thenComparing(Step::dueDate)
		.thenComparing(Step::upn);

	public CaseworkQueue {
		steps = steps.stream().sorted(SOONEST_BREACH).toList();
	}

	/**
	 * A step due.
	 *
	 * @param caseId the assessment's or review's id ("" for a review not arranged yet)
	 * @param actor who must act (the LA, an adviser, the school), "" when the API does
	 * not say
	 * @param daysToBreach days from today to the due date; negative once past it
	 * @param breach whether the API counts it a breach (never for a reminder)
	 * @param rule the regulation the deadline comes from
	 */
	public record Step(String caseId, String upn, String schoolUrn, String kind, String actor, String dueDate,
			String actBy, long daysToBreach, boolean breach, String rule) {

		public String kindInWords() {
			return Words.sentence(this.kind);
		}

		public String actorInWords() {
			return this.actor.isEmpty() ? "" : Words.sentence(this.actor);
		}

		/**
		 * How near the deadline is, in words a caseworker scans for: "Overdue by 3 days",
		 * "Due today", "1 day left". A step past its date that the API does not count a
		 * breach (the under-5 six-month reminder) says so.
		 */
		public String whenInWords() {
			if (this.breach) {
				return "Overdue by " + days(-this.daysToBreach);
			}
			if (this.daysToBreach < 0) {
				return days(-this.daysToBreach) + " past (a reminder, not a statutory deadline)";
			}
			if (this.daysToBreach == 0) {
				return "Due today";
			}
			return days(this.daysToBreach) + " left";
		}

		private static String days(long days) {
			return days + ((days == 1) ? " day" : " days");
		}

	}

	/** The steps already breached. */
	public long overdue() {
		return this.steps.stream().filter(Step::breach).count();
	}

	/** Whether the API holds more than this page shows. */
	public boolean morePages() {
		return this.total > this.steps.size();
	}

}
