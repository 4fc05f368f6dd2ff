package uk.gov.dorsetcouncil.edu.transport.eligibility.store;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.DecisionStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.PupilDecisions;

/**
 * Each pupil's eligibility decisions in one document of {@code pupil_eligibility}
 * ({@code _id} = UPN), written with a version check and its change in the same write (the
 * change feed's outbox, ADR 0023), relayed to the feed right after. A decision is kept as
 * it was explained, field for field (its JSON as a document: dates and instants ISO
 * strings, enums by name), so that reading it back gives the same explanation.
 */
public class MongoDecisionStore implements DecisionStore {

	public static final String COLLECTION = "pupil_eligibility";

	private final MongoCollection<Document> pupils;

	private final ChangeRelay relay;

	private final JsonMapper json = JsonMapper.shared();

	public MongoDecisionStore(MongoDatabase database, ChangeRelay relay) {
		this.pupils = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.pupils);
	}

	@Override
	public PupilDecisions find(Upn upn) {
		Document held = this.pupils.find(Filters.eq("_id", upn.value())).first();
		return (held != null) ? read(held) : PupilDecisions.none(upn);
	}

	@Override
	public List<PupilDecisions> all() {
		List<PupilDecisions> all = new ArrayList<>();
		for (Document held : this.pupils.find()) {
			all.add(read(held));
		}
		return all;
	}

	private PupilDecisions read(Document held) {
		List<Decision> decisions = new ArrayList<>();
		for (Document decision : held.getList("decisions", Document.class, List.of())) {
			decisions.add(this.json.readValue(decision.toJson(), Decision.class));
		}
		return new PupilDecisions(new Upn(held.getString("_id")), decisions, VersionedWrites.versionOf(held));
	}

	@Override
	public boolean save(PupilDecisions decisions, List<Change> changes) {
		Document document = new Document("decisions",
				decisions.decisions()
					.stream()
					.map(decision -> Document.parse(this.json.writeValueAsString(decision)))
					.toList());
		boolean saved = ChangeRecordingWrites.save(this.pupils, decisions.upn().value(), document, decisions.version(),
				changes);
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.pupils, decisions.upn().value());
		}
		return saved;
	}

}
