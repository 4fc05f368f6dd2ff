package uk.gov.dorsetcouncil.edu.attendance.register;

import java.util.Locale;

/**
 * A half-day session: the register is taken at the start of the morning session and once
 * during the afternoon session (SI 2024/208 reg 10(1)).
 */
public enum Session {

	AM, PM;

	public static Session parse(String value) {
		if (value != null) {
			for (Session session : values()) {
				if (session.name().equals(value.toUpperCase(Locale.ROOT))) {
					return session;
				}
			}
		}
		throw new IllegalArgumentException("a session is AM or PM, not '" + value + "'");
	}

}
