package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.time.LocalDate;

/**
 * Something a commitment's working group will do, with who does it and by when.
 *
 * @param id its id within the commitment, for example {@code A1}
 * @param description what is to be done
 * @param owner who does it (a post or a team)
 * @param due by when
 * @param done when it was done; null while open
 */
public record Action(String id, String description, String owner, LocalDate due, LocalDate done) {

	/** Done, open or overdue on a day. */
	public ActionState stateOn(LocalDate day) {
		if (this.done != null) {
			return ActionState.DONE;
		}
		return this.due.isBefore(day) ? ActionState.OVERDUE : ActionState.OPEN;
	}

}
