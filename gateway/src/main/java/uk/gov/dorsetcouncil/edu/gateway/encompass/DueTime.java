package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a notification must be with the school: before the start of the next school day
 * (Operation Encompass guidance: the key adult is told before the child arrives, after
 * weekends and holidays too), on the school's own calendar: a Friday evening or a
 * half-term notification is due before the first session back. A notification received on
 * a school day before the day starts is due that morning.
 */
public final class DueTime {

	private DueTime() {
	}

	/**
	 * The school calendar's answers for the day a notification was received.
	 *
	 * @param receivedOn the day it was received, in England
	 * @param schoolDay whether that day is a school day at the school
	 * @param nextSchoolDay the first school day after it
	 */
	public record SchoolDays(LocalDate receivedOn, boolean schoolDay, LocalDate nextSchoolDay) {
	}

	/**
	 * @param received when the platform received it
	 * @param days the school calendar around that day
	 * @param dayStarts when the school day starts (the first session)
	 * @param zone England
	 */
	public static Instant due(Instant received, SchoolDays days, LocalTime dayStarts, ZoneId zone) {
		ZonedDateTime at = received.atZone(zone);
		if (!at.toLocalDate().equals(days.receivedOn())) {
			throw new IllegalArgumentException("the calendar was asked about " + days.receivedOn()
					+ ", not the day received, " + at.toLocalDate());
		}
		if (days.schoolDay() && at.toLocalTime().isBefore(dayStarts)) {
			return days.receivedOn().atTime(dayStarts).atZone(zone).toInstant();
		}
		return days.nextSchoolDay().atTime(dayStarts).atZone(zone).toInstant();
	}

}
