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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.Amendment;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.MarksListener;
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

	/** One document per school and year: sessions with marks that arrived in bulk. */
	private final MongoCollection<Document> sessionsTaken;

	private final MongoCollection<Document> arrivals;

	static final int READ_BATCH = 2000;

	private final List<MarksListener> listeners = new CopyOnWriteArrayList<>();

	public MongoMarkStore(MongoDatabase database) {
		this.marks = database.getCollection("marks");
		this.registers = database.getCollection("registers");
		this.amendments = database.getCollection("amendments");
		this.sessionsTaken = database.getCollection("sessions_taken");
		this.arrivals = database.getCollection("data_arrivals");
		// Secondary indexes a real MongoDB needs for school-wide reads; the embedded
		// engine keeps them declared but scans.
		this.marks.createIndex(Indexes.ascending("urn", "year"));
		MongoWrites.indexVersions(this.marks);
		this.registers.createIndex(Indexes.ascending("urn", "date"));
		this.amendments.createIndex(Indexes.ascending("urn", "upn"));
	}

	/** Tells {@code listener} of every year of marks saved from now on. */
	public void listen(MarksListener listener) {
		this.listeners.add(listener);
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
		boolean saved = MongoWrites.saveVersioned(this.marks, id(year.key()), document(year), year.version());
		if (saved) {
			saved(year);
		}
		return saved;
	}

	/**
	 * Every year in one unordered bulk write of version-guarded replaces, new years as
	 * upserts of version 0: one command, so a batch is never half written by a crash on
	 * the embedded store (ADR 0016), and one round trip. A new year someone else created
	 * first fails on its duplicate key; when fewer replaces matched than were sent, the
	 * changed years are read back to find which lost.
	 */
	@Override
	public Set<MarkKey> saveAll(List<YearMarks> years) {
		Set<MarkKey> lost = new HashSet<>();
		if (years.isEmpty()) {
			return lost;
		}
		List<ReplaceOneModel<Document>> models = new ArrayList<>(years.size());
		for (YearMarks year : years) {
			Document document = document(year);
			document.put("_id", id(year.key()));
			document.put("version", year.version() + 1);
			models.add(new ReplaceOneModel<>(MongoWrites.versionIs(id(year.key()), year.version()), document,
					new ReplaceOptions().upsert(year.version() == 0)));
		}
		BulkWriteResult result;
		try {
			result = this.marks.bulkWrite(models, new BulkWriteOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				lost.add(years.get(error.getIndex()).key());
			}
			result = ex.getWriteResult();
		}
		List<YearMarks> replaces = years.stream().filter((year) -> year.version() > 0).toList();
		if (result.getMatchedCount() < replaces.size()) {
			Map<MarkKey, YearMarks> now = findAll(replaces.stream().map(YearMarks::key).toList());
			for (YearMarks year : replaces) {
				YearMarks held = now.get(year.key());
				if (held == null || held.version() != year.version() + 1 || !held.sessions().equals(year.sessions())) {
					lost.add(year.key());
				}
			}
		}
		for (YearMarks year : years) {
			if (!lost.contains(year.key())) {
				saved(year);
			}
		}
		return lost;
	}

	@Override
	public void forEach(Consumer<YearMarks> action) {
		// Small batches: the embedded engine otherwise answers in one reply over the
		// driver's 48 MB message limit once a year of Dorset is held.
		this.marks.find().batchSize(READ_BATCH).forEach((document) -> action.accept(yearMarks(document)));
	}

	private void saved(YearMarks year) {
		if (this.listeners.isEmpty()) {
			return;
		}
		YearMarks stored = new YearMarks(year.urn(), year.upn(), year.year(), year.sessions(), year.version() + 1);
		this.listeners.forEach((listener) -> listener.marksSaved(stored));
	}

	private static Document document(YearMarks year) {
		return new Document("urn", year.urn()).append("upn", year.upn().value())
			.append("year", year.year().label())
			.append("sessions", year.sessions());
	}

	@Override
	public void append(List<Amendment> changes) {
		List<Document> documents = new ArrayList<>(changes.size());
		for (Amendment change : changes) {
			documents.add(new Document("_id", change.id()).append("urn", change.urn())
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
		MongoWrites.insertAllOnce(this.amendments, documents);
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
		arrived(urn, by, at);
	}

	@Override
	public Optional<RegisterRecord> findRegister(String urn, LocalDate date, Session session) {
		Document document = this.registers.find(Filters.eq("_id", registerId(urn, date, session))).first();
		if (document == null) {
			return bulkRegister(urn, date, session);
		}
		Set<Upn> pupils = new HashSet<>();
		document.getList("pupils", String.class).forEach((upn) -> pupils.add(new Upn(upn)));
		Date lastChangedAt = document.getDate("lastChangedAt");
		return Optional.of(new RegisterRecord(urn, date, session, document.getString("takenBy"),
				document.getDate("takenAt").toInstant(), document.getString("lastChangedBy"),
				(lastChangedAt != null) ? lastChangedAt.toInstant() : null, pupils));
	}

	/**
	 * A session whose marks came only in bulk: its pupils are those with a mark that
	 * session, found by reading the school's years (on the {@code marks {urn, year}}
	 * index on MongoDB; a scan on the embedded engine, acceptable for one register).
	 */
	private Optional<RegisterRecord> bulkRegister(String urn, LocalDate date, Session session) {
		AcademicYear year = AcademicYear.of(date);
		int index = 2 * year.dayIndex(date) + session.ordinal();
		Document taken = this.sessionsTaken.find(Filters.eq("_id", sessionsTakenId(urn, year))).first();
		if (taken == null || !taken.get("sessions", Document.class).containsKey(String.valueOf(index))) {
			return Optional.empty();
		}
		Set<Upn> pupils = new HashSet<>();
		this.marks.find(Filters.and(Filters.eq("urn", urn), Filters.eq("year", year.label()))).forEach((document) -> {
			if (document.getString("sessions").charAt(index) != YearMarks.NO_MARK) {
				pupils.add(new Upn(document.getString("upn")));
			}
		});
		Instant at = taken.getDate("lastReceivedAt").toInstant();
		String by = taken.getString("lastReceivedBy");
		return Optional.of(new RegisterRecord(urn, date, session, by, at, by, at, pupils));
	}

	@Override
	public void recordSessionsTaken(String urn, AcademicYear year, Set<Integer> sessions, String by, Instant at) {
		// One field per session index: setting fields is linear, where adding to a set
		// compares with every element already there.
		List<Bson> updates = new ArrayList<>(sessions.size() + 4);
		updates.add(Updates.setOnInsert("urn", urn));
		updates.add(Updates.setOnInsert("year", year.label()));
		updates.add(Updates.set("lastReceivedBy", by));
		updates.add(Updates.set("lastReceivedAt", Date.from(at)));
		sessions.forEach((index) -> updates.add(Updates.set("sessions." + index, true)));
		this.sessionsTaken.updateOne(Filters.eq("_id", sessionsTakenId(urn, year)), Updates.combine(updates),
				new UpdateOptions().upsert(true));
		arrived(urn, by, at);
	}

	/** One small document per school: when its marks last arrived, by whichever path. */
	private void arrived(String urn, String by, Instant at) {
		this.arrivals.updateOne(Filters.eq("_id", urn),
				Updates.combine(Updates.set("lastArrivedAt", Date.from(at)), Updates.set("lastArrivedBy", by)),
				new UpdateOptions().upsert(true));
	}

	@Override
	public Map<String, Instant> lastArrivals() {
		Map<String, Instant> arrivals = new HashMap<>();
		this.arrivals.find()
			.forEach((document) -> arrivals.put(document.getString("_id"),
					document.getDate("lastArrivedAt").toInstant()));
		return arrivals;
	}

	static String sessionsTakenId(String urn, AcademicYear year) {
		return urn + ":" + year.startYear();
	}

	@Override
	public boolean anyOn(String urn, LocalDate date) {
		if (this.registers.find(Filters.in("_id", registerId(urn, date, Session.AM), registerId(urn, date, Session.PM)))
			.first() != null) {
			return true;
		}
		AcademicYear year = AcademicYear.of(date);
		int am = 2 * year.dayIndex(date);
		Document taken = this.sessionsTaken.find(Filters.eq("_id", sessionsTakenId(urn, year))).first();
		if (taken == null) {
			return false;
		}
		Document held = taken.get("sessions", Document.class);
		return held.containsKey(String.valueOf(am)) || held.containsKey(String.valueOf(am + 1));
	}

	private static YearMarks yearMarks(Document document) {
		return new YearMarks(document.getString("urn"), new Upn(document.getString("upn")),
				AcademicYear.parse(document.getString("year")), document.getString("sessions"),
				((Number) document.get("version")).longValue());
	}

}
