package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.AuditLog;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.RoutedReadAudit;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.WriteAudit;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of audit record, holding the most hostile text that can reach one (NUL and
 * other control characters, bidirectional overrides, 100 KB, characters beyond the Basic
 * Multilingual Plane), written through the writer to the embedded engine, in memory and
 * on its H2 file: the chain verifies, each record reads back exactly as written, and any
 * single stored field changed, any record removed, two swapped, or the end cut off, is
 * found. Text that is not valid Unicode never reaches the store.
 */
class AuditLogTamperTest {

	static final String CHAIN = "gateway-hostile";

	static final String HOSTILE = "nul\u0000 bell\u0007 esc\u001b del\u007f c1\u0085 rtl\u202egnp.exe\u202c "
			+ "isolate\u2067x\u2069 zero\u200bwidth emoji \ud83d\ude00 flag \ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc7f "
			+ "quote\" back\\slash line\nbreak tab\t \u2028 \ufeff";

	static final String LONG = "x".repeat(100_000) + HOSTILE;

	private AuditStores stores;

	private AuditLog log;

	@AfterEach
	void stop() {
		if (this.log != null) {
			this.log.close();
			this.stores.close();
		}
	}

	/** One record of each kind the gateway writes, as its writers shape them. */
	static List<AuditEntry> everyKind() {
		Instant at = Instant.parse("2026-11-23T09:00:00.123456Z");
		List<String> roles = List.of("LA_INCLUSION_OFFICER", HOSTILE);
		return List.of(
				// a routed read (RoutedReadAudit)
				new AuditEntry(at, HOSTILE, LONG, "LOCAL_AUTHORITY:838", roles,
						"GET /api/v1/attendance/pupils/A838200125001/" + HOSTILE, List.of("A838200125001"), List.of(),
						List.of("ROUTED_ANSWER", "ATTENDANCE"), null, null, Outcome.RELEASED, ""),
				// a routed write, accepted and refused (WriteAudit)
				new AuditEntry(at.plusMillis(1), HOSTILE, "client", "SCHOOL:991001", roles,
						"PUT /api/v1/attendance/registers/991001/" + HOSTILE, List.of(), List.of(), List.of(), null,
						null, Outcome.ACCEPTED, "the attendance service answered 200"),
				new AuditEntry(at.plusMillis(2), HOSTILE, "client", "POLICE:DORSET", roles, "DELETE /x", List.of(),
						List.of(), List.of(), null, null, Outcome.REFUSED, "the gateway answered 403 " + HOSTILE),
				// an agreement's change (WriteAudit with the handler's change)
				new AuditEntry(at.plusMillis(3), HOSTILE, "client", "LOCAL_AUTHORITY:838", roles,
						"PUT /api/v1/agreements/DSA-X/status", List.of(), List.of(), List.of(), null, "DSA-X",
						Outcome.ACCEPTED, "status ACTIVE -> SUSPENDED: " + LONG),
				// a profile released (Auditor.recordThen)
				new AuditEntry(at.plusMillis(4), HOSTILE, "client", "POLICE:DORSET", roles,
						"GET /api/v1/children/{upn}/profile", List.of("A838200125001", HOSTILE), List.of(HOSTILE),
						List.of("ATTENDANCE"), HOSTILE, HOSTILE, Outcome.PARTIAL, LONG),
				// a refusal (Auditor.refused)
				new AuditEntry(at.plusMillis(5), HOSTILE, "client", "HEALTH:NHS-DORSET", roles,
						"GET /api/v1/children/{upn}/profile", List.of(HOSTILE), List.of(), List.of(), HOSTILE, HOSTILE,
						Outcome.REFUSED, "agreement DSA-X is suspended: " + HOSTILE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "memory", "h2" })
	void hostileTextIsKeptExactlyAndTheChainVerifies(String backend) {
		List<AuditRecord> written = write(backend);
		assertThat(verify().intact()).as(verify().problem()).isTrue();
		assertThat(verify().checked()).isEqualTo(written.size());
		List<AuditRecord> read = this.log
			.search(new AuditLog.Criteria(null, null, null, null, null, null, null, null),
					new PageRequest(0, PageRequest.MAX_SIZE, List.of()))
			.items();
		assertThat(read).hasSize(written.size());
		for (AuditRecord record : written) {
			AuditRecord back = read.stream()
				.filter(each -> each.sequence() == record.sequence())
				.findFirst()
				.orElseThrow();
			assertThat(back.entry()).isEqualTo(record.entry());
			assertThat(back.canonical()).isEqualTo(record.canonical());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "subject", "reason", "purpose", "children" })
	void textThatIsNotValidUnicodeIsRefusedBeforeAnyStoreNamingTheField(String field) {
		Instant at = Instant.now();
		String bad = "review\ud800";
		assertThatThrownBy(() -> new AuditEntry(at, field.equals("subject") ? bad : "s", "c", "o", List.of(), "a",
				field.equals("children") ? List.of("A1", bad) : List.of(), List.of(), List.of(),
				field.equals("purpose") ? bad : null, null, Outcome.REFUSED, field.equals("reason") ? bad : ""))
			.isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.violations().get(0).field())
				.isEqualTo(field.equals("children") ? "children[1]" : field));
	}

	/** Every stored field of a record, and a change to it. */
	static Stream<Arguments> fields() {
		List<Arguments> cases = new ArrayList<>();
		for (String backend : List.of("memory", "h2")) {
			for (String field : List.of("chain", "sequence", "at", "atNanos", "subject", "client", "organisation",
					"roles", "action", "children", "schools", "fields", "purpose", "agreement", "outcome", "reason",
					"previousHash", "hash", "canonical")) {
				cases.add(Arguments.of(backend, field));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("fields")
	void anyStoredFieldOfAnyRecordChangedIsFound(String backend, String field) {
		List<AuditRecord> written = write(backend);
		MongoCollection<Document> records = tamperable();
		for (AuditRecord record : written) {
			String id = MongoAuditStore.key(CHAIN, record.sequence());
			Document original = records.find(Filters.eq("_id", id)).first();
			records.updateOne(Filters.eq("_id", id), Updates.set(field, changed(original.get(field))));
			LogVerification verified = verify();
			assertThat(verified.intact()).as("%s of record %d changed", field, record.sequence()).isFalse();
			assertThat(verified.firstBroken()).as(verified.problem()).isEqualTo(record.sequence());
			records.replaceOne(Filters.eq("_id", id), original);
			assertThat(verify().intact()).as("put back").isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "memory", "h2" })
	void aRecordRemovedTwoSwappedOrTheEndCutOffIsFound(String backend) {
		List<AuditRecord> written = write(backend);
		MongoCollection<Document> records = tamperable();
		MongoCollection<Document> heads = this.stores.database().getCollection(MongoAuditStore.CHAINS);
		for (AuditRecord record : written) {
			String id = MongoAuditStore.key(CHAIN, record.sequence());
			Document original = records.find(Filters.eq("_id", id)).first();
			records.deleteOne(Filters.eq("_id", id));
			LogVerification verified = verify();
			assertThat(verified.intact()).isFalse();
			assertThat(verified.problem()).isEqualTo("chain " + CHAIN + ": "
					+ ((record.sequence() < written.size())
							? "record " + record.sequence() + " is missing" + " (the next held is "
									+ (record.sequence() + 1) + ")"
							: "the head names record " + written.size() + " but the chain ends at record "
									+ (written.size() - 1)));
			records.insertOne(original);
		}
		// Two records' contents swapped under their keys, and then renumbered to fit
		// them.
		Document second = records.find(Filters.eq("_id", MongoAuditStore.key(CHAIN, 2))).first();
		Document third = records.find(Filters.eq("_id", MongoAuditStore.key(CHAIN, 3))).first();
		records.replaceOne(Filters.eq("_id", second.get("_id")), new Document(third).append("_id", second.get("_id")));
		records.replaceOne(Filters.eq("_id", third.get("_id")), new Document(second).append("_id", third.get("_id")));
		assertThat(verify().firstBroken()).isEqualTo(2L);
		records.replaceOne(Filters.eq("_id", second.get("_id")),
				new Document(third).append("_id", second.get("_id")).append("sequence", 2L));
		records.replaceOne(Filters.eq("_id", third.get("_id")),
				new Document(second).append("_id", third.get("_id")).append("sequence", 3L));
		assertThat(verify().firstBroken()).isEqualTo(2L);
		records.replaceOne(Filters.eq("_id", second.get("_id")), second);
		records.replaceOne(Filters.eq("_id", third.get("_id")), third);
		assertThat(verify().intact()).isTrue();
		// The head moved past the records, or removed.
		heads.updateOne(Filters.eq("_id", CHAIN), Updates.set("sequence", (long) written.size() + 1));
		assertThat(verify().problem()).isEqualTo("chain " + CHAIN + ": the head names record " + (written.size() + 1)
				+ " but the chain ends at record " + written.size());
		heads.deleteOne(Filters.eq("_id", CHAIN));
		assertThat(verify().problem())
			.isEqualTo("chain " + CHAIN + ": the chain's head is missing, so its end cannot be checked");
	}

	@org.junit.jupiter.api.Test
	void aLogLargerThanOneReplyOfTheWireProtocolVerifies() {
		// 12,000 records of 5 KB reasons: about 120 MB, more than the 48 MB the embedded
		// engine could answer in the one reply it sends when no batch size is asked for.
		this.stores = AuditStores.start("memory");
		MongoAuditStore store = this.stores.store();
		this.log = new AuditLog(store, new AuditWriter(CHAIN, store, 1, 1));
		store.register(CHAIN);
		String previous = uk.gov.dorsetcouncil.edu.gateway.audit.HashChain.GENESIS;
		List<AuditRecord> batch = new ArrayList<>();
		for (int sequence = 1; sequence <= 12_000; sequence++) {
			AuditEntry entry = new AuditEntry(Instant.now(), "officer", "client", "LOCAL_AUTHORITY:838", List.of(),
					"GET /", List.of(), List.of(), List.of(), null, null, Outcome.RELEASED, "r".repeat(5_000));
			AuditRecord record = uk.gov.dorsetcouncil.edu.gateway.audit.HashChain.link(CHAIN, sequence, entry,
					previous);
			previous = record.hash();
			batch.add(record);
			if (batch.size() == 500) {
				store.insert(batch);
				batch.clear();
			}
		}
		store.moveHead(CHAIN, 12_000, previous);
		LogVerification verified = verify();
		assertThat(verified.intact()).as(verified.problem()).isTrue();
		assertThat(verified.checked()).isEqualTo(12_000);
	}

	private List<AuditRecord> write(String backend) {
		this.stores = AuditStores.start(backend);
		MongoAuditStore store = this.stores.store();
		this.log = new AuditLog(store, new AuditWriter(CHAIN, store, 100, 10).start());
		return everyKind().stream().map(entry -> this.log.append(entry).block()).toList();
	}

	/** The records, as someone able to drop their unique index could change them. */
	private MongoCollection<Document> tamperable() {
		MongoCollection<Document> records = this.stores.database().getCollection(MongoAuditStore.RECORDS);
		records.dropIndexes();
		return records;
	}

	private LogVerification verify() {
		return this.log.verify();
	}

	private static Object changed(Object value) {
		return switch (value) {
			case String text -> text + "x";
			case Long number -> number + 1;
			case List<?> list -> {
				List<Object> more = new ArrayList<>(list);
				more.add("x");
				yield more;
			}
			case Binary binary -> {
				byte[] bytes = binary.getData().clone();
				bytes[bytes.length - 2] ^= 1;
				yield new Binary(bytes);
			}
			default -> throw new IllegalArgumentException("no change for " + value);
		};
	}

}
