package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;

/**
 * Who took a session's register first and when, and who last changed a mark in it and
 * when (null until a register changes one).
 */
public record RegisterTaken(String takenBy, Instant takenAt, String changedBy, Instant changedAt) {

	RegisterTaken changed(String by, Instant at) {
		return new RegisterTaken(this.takenBy, this.takenAt, by, at);
	}

}
