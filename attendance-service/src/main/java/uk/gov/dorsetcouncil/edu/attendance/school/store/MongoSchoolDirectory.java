package uk.gov.dorsetcouncil.edu.attendance.school.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.roll.RollChanges;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;

/**
 * Schools in the {@code schools} collection, {@code _id} = URN; closures sit in the
 * school's document as a map from date to reason.
 */
public class MongoSchoolDirectory implements SchoolDirectory {

	/** The change feed's entity for a school's closure. */
	public static final String SCHOOL_CALENDAR = "school-calendar";

	private final MongoCollection<Document> schools;

	private final ChangeRelay relay;

	private final Clock clock;

	public MongoSchoolDirectory(MongoDatabase database, ChangeRelay relay, Clock clock) {
		this.relay = relay;
		this.clock = clock;
		this.schools = database.getCollection("schools");
		// For LA-wide read models by locality and phase on a real MongoDB.
		this.schools.createIndex(Indexes.ascending("locality", "phase"));
	}

	@Override
	public Optional<School> find(String urn) {
		return Optional.ofNullable(this.schools.find(Filters.eq("_id", urn)).first()).map(MongoSchoolDirectory::school);
	}

	@Override
	public List<School> all() {
		List<School> all = new ArrayList<>();
		this.schools.find().sort(Sorts.ascending("_id")).forEach((document) -> all.add(school(document)));
		return all;
	}

	@Override
	public void save(String urn, String laestab, String name, Phase phase, Locality locality) {
		this.schools.updateOne(Filters.eq("_id", urn),
				Updates.combine(Updates.set("laestab", laestab), Updates.set("name", name),
						Updates.set("phase", phase.name()), Updates.set("locality", locality.name())),
				new UpdateOptions().upsert(true));
	}

	@Override
	public void addClosure(String urn, LocalDate date, String reason) {
		// A closure already held with another reason is an update; the change records
		// which, with the closure, in one write (the change feed's outbox, ADR 0023).
		Document held = this.schools.find(Filters.eq("_id", urn)).first();
		Document closures = (held != null) ? held.get("closures", Document.class) : null;
		Object before = (closures != null) ? closures.get(date.toString()) : null;
		if (reason.equals(before)) {
			return;
		}
		Change change = calendarChange(urn, date, (before == null) ? ChangeType.CREATED : ChangeType.UPDATED,
				Map.of("urn", urn, "date", date.toString(), "reason", reason));
		if (this.schools
			.updateOne(Filters.and(Filters.eq("_id", urn), Filters.eq("closures." + date, before)), Updates
				.combine(Updates.set("closures." + date, reason), ChangeRecordingWrites.recording(List.of(change))))
			.getModifiedCount() == 1) {
			this.relay.relay(this.schools, urn);
		}
	}

	@Override
	public void removeClosure(String urn, LocalDate date) {
		Change change = calendarChange(urn, date, ChangeType.DELETED, Map.of("urn", urn, "date", date.toString()));
		// Only a closure that is there is removed, and only then is its removal recorded.
		if (this.schools
			.updateOne(Filters.and(Filters.eq("_id", urn), Filters.exists("closures." + date)), Updates
				.combine(Updates.unset("closures." + date), ChangeRecordingWrites.recording(List.of(change))))
			.getModifiedCount() == 1) {
			this.relay.relay(this.schools, urn);
		}
	}

	private Change calendarChange(String urn, LocalDate date, ChangeType type, Map<String, String> payload) {
		// Closing, reopening and closing a day again are three changes: each its own id.
		return new Change(UUID.randomUUID().toString(), SCHOOL_CALENDAR, urn + ":" + date, type,
				Set.of("SCHOOL:" + urn, RollChanges.LOCAL_AUTHORITY), this.clock.instant(), payload);
	}

	private static School school(Document document) {
		Map<LocalDate, String> closures = new TreeMap<>();
		Document held = document.get("closures", Document.class);
		if (held != null) {
			held.forEach((date, reason) -> closures.put(LocalDate.parse(date), (String) reason));
		}
		return new School(document.getString("_id"), document.getString("laestab"), document.getString("name"),
				Phase.valueOf(document.getString("phase")), Locality.valueOf(document.getString("locality")), closures);
	}

}
