package uk.gov.dorsetcouncil.edu.pledge.workforce.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.StoredJson;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceSubmission;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceSubmissions;

/**
 * Schools' workforce submissions, one document each in {@code workforce_submissions}
 * ({@code _id} = school, term and sequence), inserted once and never changed: two writers
 * of the same next sequence collide on the {@code _id}. A term's submissions are read by
 * {@code term} (an index a real MongoDB uses; the embedded engine scans a few hundred
 * documents a term).
 */
public class MongoWorkforceSubmissions implements WorkforceSubmissions {

	public static final String COLLECTION = "workforce_submissions";

	private final MongoCollection<Document> submissions;

	public MongoWorkforceSubmissions(MongoDatabase database) {
		this.submissions = database.getCollection(COLLECTION);
		this.submissions.createIndex(new Document("term", 1).append("school", 1));
	}

	@Override
	public Optional<WorkforceSubmission> find(String id) {
		return Optional.ofNullable(this.submissions.find(Filters.eq("_id", id)).first())
			.map(MongoWorkforceSubmissions::of);
	}

	@Override
	public List<WorkforceSubmission> ofTerm(String term) {
		return sorted(this.submissions.find(Filters.eq("term", term))
			.map(MongoWorkforceSubmissions::of)
			.into(new ArrayList<>()));
	}

	@Override
	public List<WorkforceSubmission> of(String school, String term) {
		return sorted(this.submissions.find(Filters.and(Filters.eq("term", term), Filters.eq("school", school)))
			.map(MongoWorkforceSubmissions::of)
			.into(new ArrayList<>()));
	}

	@Override
	public boolean append(WorkforceSubmission submission) {
		Document document = StoredJson.document(submission);
		document.put("_id", submission.id());
		return InsertOnce.one(this.submissions, document);
	}

	private static WorkforceSubmission of(Document document) {
		return StoredJson.value(document, WorkforceSubmission.class);
	}

	private static List<WorkforceSubmission> sorted(List<WorkforceSubmission> held) {
		return held.stream().sorted(Comparator.comparing(WorkforceSubmission::id)).toList();
	}

}
