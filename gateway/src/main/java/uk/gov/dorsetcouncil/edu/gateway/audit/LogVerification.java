package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.List;

/**
 * Every chain of the audit log, recomputed. The first four fields keep the answer of the
 * single chain before ADR 0015 readable as it was: {@code intact} for the whole log,
 * {@code checked} summed over the chains, and the first broken chain's link and problem.
 *
 * @param intact true when every chain is intact
 * @param checked how many records were found intact, over all chains
 * @param firstBroken the first broken link's sequence number in {@code brokenChain}, or
 * null
 * @param problem {@code chain <id>: <what is wrong>}, or empty
 * @param brokenChain the first chain (by name) found broken, or null
 * @param chains each chain, by name
 */
public record LogVerification(boolean intact, long checked, Long firstBroken, String problem, String brokenChain,
		List<ChainVerification> chains) {

	public LogVerification {
		chains = List.copyOf(chains);
	}

	public static LogVerification of(List<ChainVerification> chains) {
		long checked = chains.stream().mapToLong(ChainVerification::checked).sum();
		return chains.stream()
			.filter(chain -> !chain.intact())
			.findFirst()
			.map(broken -> new LogVerification(false, checked, broken.firstBroken(),
					"chain " + broken.chain() + ": " + broken.problem(), broken.chain(), chains))
			.orElseGet(() -> new LogVerification(true, checked, null, "", null, chains));
	}

}
