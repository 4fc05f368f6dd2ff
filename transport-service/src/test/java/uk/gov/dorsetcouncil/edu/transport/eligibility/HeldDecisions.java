package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Decisions held in memory, with the store's version check. */
public final class HeldDecisions implements DecisionStore {

	private final Map<String, PupilDecisions> held = new ConcurrentHashMap<>();

	@Override
	public PupilDecisions find(Upn upn) {
		return this.held.getOrDefault(upn.value(), PupilDecisions.none(upn));
	}

	@Override
	public List<PupilDecisions> all() {
		return List.copyOf(this.held.values());
	}

	@Override
	public synchronized boolean save(PupilDecisions decisions, List<Change> changes) {
		if (find(decisions.upn()).version() != decisions.version()) {
			return false;
		}
		this.held.put(decisions.upn().value(),
				new PupilDecisions(decisions.upn(), decisions.decisions(), decisions.version() + 1));
		return true;
	}

}
