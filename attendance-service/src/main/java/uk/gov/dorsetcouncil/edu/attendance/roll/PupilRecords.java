package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where pupils and their enrolments are kept. */
public interface PupilRecords {

	Optional<Pupil> find(Upn upn);

	Map<Upn, Pupil> findAll(Collection<Upn> upns);

	/**
	 * Stores the pupil if the stored version is still {@code pupil.version()} (0: not yet
	 * stored).
	 * @return false when someone else changed the pupil first
	 */
	default boolean save(Pupil pupil) {
		return save(pupil, List.of());
	}

	/**
	 * As {@link #save(Pupil)}, recording {@code changes} for the change feed in the same
	 * write (nothing is recorded when the save loses).
	 */
	boolean save(Pupil pupil, List<Change> changes);

	/**
	 * Pupils ever enrolled at a school, by UPN: at most {@code limit} after the first
	 * {@code offset}.
	 */
	List<Pupil> roll(String urn, long offset, int limit);

	long rollSize(String urn);

	/**
	 * Pupils born on one of these dates or holding this NHS number (null: none): the few
	 * a search for one child compares (ADR 0027).
	 */
	List<Pupil> sharing(Set<LocalDate> datesOfBirth, NhsNumber nhsNumber);

	/** Every pupil, for rebuilding read models at start-up. */
	void forEach(Consumer<Pupil> action);

	/**
	 * Records a return to the LA; recording the same one again (same id) changes nothing.
	 */
	void recordReturn(LaReturn laReturn);

	/** A pupil's returns from one school, oldest first. */
	List<LaReturn> returns(String urn, Upn upn);

}
