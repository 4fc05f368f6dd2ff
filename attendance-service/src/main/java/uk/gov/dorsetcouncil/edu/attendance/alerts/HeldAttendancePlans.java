package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Every attendance plan held in memory in front of the store, so that the alert rules
 * read a county's plans without a query per school (ADR 0008: the read model is per
 * replica). Reads and writes one at a time go to the store; after each write the plan is
 * read back, so memory holds what the store holds.
 */
public final class HeldAttendancePlans implements AttendancePlans {

	private final AttendancePlans store;

	private final Map<String, Map<Upn, AttendancePlan>> bySchool = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

	/** Reads every plan in the store. */
	public HeldAttendancePlans(AttendancePlans store) {
		this.store = store;
		store.forEach(this::hold);
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
		return saved;
	}

	@Override
	public boolean delete(String urn, Upn upn) {
		boolean deleted = this.store.delete(urn, upn);
		refresh(urn, upn);
		return deleted;
	}

	@Override
	public List<AttendancePlan> atSchool(String urn, int page, int size) {
		return this.store.atSchool(urn, page, size);
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
		return (version == null) ? 0 : version.get();
	}

	private void hold(AttendancePlan plan) {
		this.bySchool.computeIfAbsent(plan.urn(), (urn) -> new ConcurrentHashMap<>()).put(plan.upn(), plan);
	}

	/**
	 * Reads the plan back under the key's lock, so that of two writes racing, the later
	 * read wins and sees the later write.
	 */
	private void refresh(String urn, Upn upn) {
		this.bySchool.computeIfAbsent(urn, (school) -> new ConcurrentHashMap<>())
			.compute(upn, (key, held) -> this.store.find(urn, upn).orElse(null));
		this.versions.computeIfAbsent(urn, (school) -> new AtomicLong()).incrementAndGet();
	}

}
