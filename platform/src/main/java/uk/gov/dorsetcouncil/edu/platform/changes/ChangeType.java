package uk.gov.dorsetcouncil.edu.platform.changes;

/** What happened to an entity. */
public enum ChangeType {

	CREATED, UPDATED,
	/**
	 * The entity is gone (a pupil off a school's roll, a plan withdrawn); the entry
	 * carries its key, so that a consumer or a partner's "changes since" removes its
	 * copy.
	 */
	DELETED

}
