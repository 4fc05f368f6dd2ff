package uk.gov.dorsetcouncil.edu.send.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Plan records held in memory with the store's version check and the changes written. */
public final class HeldPlans implements PlanRecords {

	public final Map<Upn, PlanRecord> records = new ConcurrentHashMap<>();

	public final List<Change> changes = new ArrayList<>();

	@Override
	public Optional<PlanRecord> find(Upn upn) {
		return Optional.ofNullable(this.records.get(upn));
	}

	@Override
	public synchronized boolean save(PlanRecord record, List<Change> changes) {
		long held = find(record.upn()).map(PlanRecord::version).orElse(0L);
		if (held != record.version()) {
			return false;
		}
		this.records.put(record.upn(), new PlanRecord(record.plan(), record.content(), record.ceased(),
				record.transfers(), record.amendments(), record.history(), record.version() + 1));
		this.changes.addAll(changes);
		return true;
	}

	@Override
	public void forEachCounted(Consumer<PlanRecord> action) {
		this.records.values().forEach(action);
	}

}
