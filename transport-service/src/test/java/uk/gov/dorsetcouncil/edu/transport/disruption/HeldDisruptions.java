package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;

/** Disruptions held in memory, each id kept once as the store keeps it. */
public final class HeldDisruptions implements DisruptionStore {

	private final Map<String, Disruption> held = new ConcurrentHashMap<>();

	@Override
	public Optional<Disruption> find(String id) {
		return Optional.ofNullable(this.held.get(id));
	}

	@Override
	public List<Disruption> overlapping(LocalDate from, LocalDate to) {
		return this.held.values()
			.stream()
			.filter(d -> !d.firstDay().isAfter(to) && !d.lastDay().isBefore(from))
			.sorted(Comparator.comparing(Disruption::firstDay).thenComparing(Disruption::id))
			.toList();
	}

	@Override
	public int countStartingOn(LocalDate day) {
		return (int) this.held.values().stream().filter(d -> d.firstDay().equals(day)).count();
	}

	@Override
	public boolean add(Disruption disruption, List<Change> changes) {
		return this.held.putIfAbsent(disruption.id(), disruption) == null;
	}

}
