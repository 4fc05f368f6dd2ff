package uk.gov.dorsetcouncil.edu.pledge.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Evidence;

/**
 * A measure's value recorded by hand, where the platform holds no data: always with who
 * recorded it, when, and the evidence it rests on. Kept for ever; a correction is a later
 * record for the same period.
 *
 * @param id its id ({@code STUDENT-6:M1:} and a sequence)
 * @param commitment the commitment's key
 * @param measure the measure's id
 * @param period the period it describes, in words (for example
 * {@code 2026/27 autumn term})
 * @param observedOn the last day of that period, or the day it was observed
 * @param value in the measure's unit
 * @param evidence what it rests on, at least one piece
 * @param note anything a reader should know
 * @param recordedBy who recorded it (the token's subject)
 * @param recordedAt when
 */
public record RecordedValue(String id, String commitment, String measure, String period, LocalDate observedOn,
		double value, List<Evidence> evidence, String note, String recordedBy, Instant recordedAt) {

	public RecordedValue {
		evidence = List.copyOf(evidence);
	}

}
