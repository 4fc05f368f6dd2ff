package uk.gov.dorsetcouncil.edu.belonging.measure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A value of a measure the platform cannot compute (a survey's result, an HNB figure, the
 * top-20% threshold of all local authorities), as an officer recorded it with its
 * evidence.
 *
 * @param measure the measure's number, 1 to 19
 * @param value the value, as the source states it
 * @param period what it covers, for example 2025/26 or Autumn 2026
 * @param evidence where it comes from
 * @param asOf the day the value stands for
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record RecordedValue(int measure, String value, String period, String evidence, LocalDate asOf,
		String recordedBy, Instant recordedAt) {

}
