package uk.gov.dorsetcouncil.edu.pledge.commitment.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Commitment;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Pledge;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeReference;
import uk.gov.dorsetcouncil.edu.pledge.commitment.ProgressStatus;

/**
 * The commitments, one document each ({@code _id} = {@code STUDENT-1} ...). Loading the
 * reference data sets only the strategy's fields, one upsert per commitment, so it can
 * run at every start and never touches the progress recorded against a commitment.
 */
@Component
public class CommitmentStore {

	private final MongoCollection<Document> commitments;

	CommitmentStore(MongoDatabase database) {
		this.commitments = database.getCollection("commitments");
	}

	void loadReference(PledgeReference reference) {
		for (Commitment commitment : reference.commitments()) {
			this.commitments.updateOne(Filters.eq("_id", commitment.key()),
					Updates.combine(Updates.set("pledge", commitment.pledge().name()),
							Updates.set("number", commitment.number()), Updates.set("title", commitment.title()),
							Updates.set("wording", commitment.wording())),
					new UpdateOptions().upsert(true));
		}
	}

	/** The commitments of one pledge, or of both, in pledge and number order. */
	public List<Commitment> find(Optional<Pledge> pledge) {
		Bson filter = pledge.map(only -> Filters.eq("pledge", only.name())).orElse(Filters.empty());
		return this.commitments.find(filter)
			.map(CommitmentStore::commitment)
			.into(new ArrayList<>())
			.stream()
			.sorted(Comparator.comparing(Commitment::pledge).thenComparing(Commitment::number))
			.toList();
	}

	private static Commitment commitment(Document document) {
		String status = document.getString("latestStatus");
		return new Commitment(Pledge.valueOf(document.getString("pledge")), document.getInteger("number"),
				document.getString("title"), document.getString("wording"),
				(status != null) ? ProgressStatus.valueOf(status) : null);
	}

}
