package uk.gov.dorsetcouncil.edu.platform.changes;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Which entries a caller may read: the hook through which one feed serves other services
 * (who see everything) and, later, partners' "changes since" (who see what their rights
 * cover, deletions included).
 */
@FunctionalInterface
public interface ChangeVisibility {

	boolean visibleTo(Caller caller, Change change);

	/**
	 * County-wide callers (the LA, platform services) see every entry; any other caller
	 * the entries that concern its own organisation.
	 */
	static ChangeVisibility byOrganisation() {
		return (caller, change) -> caller.actsCountyWide()
				|| change.organisations().contains(caller.organisation().asHeader());
	}

}
