package uk.gov.dorsetcouncil.edu.transport.arrangement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Travel arrangements held in memory, kept as the store keeps them. */
public final class HeldArrangements implements ArrangementStore {

	private final Map<String, TravelArrangements> held = new ConcurrentHashMap<>();

	@Override
	public TravelArrangements find(Upn upn) {
		return this.held.getOrDefault(upn.value(), new TravelArrangements(upn, List.of()));
	}

	@Override
	public List<TravelArrangements> all() {
		return List.copyOf(this.held.values());
	}

	@Override
	public synchronized void keep(Upn upn, TravelArrangement arrangement) {
		List<TravelArrangement> kept = new ArrayList<>(find(upn).arrangements()
			.stream()
			.filter(a -> !(a.schoolUrn().equals(arrangement.schoolUrn())
					&& a.validFrom().equals(arrangement.validFrom())))
			.toList());
		kept.add(arrangement);
		this.held.put(upn.value(), new TravelArrangements(upn, kept));
	}

}
