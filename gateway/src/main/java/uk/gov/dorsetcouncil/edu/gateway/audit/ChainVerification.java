package uk.gov.dorsetcouncil.edu.gateway.audit;

/**
 * One chain, recomputed.
 *
 * @param chain the chain (the replica that wrote it)
 * @param intact true when every link holds and the head names the last acknowledged
 * record
 * @param checked how many records were found intact (before the first broken link, if
 * any)
 * @param head the sequence number the chain's head names, or null when it has none
 * @param pastHead records after the head: a batch whose writer stopped before moving the
 * head, so nobody was told they were recorded (counted only when intact)
 * @param firstBroken the sequence number of the first broken link, or null
 * @param problem what is wrong there, or empty
 */
public record ChainVerification(String chain, boolean intact, long checked, Long head, long pastHead, Long firstBroken,
		String problem) {

}
