package uk.gov.dorsetcouncil.edu.attendance.register.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.Amendment;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterRecord;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.school.RegistersTaken;
import uk.gov.dorsetcouncil.edu.attendance.store.MongoWrites;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * The register store (ADR 0004): {@code marks} holds one document per enrolment and
 * academic year with the year's sessions packed in a string; {@code registers} one
 * document per school session taken; {@code amendments} is append-only.
 */
public class MongoMarkStore implements MarkStore, RegistersTaken {

	private final MongoCollection<Document> marks;

	private final MongoCollection<Document> registers;

	private final MongoCollection<Document> amendments;

	public MongoMarkStore(MongoDatabase database) {
		this.marks = database.getCollection("marks");
		this.registers = database.getCollection("registers");
		this.amendments = database.getCollection("amendments");
		// Secondary indexes a real MongoDB needs for school-wide reads; the embedded
		// engine keeps them declared but scans.
		this.marks.createIndex(Indexes.ascending("urn", "year"));
		this.registers.createIndex(Indexes.ascending("urn", "date"));
		this.amendments.createIndex(Indexes.ascending("urn", "upn"));
	}

	static String id(MarkKey key) {
		return key.urn() + ":" + key.upn().value() + ":" + key.year().startYear();
	}

	static String registerId(String urn, LocalDate date, Session session) {
		return urn + ":" + date + ":" + session;
	}

	@Override
	public Optional<YearMarks> find(MarkKey key) {
		return Optional.ofNullable(this.marks.find(Filters.eq("_id", id(key))).first()).map(MongoMarkStore::yearMarks);
	}

	@Override
	public Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys) {
		Map<MarkKey, YearMarks> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		this.marks.find(Filters.in("_id", keys.stream().map(MongoMarkStore::id).toList())).forEach((document) -> {
			YearMarks year = yearMarks(document);
			found.put(year.key(), year);
		});
		return found;
	}

	@Override
	public boolean save(YearMarks year) {
		Document document = new Document("urn", year.urn()).append("upn", year.upn().value())
			.append("year", year.year().label())
			.append("sessions", year.sessions());
		return MongoWrites.saveVersioned(this.marks, id(year.key()), document, year.version());
	}

	@Override
	public void append(List<Amendment> changes) {
		for (Amendment change : changes) {
			MongoWrites.insertOnce(this.amendments,
					new Document("_id", change.id()).append("urn", change.urn())
						.append("upn", change.upn().value())
						.append("date", change.date().toString())
						.append("session", change.session().name())
						.append("from", change.from().symbol())
						.append("to", change.to().symbol())
						.append("by", change.by())
						.append("client", change.client())
						.append("organisation", change.organisation())
						.append("at", Date.from(change.at())));
		}
	}

	@Override
	public List<Amendment> amendments(String urn, Upn upn) {
		List<Amendment> found = new ArrayList<>();
		this.amendments.find(Filters.and(Filters.eq("urn", urn), Filters.eq("upn", upn.value())))
			.sort(Sorts.ascending("at", "_id"))
			.forEach((document) -> found.add(new Amendment(document.getString("_id"), document.getString("urn"),
					new Upn(document.getString("upn")), LocalDate.parse(document.getString("date")),
					Session.valueOf(document.getString("session")),
					AttendanceCode.fromSymbol(document.getString("from")),
					AttendanceCode.fromSymbol(document.getString("to")), document.getString("by"),
					document.getString("client"), document.getString("organisation"),
					document.getDate("at").toInstant())));
		return found;
	}

	@Override
	public void recordRegister(String urn, LocalDate date, Session session, Set<Upn> pupils, String by, Instant at,
			boolean changed) {
		List<Bson> updates = new ArrayList<>(List.of(Updates.setOnInsert("urn", urn),
				Updates.setOnInsert("date", date.toString()), Updates.setOnInsert("session", session.name()),
				Updates.setOnInsert("takenBy", by), Updates.setOnInsert("takenAt", Date.from(at)),
				Updates.addEachToSet("pupils", pupils.stream().map(Upn::value).toList())));
		if (changed) {
			updates.add(Updates.set("lastChangedBy", by));
			updates.add(Updates.set("lastChangedAt", Date.from(at)));
		}
		this.registers.updateOne(Filters.eq("_id", registerId(urn, date, session)), Updates.combine(updates),
				new UpdateOptions().upsert(true));
	}

	@Override
	public Optional<RegisterRecord> findRegister(String urn, LocalDate date, Session session) {
		Document document = this.registers.find(Filters.eq("_id", registerId(urn, date, session))).first();
		if (document == null) {
			return Optional.empty();
		}
		Set<Upn> pupils = new HashSet<>();
		document.getList("pupils", String.class).forEach((upn) -> pupils.add(new Upn(upn)));
		Date lastChangedAt = document.getDate("lastChangedAt");
		return Optional.of(new RegisterRecord(urn, date, session, document.getString("takenBy"),
				document.getDate("takenAt").toInstant(), document.getString("lastChangedBy"),
				(lastChangedAt != null) ? lastChangedAt.toInstant() : null, pupils));
	}

	@Override
	public boolean anyOn(String urn, LocalDate date) {
		return this.registers
			.find(Filters.in("_id", registerId(urn, date, Session.AM), registerId(urn, date, Session.PM)))
			.first() != null;
	}

	private static YearMarks yearMarks(Document document) {
		return new YearMarks(document.getString("urn"), new Upn(document.getString("upn")),
				AcademicYear.parse(document.getString("year")), document.getString("sessions"),
				((Number) document.get("version")).longValue());
	}

}
