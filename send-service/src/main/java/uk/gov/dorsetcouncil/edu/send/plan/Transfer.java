package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;

/**
 * A plan moving with the child between local authorities (SEND Regulations 2014 reg 15).
 * Out: the plan goes to the new LA on the day of the move and Dorset ceases to maintain
 * it. In: the plan comes from the old LA and Dorset maintains it from the move, telling
 * the family within 6 weeks whether it will assess again ({@link #noticeDue()}).
 *
 * @param direction in or out of Dorset
 * @param otherLa the other local authority's three-digit code
 * @param movedOn the day the child moved, when the LA responsible changed
 * @param noticeGivenOn for a transfer in, when the family was told, or null
 */
public record Transfer(Direction direction, String otherLa, LocalDate movedOn, LocalDate noticeGivenOn) {

	/** The weeks the new LA has to tell the family whether it will assess again. */
	static final int NOTICE_WEEKS = 6;

	public enum Direction {

		IN, OUT

	}

	/** For a transfer in, the day the family's notice is due; null for one out. */
	public LocalDate noticeDue() {
		return (this.direction == Direction.IN) ? this.movedOn.plusWeeks(NOTICE_WEEKS) : null;
	}

	/** True when a transfer in's notice was given late, or is not given and overdue. */
	public boolean noticeBreach(LocalDate today) {
		if (this.direction != Direction.IN) {
			return false;
		}
		return (this.noticeGivenOn != null) ? this.noticeGivenOn.isAfter(noticeDue()) : today.isAfter(noticeDue());
	}

}
