package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionReason;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionType;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Step;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepKind;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepOutcome;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.SuspensionLength;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Placements, moves and exclusions the placement tests share, and a store in memory with
 * the store's version check.
 */
public final class Placements implements PlacementStore {

	public static final String SCHOOL = "990126";

	public static final Upn PUPIL = Upn.withCheckLetter("838200126001");

	/**
	 * A permanent exclusion from Monday 2 November 2026; its sixth school day the 9th.
	 */
	public static final Exclusion PERMANENT = exclusion(ExclusionType.PERMANENT_EXCLUSION, null, "2026-11-09", null);

	public final Map<Upn, PupilPlacements> pupils = new ConcurrentHashMap<>();

	public final List<Change> changes = new ArrayList<>();

	@Override
	public PupilPlacements find(Upn upn) {
		return this.pupils.getOrDefault(upn, PupilPlacements.none(upn));
	}

	@Override
	public synchronized boolean save(PupilPlacements placements, List<Change> changes) {
		if (find(placements.upn()).version() != placements.version()) {
			return false;
		}
		this.pupils.put(placements.upn(), new PupilPlacements(placements.upn(), placements.placements(),
				placements.moves(), placements.version() + 1));
		this.changes.addAll(changes);
		return true;
	}

	@Override
	public void forEach(Consumer<PupilPlacements> action) {
		this.pupils.values().forEach(action);
	}

	/**
	 * An exclusion of the pupil from 2 November 2026 with its sixth-day step due that day
	 * (none when null), reinstated that day when given.
	 */
	public static Exclusion exclusion(ExclusionType type, SuspensionLength length, String sixthDay,
			String reinstatedOn) {
		List<Step> steps = new ArrayList<>();
		if (sixthDay != null) {
			steps.add(new Step(StepKind.SIXTH_DAY_PROVISION, StepKind.Actor.LOCAL_AUTHORITY, LocalDate.parse(sixthDay),
					null, null));
		}
		if (reinstatedOn != null) {
			steps.add(new Step(StepKind.GOVERNING_BOARD_MEETING, StepKind.Actor.SCHOOL, LocalDate.parse(reinstatedOn),
					LocalDate.parse(reinstatedOn), StepOutcome.REINSTATED));
		}
		return new Exclusion(PUPIL.value() + "-1", PUPIL, SCHOOL, type, LocalDate.parse("2026-11-02"), length,
				List.of(ExclusionReason.PA), "Head", false, false, false, null, steps, "head@" + SCHOOL,
				Instant.parse("2026-11-02T09:00:00Z"));
	}

	/** The exclusion as the pupil's n-th. */
	public static Exclusion renumbered(Exclusion e, int n) {
		return new Exclusion(PUPIL.value() + "-" + n, e.upn(), e.schoolUrn(), e.type(), e.startDate(), e.length(),
				e.reasons(), e.decidedBy(), false, false, false, null, e.steps(), e.recordedBy(), e.recordedAt());
	}

	/** A placement from {@code start} to {@code end} (null: open), ended as given. */
	public static ApPlacement placement(int n, String exclusionId, String start, String end, PlacementOutcome outcome,
			List<LocalDate> reviewDates, List<LocalDate> reviewsDone) {
		return new ApPlacement(PUPIL.value() + "-AP" + n, PUPIL, SCHOOL, Commissioner.LOCAL_AUTHORITY,
				(exclusionId != null) ? PlacementReason.PERMANENT_EXCLUSION : PlacementReason.HEALTH_NEEDS, exclusionId,
				"Dorset Learning Centre", null, ProvisionSetting.PUPIL_REFERRAL_UNIT, LocalDate.parse(start),
				(end != null) ? LocalDate.parse(end) : null, 10, false, reviewDates, reviewsDone, outcome, null,
				"officer", Instant.parse("2026-11-02T09:00:00Z"));
	}

}
