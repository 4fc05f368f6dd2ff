package uk.gov.dorsetcouncil.edu.belonging.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Register entries held in memory with the store's version check, and the changes
 * written.
 */
public final class HeldRegisters implements RegisterStore {

	public final Map<Upn, PupilRegisters> pupils = new ConcurrentHashMap<>();

	public final List<Change> changes = new ArrayList<>();

	@Override
	public PupilRegisters find(Upn upn) {
		return this.pupils.getOrDefault(upn, PupilRegisters.none(upn));
	}

	@Override
	public synchronized boolean save(PupilRegisters registers, List<Change> changes) {
		if (find(registers.upn()).version() != registers.version()) {
			return false;
		}
		this.pupils.put(registers.upn(), new PupilRegisters(registers.upn(), registers.entries(),
				registers.appliedThrough(), registers.version() + 1));
		this.changes.addAll(changes);
		return true;
	}

	@Override
	public void forEach(Consumer<PupilRegisters> action) {
		this.pupils.values().forEach(action);
	}

}
