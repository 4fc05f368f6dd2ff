package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;

/**
 * Amendments proposed to a final plan, after an annual review or at another time, on
 * their own timeline (SEND Regulations 2014 reg 22 and reg 28, which follows it): the
 * family has 15 days from the proposal to comment ({@link #commentsDue()}, their right,
 * never a breach), and the amended plan is issued within 8 weeks of the proposal
 * ({@link #issueDue()}). Once issued, the proposed sections become the plan's.
 *
 * @param number 1 for the plan's first amendment
 * @param proposedOn when the proposed amendments were sent to the family
 * @param reviewId the annual review that proposed them, or null
 * @param reason what the amendments are for, in a line
 * @param proposed the sections as they will read
 * @param commentsOn when the family's comments were received, or null
 * @param issuedOn when the amended plan was issued, or null
 */
public record Amendment(int number, LocalDate proposedOn, String reviewId, String reason, PlanContent proposed,
		LocalDate commentsOn, LocalDate issuedOn) {

	/** reg 22(2)(c): at least 15 days for the family to comment. */
	static final int COMMENT_DAYS = 15;

	/** reg 22(5): the amended plan within 8 weeks of the proposed amendments. */
	static final int ISSUE_WEEKS = 8;

	public LocalDate commentsDue() {
		return this.proposedOn.plusDays(COMMENT_DAYS);
	}

	public LocalDate issueDue() {
		return this.proposedOn.plusWeeks(ISSUE_WEEKS);
	}

	public boolean open() {
		return this.issuedOn == null;
	}

	/** True when the amended plan was issued late, or is not issued and overdue. */
	public boolean breach(LocalDate today) {
		return (this.issuedOn != null) ? this.issuedOn.isAfter(issueDue()) : today.isAfter(issueDue());
	}

	Amendment commented(LocalDate on) {
		return new Amendment(this.number, this.proposedOn, this.reviewId, this.reason, this.proposed, on,
				this.issuedOn);
	}

	Amendment issued(LocalDate on) {
		return new Amendment(this.number, this.proposedOn, this.reviewId, this.reason, this.proposed, this.commentsOn,
				on);
	}

}
