package uk.gov.dorsetcouncil.edu.belonging.timetable.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.belonging.timetable.PartTimeReason;
import uk.gov.dorsetcouncil.edu.belonging.timetable.PartTimeTimetable;
import uk.gov.dorsetcouncil.edu.belonging.timetable.PupilTimetables;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableStore;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * Each pupil's part-time timetables in one document of {@code part_time_timetables}
 * ({@code _id} = UPN), written with a version check and its changes in the same write
 * (the change feed's outbox, ADR 0023), relayed to the feed right after. Dates are ISO
 * strings, the reason by name.
 */
public class MongoTimetableStore implements TimetableStore {

	public static final String COLLECTION = "part_time_timetables";

	private final MongoCollection<Document> pupils;

	private final ChangeRelay relay;

	public MongoTimetableStore(MongoDatabase database, ChangeRelay relay) {
		this.pupils = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.pupils);
	}

	@Override
	public PupilTimetables find(Upn upn) {
		Document held = this.pupils.find(Filters.eq("_id", upn.value())).first();
		return (held == null) ? PupilTimetables.none(upn) : pupil(held);
	}

	@Override
	public boolean save(PupilTimetables timetables, List<Change> changes) {
		Document document = new Document("timetables",
				timetables.timetables().stream().map(MongoTimetableStore::document).toList());
		boolean saved = ChangeRecordingWrites.save(this.pupils, timetables.upn().value(), document,
				timetables.version(), changes);
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.pupils, timetables.upn().value());
		}
		return saved;
	}

	@Override
	public void forEach(Consumer<PupilTimetables> action) {
		this.pupils.find().batchSize(2000).forEach(held -> action.accept(pupil(held)));
	}

	private static PupilTimetables pupil(Document held) {
		Upn upn = new Upn(held.getString("_id"));
		return new PupilTimetables(upn,
				held.getList("timetables", Document.class, List.of()).stream().map(t -> timetable(upn, t)).toList(),
				VersionedWrites.versionOf(held));
	}

	static Document document(PartTimeTimetable timetable) {
		return new Document("id", timetable.id()).append("schoolUrn", timetable.schoolUrn())
			.append("startDate", timetable.startDate().toString())
			.append("hoursPerWeek", timetable.hoursPerWeek())
			.append("reason", timetable.reason().name())
			.append("parentAgreedOn", timetable.parentAgreedOn().toString())
			.append("reintegrationPlan", timetable.reintegrationPlan())
			.append("reviewDates", timetable.reviewDates().stream().map(LocalDate::toString).toList())
			.append("reviewsDone", timetable.reviewsDone().stream().map(LocalDate::toString).toList())
			.append("endDate", (timetable.endDate() != null) ? timetable.endDate().toString() : null)
			.append("recordedBy", timetable.recordedBy())
			.append("recordedAt", timetable.recordedAt().toString());
	}

	private static PartTimeTimetable timetable(Upn upn, Document held) {
		String end = held.getString("endDate");
		return new PartTimeTimetable(held.getString("id"), upn, held.getString("schoolUrn"),
				LocalDate.parse(held.getString("startDate")), held.getDouble("hoursPerWeek"),
				PartTimeReason.valueOf(held.getString("reason")), LocalDate.parse(held.getString("parentAgreedOn")),
				held.getString("reintegrationPlan"), dates(held, "reviewDates"), dates(held, "reviewsDone"),
				(end != null) ? LocalDate.parse(end) : null, held.getString("recordedBy"),
				Instant.parse(held.getString("recordedAt")));
	}

	private static List<LocalDate> dates(Document held, String field) {
		return held.getList(field, String.class, List.of()).stream().map(LocalDate::parse).toList();
	}

}
