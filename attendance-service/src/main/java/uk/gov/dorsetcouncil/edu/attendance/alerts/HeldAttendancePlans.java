package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.attendance.measures.ReplicaWrites;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Every attendance plan held in memory in front of the store, so that the alert rules
 * read a county's plans without a query per school (ADR 0008: the read model is per
 * replica). Reads and writes one at a time go to the store; after each write the plan is
 * read back, so memory holds what the store holds. With several replicas on one store
 * (ADR 0025) each counts its writes in the store ({@link ReplicaWrites}), and before an
 * answer a replica that finds a write it did not make reads every plan again.
 */
public final class HeldAttendancePlans implements AttendancePlans {

	private final AttendancePlans store;

	private final ReplicaWrites writes;

	private volatile Map<String, Map<Upn, AttendancePlan>> bySchool = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

	/** Plans read again whole so far: part of every school's version. */
	private volatile long generation;

	/** The writes counted in the store that the plans held reflect. */
	private long applied;

	/** Reads every plan in the store; for a replica alone with its store. */
	public HeldAttendancePlans(AttendancePlans store) {
		this(store, ReplicaWrites.ALONE);
	}

	/**
	 * Reads every plan in the store, and follows the writes every replica counts there.
	 */
	public HeldAttendancePlans(AttendancePlans store, ReplicaWrites writes) {
		this.store = store;
		this.writes = writes;
		this.applied = writes.read(0).writes();
		store.forEach((plan) -> hold(this.bySchool, plan));
	}

	@Override
	public Optional<AttendancePlan> find(String urn, Upn upn) {
		return this.store.find(urn, upn);
	}

	@Override
	public Map<Upn, AttendancePlan> findAll(String urn, Collection<Upn> upns) {
		Map<Upn, AttendancePlan> atSchool = this.bySchool.getOrDefault(urn, Map.of());
		Map<Upn, AttendancePlan> found = new HashMap<>();
		for (Upn upn : upns) {
			AttendancePlan plan = atSchool.get(upn);
			if (plan != null) {
				found.put(upn, plan);
			}
		}
		return found;
	}

	@Override
	public boolean save(AttendancePlan plan) {
		boolean saved = this.store.save(plan);
		refresh(plan.urn(), plan.upn());
		if (saved) {
			this.writes.count();
		}
		return saved;
	}

	@Override
	public boolean delete(String urn, Upn upn) {
		boolean deleted = this.store.delete(urn, upn);
		refresh(urn, upn);
		if (deleted) {
			this.writes.count();
		}
		return deleted;
	}

	/** When another replica wrote a plan since they were read, reads every plan again. */
	@Override
	public synchronized void catchUp() {
		ReplicaWrites.Count count = this.writes.read(this.applied);
		if (!count.allOwn()) {
			Map<String, Map<Upn, AttendancePlan>> fresh = new ConcurrentHashMap<>();
			this.store.forEach((plan) -> hold(fresh, plan));
			this.generation++;
			this.bySchool = fresh;
		}
		this.applied = Math.max(this.applied, count.writes());
	}

	@Override
	public List<AttendancePlan> atSchool(String urn, long offset, int limit) {
		return this.store.atSchool(urn, offset, limit);
	}

	@Override
	public long countAtSchool(String urn) {
		return this.store.countAtSchool(urn);
	}

	@Override
	public void forEach(Consumer<AttendancePlan> action) {
		this.bySchool.values().forEach((plans) -> plans.values().forEach(action));
	}

	@Override
	public long version(String urn) {
		AtomicLong version = this.versions.get(urn);
		return (this.generation << 40) + ((version == null) ? 0 : version.get());
	}

	private static void hold(Map<String, Map<Upn, AttendancePlan>> bySchool, AttendancePlan plan) {
		bySchool.computeIfAbsent(plan.urn(), (urn) -> new ConcurrentHashMap<>()).put(plan.upn(), plan);
	}

	/**
	 * Reads the plan back under the key's lock, so that of two writes racing, the later
	 * read wins and sees the later write; never while every plan is read again.
	 */
	private synchronized void refresh(String urn, Upn upn) {
		this.bySchool.computeIfAbsent(urn, (school) -> new ConcurrentHashMap<>())
			.compute(upn, (key, held) -> this.store.find(urn, upn).orElse(null));
		this.versions.computeIfAbsent(urn, (school) -> new AtomicLong()).incrementAndGet();
	}

}
