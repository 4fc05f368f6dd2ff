package uk.gov.dorsetcouncil.edu.pledge.commitment.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentHistory;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentVersion;

/**
 * Every version of every commitment, one document each in {@code commitment_versions},
 * {@code _id} = key and version ({@code STUDENT-6:000003}): a version is inserted once
 * and never changed, and two writers of the same next version collide on the {@code _id}
 * (the second writes nothing). Seventeen commitments with tens of versions each: reads
 * scan the collection's key field, which a real MongoDB indexes.
 */
@Component
public class MongoCommitmentHistory implements CommitmentHistory {

	public static final String COLLECTION = "commitment_versions";

	private final MongoCollection<Document> versions;

	MongoCommitmentHistory(MongoDatabase database) {
		this.versions = database.getCollection(COLLECTION);
		this.versions.createIndex(new Document("key", 1).append("version", 1));
	}

	@Override
	public List<CommitmentVersion> versions(String key) {
		return this.versions.find(Filters.eq("key", key))
			.map(document -> StoredJson.value(document, CommitmentVersion.class))
			.into(new ArrayList<>())
			.stream()
			.sorted(Comparator.comparingLong(CommitmentVersion::version))
			.toList();
	}

	@Override
	public List<CommitmentVersion> all() {
		return this.versions.find()
			.map(document -> StoredJson.value(document, CommitmentVersion.class))
			.into(new ArrayList<>());
	}

	@Override
	public boolean append(CommitmentVersion version) {
		Document document = StoredJson.document(version);
		document.put("_id", String.format("%s:%06d", version.key(), version.version()));
		document.put("key", version.key());
		return InsertOnce.one(this.versions, document);
	}

}
