package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.measures.HeldAttendance;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldEnrolment;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * The rolls and marks the alert rules read. The service reads them from the in-memory
 * read model (ADR 0018), so that a county-wide list or count reads no pupil or mark
 * documents.
 */
public interface RollsAndMarks {

	/** Every enrolment a school ever had, in any order. */
	List<HeldEnrolment> everOnRoll(String urn);

	/** A pupil's enrolments at every school, the one at {@code urn} among them. */
	List<HeldEnrolment> enrolments(String urn, Upn upn);

	/** The years of marks held for these keys; keys with none are absent from the map. */
	Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys);

	/**
	 * A number that changes whenever the school's roll or marks change, or -1 when this
	 * source does not track changes (its answers are then never kept).
	 */
	default long version(String urn) {
		return -1;
	}

	/**
	 * Brings a model held in memory up to date with what other replicas wrote (ADR 0025);
	 * a store reads anew each time and has nothing to do.
	 */
	default void catchUp() {
	}

	/** As the read model holds them: kept current by every save to the stores. */
	static RollsAndMarks held(HeldAttendance held) {
		return new RollsAndMarks() {

			@Override
			public List<HeldEnrolment> everOnRoll(String urn) {
				return held.everOnRoll(urn);
			}

			@Override
			public List<HeldEnrolment> enrolments(String urn, Upn upn) {
				return held.enrolments(urn, upn);
			}

			@Override
			public Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys) {
				Map<MarkKey, YearMarks> found = new HashMap<>();
				for (MarkKey key : keys) {
					held.marks(key).ifPresent((marks) -> found.put(key, marks));
				}
				return found;
			}

			@Override
			public long version(String urn) {
				return held.version(urn);
			}

			@Override
			public void catchUp() {
				held.catchUp();
			}

		};
	}

}
