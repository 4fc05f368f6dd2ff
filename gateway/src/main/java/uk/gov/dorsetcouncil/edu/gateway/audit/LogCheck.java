package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recomputes every chain of the log at once: records arrive in sequence order within each
 * chain (in any order across chains), each is checked against its own chain, and every
 * chain that has a head, records or signed checkpoints is reported, including a head
 * whose records are all gone.
 */
public final class LogCheck {

	private final Map<String, ChainHead> heads;

	private final Map<String, List<Checkpoint>> signed;

	private final boolean full;

	private final int interval;

	private final Map<String, ChainCheck> chains = new TreeMap<>();

	/** Every chain from its first record, without checkpoints. */
	public LogCheck(Map<String, ChainHead> heads) {
		this(heads, Map.of(), true, 0);
	}

	/**
	 * @param signed each chain's checkpoints whose signatures hold, in sequence order
	 * @param full from each chain's first record (true), or from its last checkpoint
	 * @param interval records between checkpoints (ChainCheck#due)
	 */
	public LogCheck(Map<String, ChainHead> heads, Map<String, List<Checkpoint>> signed, boolean full, int interval) {
		this.heads = Map.copyOf(heads);
		this.signed = Map.copyOf(signed);
		this.full = full;
		this.interval = interval;
		this.heads.keySet().forEach(this::chain);
		this.signed.keySet().forEach(this::chain);
	}

	/** The first record each chain is read from: 1, or its last signed checkpoint. */
	public Map<String, Long> starts() {
		Map<String, Long> starts = new TreeMap<>();
		this.chains.forEach((chain, check) -> starts.put(chain, check.from()));
		return starts;
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
		return LogVerification.of(verified, this.full);
	}

	/** The checkpoints earned by intact chains (ChainCheck#due), signed with the key. */
	public List<Checkpoint> due(CheckpointKey key) {
		List<Checkpoint> due = new ArrayList<>();
		this.chains.forEach(
				(chain, check) -> check.due().forEach((sequence, hash) -> due.add(key.sign(chain, sequence, hash))));
		return due;
	}

	private ChainCheck chain(String chain) {
		return this.chains.computeIfAbsent(chain, name -> new ChainCheck(name, this.heads.get(name),
				this.signed.getOrDefault(name, List.of()), !this.full, this.interval));
	}

}
