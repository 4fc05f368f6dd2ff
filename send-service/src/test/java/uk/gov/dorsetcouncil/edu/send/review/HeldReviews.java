package uk.gov.dorsetcouncil.edu.send.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;

/**
 * Reviews held in memory with the store's version check and the changes written, and the
 * plans they review.
 */
public final class HeldReviews implements ReviewStore, ReviewedPlans {

	public final Map<Upn, PupilReviews> pupils = new ConcurrentHashMap<>();

	public final List<Change> changes = new ArrayList<>();

	public final Map<Upn, EhcPlan> plans = new ConcurrentHashMap<>();

	@Override
	public PupilReviews find(Upn upn) {
		return this.pupils.getOrDefault(upn, PupilReviews.none(upn));
	}

	@Override
	public synchronized boolean save(PupilReviews reviews, List<Change> changes) {
		if (find(reviews.upn()).version() != reviews.version()) {
			return false;
		}
		this.pupils.put(reviews.upn(), new PupilReviews(reviews.upn(), reviews.reviews(), reviews.version() + 1));
		this.changes.addAll(changes);
		return true;
	}

	@Override
	public void forEach(Consumer<PupilReviews> action) {
		this.pupils.values().forEach(action);
	}

	@Override
	public Optional<EhcPlan> plan(Upn upn) {
		return Optional.ofNullable(this.plans.get(upn));
	}

	@Override
	public List<EhcPlan> all() {
		return List.copyOf(this.plans.values());
	}

	@Override
	public void reviewedOn(Upn upn, LocalDate heldOn) {
		EhcPlan plan = this.plans.get(upn);
		if (plan != null && plan.lastReview().map(heldOn::isAfter).orElse(true)) {
			this.plans.put(upn, new EhcPlan(upn, plan.status(), plan.issuedDate(), plan.namedSchoolUrn(), heldOn));
		}
	}

}
