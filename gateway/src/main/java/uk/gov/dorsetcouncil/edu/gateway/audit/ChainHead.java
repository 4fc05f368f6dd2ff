package uk.gov.dorsetcouncil.edu.gateway.audit;

/**
 * The last acknowledged record of a chain, as its writer keeps it: every record it has
 * acknowledged is at or before the head, so a record removed from the end is found.
 *
 * @param sequence the last acknowledged record's sequence number (0: none yet)
 * @param hash that record's hash ({@link HashChain#GENESIS} when none)
 */
public record ChainHead(String chain, long sequence, String hash) {

	/** A chain registered before its first record. */
	public static ChainHead start(String chain) {
		return new ChainHead(chain, 0, HashChain.GENESIS);
	}

}
