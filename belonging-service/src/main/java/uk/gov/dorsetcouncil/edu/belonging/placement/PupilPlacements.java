package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Every alternative provision placement and managed move of one pupil, held together so
 * that a duplicate is refused in the same version-checked write that stores the new one.
 *
 * @param upn the pupil
 * @param placements in the order recorded
 * @param moves in the order recorded
 * @param version the stored version (0: none stored)
 */
public record PupilPlacements(Upn upn, List<ApPlacement> placements, List<ManagedMove> moves, long version) {

	static final String PLACEMENT = "-AP";

	static final String MOVE = "-MM";

	public PupilPlacements {
		placements = List.copyOf(placements);
		moves = List.copyOf(moves);
	}

	public static PupilPlacements none(Upn upn) {
		return new PupilPlacements(upn, List.of(), List.of(), 0);
	}

	public Optional<ApPlacement> placement(String id) {
		return this.placements.stream().filter(placement -> placement.id().equals(id)).findFirst();
	}

	public Optional<ManagedMove> move(String id) {
		return this.moves.stream().filter(move -> move.id().equals(id)).findFirst();
	}

	String nextPlacementId() {
		return this.upn.value() + PLACEMENT + (this.placements.size() + 1);
	}

	String nextMoveId() {
		return this.upn.value() + MOVE + (this.moves.size() + 1);
	}

	PupilPlacements with(ApPlacement placement) {
		List<ApPlacement> all = new ArrayList<>(this.placements);
		all.removeIf(held -> held.id().equals(placement.id()));
		all.add(placement);
		all.sort(Comparator.comparing(held -> number(held.id())));
		return new PupilPlacements(this.upn, all, this.moves, this.version);
	}

	PupilPlacements with(ManagedMove move) {
		List<ManagedMove> all = new ArrayList<>(this.moves);
		all.removeIf(held -> held.id().equals(move.id()));
		all.add(move);
		all.sort(Comparator.comparing(held -> number(held.id())));
		return new PupilPlacements(this.upn, this.placements, all, this.version);
	}

	private static int number(String id) {
		return Integer.parseInt(id.substring(id.lastIndexOf('-') + 3));
	}

}
