package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The day a caseworker acts by: the last working day on or before a due date. */
class WorkingDaysTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "2026-12-07, 2026-12-07", "2026-12-06, 2026-12-04", "2026-12-28, 2026-12-24", "2027-03-29, 2027-03-25",
			"2026-01-01, 2025-12-31", "2024-02-29, 2024-02-29" })
	void aDayToActByIsTheLastWorkingDayOnOrBefore(LocalDate due, LocalDate actBy) {
		assertThat(WorkingDays.lastOnOrBefore(due)).isEqualTo(actBy);
	}

}
