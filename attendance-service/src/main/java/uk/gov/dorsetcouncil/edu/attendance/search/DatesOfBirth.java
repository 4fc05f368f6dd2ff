package uk.gov.dorsetcouncil.edu.attendance.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date of birth written the American way round (month first) is the commonest date
 * error between systems: 04/07 read as 7 April for 4 July. Only a date whose day could be
 * a month has a swapped reading.
 */
final class DatesOfBirth {

	private DatesOfBirth() {
	}

	/** The same year with day and month swapped, when that is another real date. */
	static Optional<LocalDate> swapped(LocalDate date) {
		if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
