package uk.gov.dorsetcouncil.edu.transport.disruption.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;
import uk.gov.dorsetcouncil.edu.transport.disruption.Disruption;
import uk.gov.dorsetcouncil.edu.transport.disruption.DisruptionStore;

/**
 * One document per disruption in {@code transport_disruptions} ({@code _id} = its id),
 * the disruption as its JSON under {@code disruption} and its days beside it (ISO dates
 * compare as text) for the period queries; written with its change in the same write (the
 * change feed's outbox, ADR 0023).
 */
public class MongoDisruptionStore implements DisruptionStore {

	public static final String COLLECTION = "transport_disruptions";

	private final MongoCollection<Document> disruptions;

	private final ChangeRelay relay;

	private final JsonMapper json = JsonMapper.shared();

	public MongoDisruptionStore(MongoDatabase database, ChangeRelay relay) {
		this.disruptions = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.disruptions);
	}

	@Override
	public Optional<Disruption> find(String id) {
		return Optional.ofNullable(this.disruptions.find(Filters.eq("_id", id)).first()).map(this::read);
	}

	@Override
	public List<Disruption> overlapping(LocalDate from, LocalDate to) {
		List<Disruption> found = new ArrayList<>();
		for (Document held : this.disruptions
			.find(Filters.and(Filters.lte("firstDay", to.toString()), Filters.gte("lastDay", from.toString())))) {
			found.add(read(held));
		}
		found.sort(Comparator.comparing(Disruption::firstDay).thenComparing(Disruption::id));
		return found;
	}

	@Override
	public int countStartingOn(LocalDate day) {
		return (int) this.disruptions.countDocuments(Filters.eq("firstDay", day.toString()));
	}

	@Override
	public boolean add(Disruption disruption, List<Change> changes) {
		Document document = new Document("disruption", Document.parse(this.json.writeValueAsString(disruption)))
			.append("firstDay", disruption.firstDay().toString())
			.append("lastDay", disruption.lastDay().toString());
		boolean saved = ChangeRecordingWrites.save(this.disruptions, disruption.id(), document, 0, changes);
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.disruptions, disruption.id());
		}
		return saved;
	}

	private Disruption read(Document held) {
		return this.json.readValue(held.get("disruption", Document.class).toJson(), Disruption.class);
	}

}
