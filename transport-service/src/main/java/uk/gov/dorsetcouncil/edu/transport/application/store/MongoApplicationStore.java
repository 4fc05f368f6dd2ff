package uk.gov.dorsetcouncil.edu.transport.application.store;

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
import uk.gov.dorsetcouncil.edu.transport.application.Application;
import uk.gov.dorsetcouncil.edu.transport.application.ApplicationStore;
import uk.gov.dorsetcouncil.edu.transport.application.PupilApplications;

/**
 * Each pupil's applications in one document of {@code pupil_applications} ({@code _id} =
 * UPN), written with a version check and its change in the same write (the change feed's
 * outbox, ADR 0023), relayed right after; as {@code MongoDecisionStore} keeps decisions,
 * field for field. {@code openAppeal} marks the documents the deadlines view reads.
 */
public class MongoApplicationStore implements ApplicationStore {

	public static final String COLLECTION = "pupil_applications";

	private final MongoCollection<Document> pupils;

	private final ChangeRelay relay;

	private final JsonMapper json = JsonMapper.shared();

	public MongoApplicationStore(MongoDatabase database, ChangeRelay relay) {
		this.pupils = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.pupils);
	}

	@Override
	public PupilApplications find(Upn upn) {
		Document held = this.pupils.find(Filters.eq("_id", upn.value())).first();
		return (held != null) ? read(held) : PupilApplications.none(upn);
	}

	@Override
	public List<PupilApplications> withOpenAppeals() {
		List<PupilApplications> open = new ArrayList<>();
		for (Document held : this.pupils.find(Filters.eq("openAppeal", true))) {
			open.add(read(held));
		}
		return open;
	}

	@Override
	public boolean save(PupilApplications applications, List<Change> changes) {
		Document document = new Document("applications",
				applications.applications()
					.stream()
					.map(application -> Document.parse(this.json.writeValueAsString(application)))
					.toList())
			.append("openAppeal", applications.anyAppealOpen());
		boolean saved = ChangeRecordingWrites.save(this.pupils, applications.upn().value(), document,
				applications.version(), changes);
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.pupils, applications.upn().value());
		}
		return saved;
	}

	private PupilApplications read(Document held) {
		List<Application> applications = new ArrayList<>();
		for (Document application : held.getList("applications", Document.class, List.of())) {
			applications.add(this.json.readValue(application.toJson(), Application.class));
		}
		return new PupilApplications(new Upn(held.getString("_id")), applications, VersionedWrites.versionOf(held));
	}

}
