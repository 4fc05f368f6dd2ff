package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;

/**
 * An eligibility decision, stored with the explanation it gives: which rule applied,
 * which distances were measured by which provider and when, which schools were compared
 * in which order, the child's age on which date, and the evidence used.
 *
 * @param id the pupil's UPN, '-' and a number
 * @param rule the rule that made the child eligible, or null
 * @param pending why it waits, or null
 * @param validUntil the last day an eligible decision holds (the academic year's end)
 */
public record Decision(String id, String upn, String schoolUrn, LocalDate assessedOn, Outcome outcome,
		EligibilityRule rule, PendingReason pending, LocalDate validUntil, Explanation explanation, String decidedBy,
		Instant decidedAt) {

	/**
	 * @param age the child's age in whole years on {@code ageOn}
	 * @param yearGroup the year group in the academic year assessed (0 = Reception)
	 * @param home where the family lives
	 * @param pendingDetail why the decision waits, in words, or null
	 */
	public record Explanation(LocalDate dateOfBirth, LocalDate ageOn, int age, int yearGroup, GeoPoint home,
			List<Finding> findings, List<ComparedSchool> schoolsCompared, List<Measurement> measurements,
			List<Evidence> evidence, String pendingDetail) {

		public Explanation {
			findings = List.copyOf(findings);
			schoolsCompared = List.copyOf(schoolsCompared);
			measurements = List.copyOf(measurements);
			evidence = List.copyOf(evidence);
		}

	}

	/** One ask of a route-distance provider. */
	public record Measurement(String provider, String mode, Instant measuredAt, GeoPoint accessPoint,
			String unavailable) {
	}

	/** A piece of evidence the decision used, and where it came from. */
	public record Evidence(String kind, String source, String detail) {
	}

}
