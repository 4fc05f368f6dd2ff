package uk.gov.dorsetcouncil.edu.send.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;

/**
 * The EHC plans reviews are of, and the plan's last review written back once a meeting is
 * held, so that the next review's 12 months run from it (s44(1)).
 */
public interface ReviewedPlans {

	Optional<EhcPlan> plan(Upn upn);

	List<EhcPlan> all();

	/**
	 * Sets the plan's last review to the day given when it is later than the one held.
	 */
	void reviewedOn(Upn upn, LocalDate heldOn);

}
