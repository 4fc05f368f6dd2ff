package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Step;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepKind;

/**
 * The alerts of one pupil's exclusions, placements and moves on a day: plain rules over
 * what is held, no calls out (the sixth school day is the exclusion's own
 * {@code SIXTH_DAY_PROVISION} step, counted on the school's calendar when it was
 * recorded).
 */
public final class PlacementAlerts {

	/**
	 * Assumption (ADR 0036): two weeks for the new school's roll to show a moved pupil.
	 */
	static final int MOVE_CONFIRMED_WITHIN_DAYS = 14;

	private PlacementAlerts() {
	}

	public static List<RaisedAlert> of(PupilExclusions exclusions, PupilPlacements held, LocalDate today) {
		List<RaisedAlert> alerts = new ArrayList<>();
		String upn = held.upn().value();
		for (Exclusion exclusion : exclusions.exclusions()) {
			Optional<LocalDate> sixth = sixthDay(exclusion);
			if (exclusion.permanent() && exclusion.reinstatedOn().isEmpty() && sixth.isPresent()
					&& !sixth.get().isAfter(today) && !inProvisionOrMovedOn(held, exclusion, today)) {
				alerts.add(new RaisedAlert(PlacementAlert.NO_PROVISION_FROM_DAY_SIX, upn, exclusion.schoolUrn(),
						exclusion.id(), sixth.get()));
			}
		}
		for (ApPlacement placement : held.placements()) {
			if (placement.exclusionId() != null) {
				exclusions.find(placement.exclusionId())
					.flatMap(PlacementAlerts::sixthDay)
					.filter(sixth -> placement.startDate().isAfter(sixth))
					.ifPresent(sixth -> alerts.add(new RaisedAlert(PlacementAlert.LATE_FROM_DAY_SIX, upn,
							placement.schoolUrn(), placement.id(), placement.startDate())));
			}
			List<LocalDate> due = placement.reviewDates().stream().filter(date -> date.isBefore(today)).toList();
			if (placement.outcome() == null && placement.runningOn(today)
					&& placement.reviewsDone().size() < due.size()) {
				alerts.add(new RaisedAlert(PlacementAlert.REVIEW_OVERDUE, upn, placement.schoolUrn(), placement.id(),
						due.get(placement.reviewsDone().size())));
			}
		}
		for (ManagedMove move : held.moves()) {
			if (move.outcome() == null && today.isAfter(move.startDate().plusDays(MOVE_CONFIRMED_WITHIN_DAYS))) {
				alerts.add(new RaisedAlert(PlacementAlert.MOVE_NOT_CONFIRMED, upn, move.fromSchoolUrn(), move.id(),
						move.startDate()));
			}
		}
		alerts.sort(Comparator.comparing(RaisedAlert::since).thenComparing(RaisedAlert::recordId));
		return alerts;
	}

	/** The exclusion's sixth school day, when the law gives it one. */
	static Optional<LocalDate> sixthDay(Exclusion exclusion) {
		return exclusion.step(StepKind.SIXTH_DAY_PROVISION).map(Step::dueDate);
	}

	/**
	 * In a placement today (one begun before the exclusion counts while it runs), or left
	 * provision since the exclusion for a school or a post-16 place (the duty then falls
	 * to the new school, or ends).
	 */
	private static boolean inProvisionOrMovedOn(PupilPlacements held, Exclusion exclusion, LocalDate today) {
		return held.placements()
			.stream()
			.anyMatch(placement -> placement.runningOn(today) || (placement.outcome() != null
					&& placement.outcome().leftProvision() && !placement.endDate().isBefore(exclusion.startDate())
					&& !placement.endDate().isAfter(today)));
	}

}
