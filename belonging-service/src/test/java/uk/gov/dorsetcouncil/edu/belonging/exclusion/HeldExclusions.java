package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Exclusions held in memory with the store's version check, and the changes written. */
public final class HeldExclusions implements ExclusionStore {

	public final Map<Upn, PupilExclusions> pupils = new ConcurrentHashMap<>();

	public final List<Change> changes = new ArrayList<>();

	@Override
	public PupilExclusions find(Upn upn) {
		return this.pupils.getOrDefault(upn, PupilExclusions.none(upn));
	}

	@Override
	public synchronized boolean save(PupilExclusions exclusions, List<Change> changes) {
		if (find(exclusions.upn()).version() != exclusions.version()) {
			return false;
		}
		this.pupils.put(exclusions.upn(),
				new PupilExclusions(exclusions.upn(), exclusions.exclusions(), exclusions.version() + 1));
		this.changes.addAll(changes);
		return true;
	}

	@Override
	public void forEach(Consumer<PupilExclusions> action) {
		this.pupils.values().forEach(action);
	}

}
