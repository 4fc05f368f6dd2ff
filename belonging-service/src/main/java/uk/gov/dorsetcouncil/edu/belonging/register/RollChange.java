package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.LocalDate;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A change to a school's roll as attendance's feed tells it (entity {@code enrolment}): a
 * child joined (a new-pupil return) or was deleted (a deletion return, with its ground
 * and destination).
 *
 * @param sequence the entry's place in attendance's feed
 * @param joined true for a new-pupil return, false for a deletion
 * @param urn the school
 * @param upn the child
 * @param date the admission date when joining, the leaving date when deleted
 * @param ground the deletion ground ({@code NOT_GIVEN} when none), null when joining
 * @param destination where the deletion return says the child went, or null
 */
public record RollChange(long sequence, boolean joined, String urn, Upn upn, LocalDate date, String ground,
		String destination) {

	/**
	 * Grounds on which a child leaves for somewhere known to the LA, or leaves compulsory
	 * education: no CME entry whatever the destination (SI 2024/208 reg 9; CME guidance
	 * 2024 paragraphs on deletion returns). Home education is the EHE register's.
	 */
	static final Set<String> ACCOUNTED_FOR = Set.of("EDUCATED_OTHERWISE_THAN_AT_SCHOOL", "MEDICALLY_UNFIT_TO_ATTEND",
			"PERMANENTLY_EXCLUDED", "DIED", "CEASED_COMPULSORY_SCHOOL_AGE", "IN_CUSTODY");

	/**
	 * A deletion with no known destination opens a CME entry (domain-rules.md section 4):
	 * no destination given, and a ground that does not itself say where the child is.
	 */
	public boolean opensMissingEducation() {
		return !this.joined && (this.destination == null || this.destination.isBlank())
				&& !ACCOUNTED_FOR.contains(this.ground);
	}

}
