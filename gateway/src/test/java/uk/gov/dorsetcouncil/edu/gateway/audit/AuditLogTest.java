package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.gateway.audit.domain.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.Outcome;
import uk.gov.dorsetcouncil.edu.platform.mongo.EmbeddedMongo;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log after a gateway was killed in the middle of an append. */
class AuditLogTest {

	private EmbeddedMongo mongo;

	private MongoClient client;

	private MongoDatabase database;

	@BeforeEach
	void start() {
		this.mongo = EmbeddedMongo.start(new MongoSettings(null, "gateway", null, true));
		this.client = MongoClients.create(this.mongo.connectionString());
		this.database = this.client.getDatabase("gateway");
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.mongo.close();
	}

	@Test
	void aGatewayKilledBetweenRecordingAndMovingTheHeadVerifiesIntactWhenStartedAgain() {
		AuditLog log = new AuditLog(this.database);
		for (int i = 1; i <= 3; i++) {
			log.append(entry(i));
		}
		headBackTo(2);
		assertThat(log.verify().intact()).as("as the kill left it").isFalse();

		AuditLog restarted = new AuditLog(this.database);

		assertThat(restarted.verify().intact()).isTrue();
		assertThat(restarted.verify().checked()).isEqualTo(3);
		assertThat(restarted.append(entry(4)).sequence()).isEqualTo(4);
		assertThat(restarted.verify().intact()).isTrue();
	}

	@Test
	void aRecordAfterTheHeadThatDoesNotLinkIsLeftForVerifyToReport() {
		AuditLog log = new AuditLog(this.database);
		for (int i = 1; i <= 3; i++) {
			log.append(entry(i));
		}
		headBackTo(2);
		this.database.getCollection("audit_log")
			.updateOne(Filters.eq("_id", 3L), Updates.set("previousHash", "f".repeat(64)));

		AuditLog restarted = new AuditLog(this.database);

		assertThat(restarted.verify().intact()).isFalse();
	}

	/** The head as it was before the last record: what a kill after its insert leaves. */
	private void headBackTo(long sequence) {
		MongoCollection<Document> records = this.database.getCollection("audit_log");
		String hash = records.find(Filters.eq("_id", sequence)).first().getString("hash");
		this.database.getCollection("audit_head")
			.replaceOne(Filters.eq("_id", "head"),
					new Document("_id", "head").append("sequence", sequence).append("hash", hash));
	}

	private static AuditEntry entry(int n) {
		return new AuditEntry(Instant.parse("2026-11-23T09:00:00Z").plusSeconds(n), "officer-" + n, "dashboard",
				"LOCAL_AUTHORITY:838", List.of("LA_INCLUSION_OFFICER"), "GET /api/v1/attendance/pupils/x/attendance",
				List.of(), List.of(), List.of("ROUTED_ANSWER"), null, null, Outcome.RELEASED, null);
	}

}
