package uk.gov.dorsetcouncil.edu.pledge.commitment;

/** Where an action stands on a day. */
public enum ActionState {

	OPEN, OVERDUE, DONE

}
