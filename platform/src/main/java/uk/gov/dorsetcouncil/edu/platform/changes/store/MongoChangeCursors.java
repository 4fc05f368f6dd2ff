package uk.gov.dorsetcouncil.edu.platform.changes.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.changes.ChangeCursors;

/**
 * Consumers' cursors in the consumer's own database: collection {@code change_cursors},
 * one document per consumer ({@code _id} = its name).
 */
public final class MongoChangeCursors implements ChangeCursors {

	private final MongoCollection<Document> cursors;

	public MongoChangeCursors(MongoDatabase database) {
		this.cursors = database.getCollection("change_cursors");
	}

	@Override
	public long position(String consumer) {
		Document held = this.cursors.find(Filters.eq("_id", consumer)).first();
		return (held == null) ? 0 : ((Number) held.get("after")).longValue();
	}

	@Override
	public void moveTo(String consumer, long sequence) {
		this.cursors.updateOne(Filters.eq("_id", consumer), Updates.max("after", sequence),
				new UpdateOptions().upsert(true));
	}

	@Override
	public void reset(String consumer, long sequence) {
		this.cursors.replaceOne(Filters.eq("_id", consumer), new Document("_id", consumer).append("after", sequence),
				new ReplaceOptions().upsert(true));
	}

}
