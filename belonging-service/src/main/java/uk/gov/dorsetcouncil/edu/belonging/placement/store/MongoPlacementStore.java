package uk.gov.dorsetcouncil.edu.belonging.placement.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.belonging.placement.ApPlacement;
import uk.gov.dorsetcouncil.edu.belonging.placement.ManagedMove;
import uk.gov.dorsetcouncil.edu.belonging.placement.MoveOutcome;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementOutcome;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementStore;
import uk.gov.dorsetcouncil.edu.belonging.placement.PupilPlacements;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * Each pupil's placements and managed moves in one document of {@code ap_placements}
 * ({@code _id} = UPN), written with a version check and its changes in the same write
 * (the change feed's outbox, ADR 0023), relayed to the feed right after. Dates are ISO
 * strings, enums by name.
 */
public class MongoPlacementStore implements PlacementStore {

	public static final String COLLECTION = "ap_placements";

	private final MongoCollection<Document> pupils;

	private final ChangeRelay relay;

	public MongoPlacementStore(MongoDatabase database, ChangeRelay relay) {
		this.pupils = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.pupils);
	}

	@Override
	public PupilPlacements find(Upn upn) {
		Document held = this.pupils.find(Filters.eq("_id", upn.value())).first();
		return (held == null) ? PupilPlacements.none(upn) : pupil(held);
	}

	@Override
	public boolean save(PupilPlacements placements, List<Change> changes) {
		Document document = new Document("placements",
				placements.placements().stream().map(MongoPlacementStore::document).toList())
			.append("moves", placements.moves().stream().map(MongoPlacementStore::document).toList());
		boolean saved = ChangeRecordingWrites.save(this.pupils, placements.upn().value(), document,
				placements.version(), changes);
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.pupils, placements.upn().value());
		}
		return saved;
	}

	@Override
	public void forEach(Consumer<PupilPlacements> action) {
		this.pupils.find().batchSize(2000).forEach(held -> action.accept(pupil(held)));
	}

	private static PupilPlacements pupil(Document held) {
		Upn upn = new Upn(held.getString("_id"));
		return new PupilPlacements(upn,
				held.getList("placements", Document.class, List.of()).stream().map(p -> placement(upn, p)).toList(),
				held.getList("moves", Document.class, List.of()).stream().map(m -> move(upn, m)).toList(),
				VersionedWrites.versionOf(held));
	}

	static Document document(ApPlacement placement) {
		return new Document("id", placement.id()).append("schoolUrn", placement.schoolUrn())
			.append("commissionedBy", placement.commissionedBy().name())
			.append("reason", placement.reason().name())
			.append("exclusionId", placement.exclusionId())
			.append("providerName", placement.providerName())
			.append("providerUrn", placement.providerUrn())
			.append("setting", placement.setting().name())
			.append("startDate", placement.startDate().toString())
			.append("endDate", text(placement.endDate()))
			.append("sessionsPerWeek", placement.sessionsPerWeek())
			.append("awayFromHomeLocality", placement.awayFromHomeLocality())
			.append("reviewDates", placement.reviewDates().stream().map(LocalDate::toString).toList())
			.append("reviewsDone", placement.reviewsDone().stream().map(LocalDate::toString).toList())
			.append("outcome", (placement.outcome() != null) ? placement.outcome().name() : null)
			.append("destinationUrn", placement.destinationUrn())
			.append("recordedBy", placement.recordedBy())
			.append("recordedAt", placement.recordedAt().toString());
	}

	static Document document(ManagedMove move) {
		return new Document("id", move.id()).append("fromSchoolUrn", move.fromSchoolUrn())
			.append("toSchoolUrn", move.toSchoolUrn())
			.append("parentAgreedOn", move.parentAgreedOn().toString())
			.append("newSchoolAgreedOn", move.newSchoolAgreedOn().toString())
			.append("startDate", move.startDate().toString())
			.append("outcome", (move.outcome() != null) ? move.outcome().name() : null)
			.append("outcomeOn", text(move.outcomeOn()))
			.append("recordedBy", move.recordedBy())
			.append("recordedAt", move.recordedAt().toString());
	}

	private static ApPlacement placement(Upn upn, Document held) {
		String outcome = held.getString("outcome");
		return new ApPlacement(held.getString("id"), upn, held.getString("schoolUrn"),
				Commissioner.valueOf(held.getString("commissionedBy")),
				PlacementReason.valueOf(held.getString("reason")), held.getString("exclusionId"),
				held.getString("providerName"), held.getString("providerUrn"),
				ProvisionSetting.valueOf(held.getString("setting")), date(held, "startDate"), date(held, "endDate"),
				held.getInteger("sessionsPerWeek"), held.getBoolean("awayFromHomeLocality"), dates(held, "reviewDates"),
				dates(held, "reviewsDone"), (outcome != null) ? PlacementOutcome.valueOf(outcome) : null,
				held.getString("destinationUrn"), held.getString("recordedBy"),
				Instant.parse(held.getString("recordedAt")));
	}

	private static ManagedMove move(Upn upn, Document held) {
		String outcome = held.getString("outcome");
		return new ManagedMove(held.getString("id"), upn, held.getString("fromSchoolUrn"),
				held.getString("toSchoolUrn"), date(held, "parentAgreedOn"), date(held, "newSchoolAgreedOn"),
				date(held, "startDate"), (outcome != null) ? MoveOutcome.valueOf(outcome) : null,
				date(held, "outcomeOn"), held.getString("recordedBy"), Instant.parse(held.getString("recordedAt")));
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static LocalDate date(Document held, String field) {
		String value = held.getString(field);
		return (value != null) ? LocalDate.parse(value) : null;
	}

	private static List<LocalDate> dates(Document held, String field) {
		return held.getList(field, String.class, List.of()).stream().map(LocalDate::parse).toList();
	}

}
