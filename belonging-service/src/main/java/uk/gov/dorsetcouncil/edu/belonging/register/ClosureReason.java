package uk.gov.dorsetcouncil.edu.belonging.register;

/** Why a register entry was closed. */
public enum ClosureReason {

	/**
	 * Admitted to a school: a new-pupil return (attendance's roll) or recorded by hand.
	 */
	ON_ROLL,
	/** Found receiving suitable education at home (a CME entry becomes an EHE one). */
	HOME_EDUCATED,
	/** Moved to another local authority's area, its CME officer told. */
	MOVED_AWAY,
	/** Returned to school after home education, or the notice withdrawn. */
	RETURNED_TO_SCHOOL,
	/** Past compulsory school age. */
	CEASED_COMPULSORY_SCHOOL_AGE,
	/** Opened in error. */
	OPENED_IN_ERROR,
	/** Any other reason, said in the note. */
	OTHER

}
