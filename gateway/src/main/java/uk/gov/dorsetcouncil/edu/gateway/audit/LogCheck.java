package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recomputes every chain of the log at once: records arrive in sequence order within each
 * chain (in any order across chains), each is checked against its own chain, and every
 * chain that has a head or records is reported, including a head whose records are all
 * gone.
 */
public final class LogCheck {

	private final Map<String, ChainHead> heads;

	private final Map<String, ChainCheck> chains = new TreeMap<>();

	public LogCheck(Map<String, ChainHead> heads) {
		this.heads = Map.copyOf(heads);
		this.heads.keySet().forEach(this::chain);
	}

	public void next(AuditRecord record) {
		chain(record.chain()).next(record);
	}

	public void unreadable(String chain, String key, String why) {
		chain(chain).unreadable(key, why);
	}

	public LogVerification end() {
		List<ChainVerification> verified = new ArrayList<>();
		this.chains.values().forEach(check -> verified.add(check.end()));
		return LogVerification.of(verified);
	}

	private ChainCheck chain(String chain) {
		return this.chains.computeIfAbsent(chain, name -> new ChainCheck(name, this.heads.get(name)));
	}

}
