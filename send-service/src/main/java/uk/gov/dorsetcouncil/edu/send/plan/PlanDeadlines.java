package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Deadlines about plans that another feature keeps (the steps of annual reviews), for the
 * deadlines view beside the plans' own: the plan feature asks without depending on it.
 */
public interface PlanDeadlines {

	/**
	 * The deadlines the caller sees due from {@code from} (or before, when overdue ones
	 * are asked for) to {@code to}.
	 */
	List<Deadline> due(Caller caller, LocalDate from, LocalDate to, boolean includeOverdue);

	/** A deadline of one child's plan. */
	record Deadline(String upn, String kind, LocalDate dueDate, String schoolUrn, String rule) {
	}

}
