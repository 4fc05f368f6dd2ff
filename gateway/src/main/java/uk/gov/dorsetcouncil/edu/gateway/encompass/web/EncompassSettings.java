package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operation Encompass at this platform (ADR 0041).
 *
 * @param schoolDayStarts when a school day starts, in England: a notification is due
 * before it. Attendance's calendars hold days, not session times; 08:30 is before the
 * first session of every Dorset school (registers open 08:40 to 09:00).
 * @param routeEvery how often notifications held as received only (matching failed) are
 * routed again
 * @param maxBody the largest notification body accepted
 */
@ConfigurationProperties("dorset.encompass")
public record EncompassSettings(@DefaultValue("08:30") String schoolDayStarts, @DefaultValue("1m") Duration routeEvery,
		@DefaultValue("16384") int maxBody) {

	public EncompassSettings {
		try {
			LocalTime.parse(schoolDayStarts);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalStateException(
					"dorset.encompass.school-day-starts is a time of day, hh:mm (08:30), not " + schoolDayStarts);
		}
		if (routeEvery.isNegative() || routeEvery.isZero()) {
			throw new IllegalStateException("dorset.encompass.route-every must be a positive duration");
		}
		if (maxBody < 1024) {
			throw new IllegalStateException("dorset.encompass.max-body is at least 1024 bytes");
		}
	}

	/** When a school day starts. */
	LocalTime dayStarts() {
		return LocalTime.parse(this.schoolDayStarts);
	}

}
