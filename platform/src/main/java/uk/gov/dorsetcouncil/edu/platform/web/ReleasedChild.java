package uk.gov.dorsetcouncil.edu.platform.web;

/**
 * An item of an answer that releases a child's personal data (a roll entry, an alert, a
 * plan, a mark). A list whose items are released children tells the gateway which
 * children it released ({@link ReleasedChildren}), so that the audit log accounts for
 * every child a list releases and not only the child a path names (issue 12, part 8).
 */
public interface ReleasedChild {

	/** The child's UPN. */
	String upn();

	/**
	 * The school the child is released as a pupil of, or null when the answer's path
	 * names the school ({@code /schools/{urn}/...}).
	 */
	default String urn() {
		return null;
	}

	/**
	 * An answer that is not a page but lists children all the same (a register's marks).
	 */
	interface Listing {

		/** The children this answer releases. */
		Iterable<? extends ReleasedChild> releasedChildren();

	}

}
