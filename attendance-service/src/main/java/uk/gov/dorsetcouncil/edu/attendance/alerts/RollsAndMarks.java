package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.measures.EnrolmentTallies;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;

/**
 * The rolls and marks the alert rules read. The service reads them from the in-memory
 * read model (ADR 0008), so that a county-wide list or count reads no mark documents.
 */
public interface RollsAndMarks {

	/** Pupils ever enrolled at a school, in any order. */
	List<Pupil> everOnRoll(String urn);

	/** The years of marks held for these keys; keys with none are absent from the map. */
	Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys);

	/** As the read model holds them: kept current by every save to the stores. */
	static RollsAndMarks held(EnrolmentTallies tallies) {
		return new RollsAndMarks() {

			@Override
			public List<Pupil> everOnRoll(String urn) {
				return tallies.everOnRoll(urn);
			}

			@Override
			public Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys) {
				Map<MarkKey, YearMarks> found = new HashMap<>();
				for (MarkKey key : keys) {
					tallies.marks(key).ifPresent((marks) -> found.put(key, marks));
				}
				return found;
			}

		};
	}

}
