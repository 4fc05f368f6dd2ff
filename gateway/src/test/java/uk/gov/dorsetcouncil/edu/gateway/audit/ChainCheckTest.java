package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainCheckTest {

	static final String CHAIN = "gateway-a";

	@Test
	void anUntouchedChainVerifiesAndLinksFromGenesis() {
		List<AuditRecord> chain = chain(5);
		assertThat(check(chain, head(chain))).isEqualTo(new ChainVerification(CHAIN, true, 5, 5L, 0, null, ""));
		assertThat(chain.get(0).previousHash()).isEqualTo(HashChain.GENESIS);
		assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
		assertThat(HashChain.hash(chain.get(2).canonical())).isEqualTo(chain.get(2).hash());
	}

	@Test
	void theCanonicalBytesHoldEveryFieldAndThePlaceInTheChain() {
		String canonical = new String(chain(1).get(0).canonical(), StandardCharsets.UTF_8);
		assertThat(canonical).isEqualTo("{\"action\":\"GET /api/v1/children/{upn}/profile\",\"agreement\":\"\","
				+ "\"at\":\"2026-11-23T09:00:00Z\",\"chain\":\"gateway-a\",\"children\":[\"A838200125001\"],"
				+ "\"client\":\"client\",\"fields\":[\"ATTENDANCE\"],\"organisation\":\"LOCAL_AUTHORITY:838\","
				+ "\"outcome\":\"RELEASED\",\"previousHash\":\"" + HashChain.GENESIS + "\",\"purpose\":\"\","
				+ "\"reason\":\"\",\"roles\":[\"LA_INCLUSION_OFFICER\"],\"schools\":[\"991001\"],\"sequence\":1,"
				+ "\"subject\":\"officer-1\"}");
	}

	/**
	 * Each way a stored record can be changed, and what the check says about record 3.
	 */
	static Stream<Arguments> changes() {
		return Stream.of(
				Arguments.of("a field", (UnaryOperator<AuditRecord>) r -> with(r, entry("somebody-else", "client")),
						"record 3 was changed after it was written"),
				Arguments.of("the time",
						(UnaryOperator<AuditRecord>) r -> with(r, new AuditEntry(Instant.parse("2026-11-23T09:00:01Z"),
								r.entry().subject(), r.entry().client(), r.entry().organisation(), r.entry().roles(),
								r.entry().action(), r.entry().children(), r.entry().schools(), r.entry().fields(),
								r.entry().purpose(), r.entry().agreement(), r.entry().outcome(), r.entry().reason())),
						"record 3 was changed after it was written"),
				Arguments.of("one byte of the canonical bytes", (UnaryOperator<AuditRecord>) r -> {
					byte[] bytes = r.canonical().clone();
					bytes[bytes.length / 2] ^= 1;
					return new AuditRecord(r.chain(), r.sequence(), r.entry(), r.previousHash(), bytes, r.hash());
				}, "record 3 was changed after it was written"),
				Arguments.of("the hash",
						(UnaryOperator<AuditRecord>) r -> new AuditRecord(r.chain(), r.sequence(), r.entry(),
								r.previousHash(), r.canonical(), HashChain.GENESIS.replace('0', 'f')),
						"record 3's hash is not the hash of the bytes it was written as"),
				Arguments.of("the previous hash",
						(UnaryOperator<AuditRecord>) r -> new AuditRecord(r.chain(), r.sequence(), r.entry(),
								HashChain.GENESIS, r.canonical(), r.hash()),
						"record 3 was changed after it was written"),
				Arguments.of("the previous hash, with bytes and hash made again",
						(UnaryOperator<AuditRecord>) r -> HashChain.link(r.chain(), r.sequence(), r.entry(),
								HashChain.GENESIS),
						"record 3 does not follow the record before it"),
				Arguments.of("the chain",
						(UnaryOperator<AuditRecord>) r -> new AuditRecord("gateway-b", r.sequence(), r.entry(),
								r.previousHash(), r.canonical(), r.hash()),
						"record 3 was changed after it was written"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void aChangedRecordIsTheFirstBrokenLink(String what, UnaryOperator<AuditRecord> change, String problem) {
		List<AuditRecord> chain = chain(5);
		ChainHead head = head(chain);
		chain.set(2, change.apply(chain.get(2)));
		assertThat(check(chain, head)).isEqualTo(new ChainVerification(CHAIN, false, 2, 5L, 0, 3L, problem));
	}

	@Test
	void aRecordReplacedAndRehashedBreaksTheNextLink() {
		List<AuditRecord> chain = chain(5);
		ChainHead head = head(chain);
		AuditRecord third = chain.get(2);
		chain.set(2, HashChain.link(CHAIN, 3, entry("somebody-else", "client"), third.previousHash()));
		assertThat(check(chain, head).problem()).isEqualTo("record 4 does not follow the record before it");
	}

	@Test
	void aRemovedRecordTwoSwappedOrOneHeldTwiceIsFound() {
		List<AuditRecord> chain = chain(5);
		ChainHead head = head(chain);
		List<AuditRecord> gap = new ArrayList<>(chain);
		gap.remove(1);
		assertThat(check(gap, head).problem()).isEqualTo("record 2 is missing (the next held is 3)");
		List<AuditRecord> swapped = new ArrayList<>(chain);
		Collections.swap(swapped, 1, 2);
		assertThat(check(swapped, head).problem()).isEqualTo("record 2 is missing (the next held is 3)");
		List<AuditRecord> renumbered = new ArrayList<>(chain);
		renumbered.set(1, HashChain.link(CHAIN, 2, chain.get(2).entry(), chain.get(0).hash()));
		renumbered.set(2, HashChain.link(CHAIN, 3, chain.get(1).entry(), renumbered.get(1).hash()));
		assertThat(check(renumbered, head).problem()).isEqualTo("record 4 does not follow the record before it");
		List<AuditRecord> twice = new ArrayList<>(chain);
		twice.add(2, chain.get(1));
		assertThat(check(twice, head).problem()).isEqualTo("record 2 is held twice or out of place");
	}

	@Test
	void theEndCutOffOrAHeadPastTheRecordsIsFound() {
		List<AuditRecord> chain = chain(5);
		ChainHead head = head(chain);
		assertThat(check(chain.subList(0, 4), head)).isEqualTo(new ChainVerification(CHAIN, false, 4, 5L, 0, 5L,
				"the head names record 5 but the chain ends " + "at record 4"));
		assertThat(check(List.of(), head).problem())
			.isEqualTo("the head names record 5 but the chain holds no records");
		assertThat(check(chain, new ChainHead(CHAIN, 5, chain.get(3).hash())).problem())
			.isEqualTo("the head names another record 5 than the one held");
		assertThat(check(chain, null).problem()).isEqualTo("the chain's head is missing, so its end cannot be checked");
	}

	@Test
	void recordsPastTheHeadOfAWriteCutShortAreCountedAndStillLink() {
		List<AuditRecord> chain = chain(5);
		assertThat(check(chain, new ChainHead(CHAIN, 3, chain.get(2).hash())))
			.isEqualTo(new ChainVerification(CHAIN, true, 5, 3L, 2, null, ""));
		assertThat(check(List.of(), ChainHead.start(CHAIN)))
			.isEqualTo(new ChainVerification(CHAIN, true, 0, 0L, 0, null, ""));
	}

	@Test
	void theLogIsIntactWhenEveryChainIsAndNamesTheFirstBrokenChain() {
		List<AuditRecord> a = chain(3);
		List<AuditRecord> b = new ArrayList<>();
		String previous = HashChain.GENESIS;
		for (int i = 1; i <= 2; i++) {
			b.add(HashChain.link("gateway-b", i, entry("officer-b" + i, "client"), previous));
			previous = b.get(i - 1).hash();
		}
		Map<String, ChainHead> heads = Map.of(CHAIN, head(a), "gateway-b", new ChainHead("gateway-b", 2, previous),
				"gateway-c", ChainHead.start("gateway-c"));
		LogCheck intact = new LogCheck(heads);
		// Chains interleaved, as a store may return them.
		List.of(a.get(0), b.get(0), a.get(1), b.get(1), a.get(2)).forEach(intact::next);
		LogVerification verified = intact.end();
		assertThat(verified.intact()).isTrue();
		assertThat(verified.checked()).isEqualTo(5);
		assertThat(verified.chains()).extracting(ChainVerification::chain)
			.containsExactly(CHAIN, "gateway-b", "gateway-c");

		LogCheck broken = new LogCheck(heads);
		List.of(a.get(0), a.get(1), a.get(2), b.get(1)).forEach(broken::next);
		assertThat(broken.end()).satisfies(log -> {
			assertThat(log.intact()).isFalse();
			assertThat(log.checked()).isEqualTo(3);
			assertThat(log.firstBroken()).isEqualTo(1L);
			assertThat(log.brokenChain()).isEqualTo("gateway-b");
			assertThat(log.problem()).isEqualTo("chain gateway-b: record 1 is missing (the next held is 2)");
		});
	}

	@Test
	void valuesCannotBeShiftedBetweenFields() {
		AuditRecord a = HashChain.link(CHAIN, 1, entry("ab", "c"), HashChain.GENESIS);
		AuditRecord b = HashChain.link(CHAIN, 1, entry("a", "bc"), HashChain.GENESIS);
		assertThat(a.hash()).isNotEqualTo(b.hash());
	}

	@Test
	void anEntryWithTextThatCannotBeKeptIsRefusedNamingTheField() {
		assertThatThrownBy(() -> entry("officer", "client\ud800")).isInstanceOfSatisfying(ProblemException.class,
				problem -> assertThat(problem.violations().get(0).field()).isEqualTo("client"));
	}

	static ChainVerification check(List<AuditRecord> records, ChainHead head) {
		ChainCheck check = new ChainCheck(CHAIN, head);
		records.forEach(check::next);
		return check.end();
	}

	static ChainHead head(List<AuditRecord> chain) {
		AuditRecord last = chain.get(chain.size() - 1);
		return new ChainHead(CHAIN, last.sequence(), last.hash());
	}

	static List<AuditRecord> chain(int length) {
		List<AuditRecord> chain = new ArrayList<>();
		String previous = HashChain.GENESIS;
		for (int i = 1; i <= length; i++) {
			AuditRecord record = HashChain.link(CHAIN, i, entry("officer-" + i, "client"), previous);
			chain.add(record);
			previous = record.hash();
		}
		return chain;
	}

	static AuditRecord with(AuditRecord record, AuditEntry entry) {
		return new AuditRecord(record.chain(), record.sequence(), entry, record.previousHash(), record.canonical(),
				record.hash());
	}

	static AuditEntry entry(String subject, String client) {
		return new AuditEntry(Instant.parse("2026-11-23T09:00:00Z"), subject, client, "LOCAL_AUTHORITY:838",
				List.of("LA_INCLUSION_OFFICER"), "GET /api/v1/children/{upn}/profile", List.of("A838200125001"),
				List.of("991001"), List.of("ATTENDANCE"), "", "", Outcome.RELEASED, "");
	}

}
