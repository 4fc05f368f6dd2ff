package uk.gov.dorsetcouncil.edu.gateway.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainTest {

	@Test
	void anUntouchedChainVerifies() {
		List<AuditRecord> chain = chain(5);
		assertThat(HashChain.verify(chain, chain.get(4).hash()))
			.isEqualTo(new HashChain.Verification(true, 5, null, ""));
		assertThat(chain.get(0).previousHash()).isEqualTo(HashChain.GENESIS);
		assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
	}

	@Test
	void aChangedRecordIsTheFirstBrokenLink() {
		List<AuditRecord> chain = chain(5);
		AuditRecord third = chain.get(2);
		AuditEntry e = third.entry();
		AuditEntry changed = new AuditEntry(e.at(), "somebody-else", e.client(), e.organisation(), e.roles(),
				e.action(), e.children(), e.schools(), e.fields(), e.purpose(), e.agreement(), e.outcome(), e.reason());
		chain.set(2, new AuditRecord(3, changed, third.previousHash(), third.hash()));
		assertThat(HashChain.verify(chain, chain.get(4).hash()))
			.isEqualTo(new HashChain.Verification(false, 2, 3L, "record 3 was changed after it was written"));
	}

	@Test
	void aRecordRehashedAfterAChangeBreaksTheNextLink() {
		List<AuditRecord> chain = chain(5);
		AuditRecord third = chain.get(2);
		AuditEntry e = third.entry();
		AuditEntry changed = new AuditEntry(e.at(), e.subject(), e.client(), e.organisation(), e.roles(), e.action(),
				List.of(), e.schools(), e.fields(), e.purpose(), e.agreement(), e.outcome(), e.reason());
		chain.set(2, HashChain.link(3, changed, third.previousHash()));
		assertThat(HashChain.verify(chain, chain.get(4).hash()).firstBroken()).isEqualTo(4L);
	}

	@Test
	void aRemovedRecordOrATruncatedEndIsFound() {
		List<AuditRecord> chain = chain(5);
		String head = chain.get(4).hash();
		List<AuditRecord> gap = new ArrayList<>(chain);
		gap.remove(1);
		assertThat(HashChain.verify(gap, head).problem()).isEqualTo("record 2 is missing (the next held is 3)");
		List<AuditRecord> truncated = new ArrayList<>(chain.subList(0, 4));
		assertThat(HashChain.verify(truncated, head).firstBroken()).isEqualTo(5L);
	}

	@Test
	void valuesCannotBeShiftedBetweenFields() {
		AuditEntry a = entry("ab", "c");
		AuditEntry b = entry("a", "bc");
		assertThat(HashChain.hash(1, a, HashChain.GENESIS)).isNotEqualTo(HashChain.hash(1, b, HashChain.GENESIS));
	}

	static List<AuditRecord> chain(int length) {
		List<AuditRecord> chain = new ArrayList<>();
		String previous = HashChain.GENESIS;
		for (int i = 1; i <= length; i++) {
			AuditRecord record = HashChain.link(i, entry("officer-" + i, "client"), previous);
			chain.add(record);
			previous = record.hash();
		}
		return chain;
	}

	static AuditEntry entry(String subject, String client) {
		return new AuditEntry(Instant.parse("2026-11-23T09:00:00Z"), subject, client, "LOCAL_AUTHORITY:838",
				List.of("LA_INCLUSION_OFFICER"), "GET /api/v1/children/{upn}/profile", List.of("A838200125001"),
				List.of("991001"), List.of("ATTENDANCE"), "", "", Outcome.RELEASED, "");
	}

}
