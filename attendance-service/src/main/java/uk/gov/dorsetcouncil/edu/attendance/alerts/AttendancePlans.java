package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where attendance plans are kept, one per pupil per school. */
public interface AttendancePlans {

	Optional<AttendancePlan> find(String urn, Upn upn);

	/** The plans held at a school for these pupils; pupils with none are absent. */
	Map<Upn, AttendancePlan> findAll(String urn, Collection<Upn> upns);

	/**
	 * Stores the plan if the stored version is still {@code plan.version()} (0: new).
	 * @return false when someone else changed it first
	 */
	boolean save(AttendancePlan plan);

	/** Deletes the plan and says whether one was there. */
	boolean delete(String urn, Upn upn);

	/** A school's plans by UPN: at most {@code limit} after the first {@code offset}. */
	List<AttendancePlan> atSchool(String urn, long offset, int limit);

	long countAtSchool(String urn);

	/** Every plan held, for read models built at start-up. */
	void forEach(Consumer<AttendancePlan> action);

	/**
	 * Brings plans held in memory up to date with what other replicas wrote (ADR 0025); a
	 * store reads them anew each time and has nothing to do.
	 */
	default void catchUp() {
	}

	/**
	 * A number that changes whenever a plan at the school changes, or -1 when this source
	 * does not track changes (answers that read its plans are then never kept).
	 */
	default long version(String urn) {
		return -1;
	}

}
