package uk.gov.dorsetcouncil.edu.send.review.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.PlanKeeping;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;
import uk.gov.dorsetcouncil.edu.send.review.ReviewedPlans;

/**
 * The plans reviews are of, in the plans' own store: a meeting held becomes the plan's
 * last review (never moved back, so a retry or an older review changes nothing).
 */
public class StoredPlans implements ReviewedPlans {

	private final EhcPlanStore plans;

	private final PlanKeeping keeping;

	public StoredPlans(EhcPlanStore plans, PlanKeeping keeping) {
		this.plans = plans;
		this.keeping = keeping;
	}

	@Override
	public Optional<EhcPlan> plan(Upn upn) {
		return this.plans.findPlan(upn);
	}

	@Override
	public List<EhcPlan> all() {
		return this.plans.all();
	}

	@Override
	public void reviewedOn(Upn upn, LocalDate heldOn) {
		this.keeping.reviewedOn(upn, heldOn);
	}

}
