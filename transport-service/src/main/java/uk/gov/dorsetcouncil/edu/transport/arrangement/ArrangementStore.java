package uk.gov.dorsetcouncil.edu.transport.arrangement;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each pupil's travel arrangements are kept. */
public interface ArrangementStore {

	TravelArrangements find(Upn upn);

	/** Every pupil's arrangements (disruptions resolve over them). */
	List<TravelArrangements> all();

	/**
	 * Keeps an arrangement, replacing one held to the same school from the same day (so
	 * that the same award kept twice is one arrangement).
	 */
	void keep(Upn upn, TravelArrangement arrangement);

}
