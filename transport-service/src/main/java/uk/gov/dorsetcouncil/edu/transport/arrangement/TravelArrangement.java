package uk.gov.dorsetcouncil.edu.transport.arrangement;

import java.time.LocalDate;

/**
 * Travel the LA arranges for a pupil to one school, on one basis, over a period.
 *
 * @param schoolUrn the school the pupil is taken to
 * @param basis why the pupil is eligible
 * @param routeId the route the pupil is allocated to
 * @param validFrom first day of the arrangement
 * @param validTo last day, or null while open-ended
 */
public record TravelArrangement(String schoolUrn, EligibilityBasis basis, String routeId, LocalDate validFrom,
		LocalDate validTo) {

	/**
	 * Whether the arrangement runs on the day (from its first day to its last, if any).
	 */
	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

}
