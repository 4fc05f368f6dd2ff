package uk.gov.dorsetcouncil.edu.attendance.register.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.Amendment;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.InboxDay;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.MarksListener;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterInbox;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterRecord;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaken;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollChanges;
import uk.gov.dorsetcouncil.edu.attendance.school.RegistersTaken;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * The register store (ADR 0004, ADR 0017): {@code marks} holds one document per enrolment
 * and academic year with the year's sessions packed in a string; {@code register_inbox}
 * one document per school with the registers received and not yet folded into those
 * years; {@code registers} one document per school session taken; {@code amendments} is
 * append-only. Reads of marks, registers and amendments answer with the inbox on top.
 */
public class MongoMarkStore implements MarkStore, RegistersTaken {

	private final MongoCollection<Document> marks;

	private final MongoCollection<Document> registers;

	private final MongoCollection<Document> amendments;

	/** One document per school and year: sessions with marks that arrived in bulk. */
	private final MongoCollection<Document> sessionsTaken;

	private final MongoCollection<Document> arrivals;

	/** One document per school: its registers received and not yet folded (ADR 0017). */
	private final MongoCollection<Document> inbox;

	static final int READ_BATCH = 2000;

	/** The change feed's entity for an amended mark. */
	public static final String REGISTER_MARK = "register-mark";

	private final List<MarksListener> listeners = new CopyOnWriteArrayList<>();

	private final ChangeRelay relay;

	public MongoMarkStore(MongoDatabase database, ChangeRelay relay) {
		this.relay = relay;
		this.marks = database.getCollection("marks");
		this.registers = database.getCollection("registers");
		this.amendments = database.getCollection("amendments");
		this.sessionsTaken = database.getCollection("sessions_taken");
		this.arrivals = database.getCollection("data_arrivals");
		this.inbox = database.getCollection("register_inbox");
		VersionedWrites.indexVersions(this.inbox);
		// Secondary indexes a real MongoDB needs for school-wide reads; the embedded
		// engine keeps them declared but scans.
		this.marks.createIndex(Indexes.ascending("urn", "year"));
		VersionedWrites.indexVersions(this.marks);
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
		return Optional.ofNullable(findAll(List.of(key)).get(key));
	}

	@Override
	public Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys) {
		Map<MarkKey, YearMarks> found = findFolded(keys);
		if (keys.isEmpty()) {
			return found;
		}
		Map<String, RegisterInbox> inboxes = inboxes(keys.stream().map(MarkKey::urn).distinct().toList());
		for (MarkKey key : keys) {
			RegisterInbox waiting = inboxes.get(key.urn());
			if (!waiting.days().isEmpty()) {
				YearMarks current = waiting.overlay(key, found.get(key));
				if (current != null) {
					found.put(key, current);
				}
			}
		}
		return found;
	}

	@Override
	public Map<MarkKey, YearMarks> findFolded(Collection<MarkKey> keys) {
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
		boolean saved = VersionedWrites.save(this.marks, id(year.key()), document(year), year.version());
		if (saved) {
			saved(year);
			written();
		}
		return saved;
	}

	/**
	 * Every year in one unordered bulk write of version-checked writes (one command, so a
	 * batch is never half written by a crash on the embedded store, ADR 0016, and one
	 * round trip).
	 */
	@Override
	public Set<MarkKey> saveAll(List<YearMarks> years) {
		Map<Object, MarkKey> keys = new HashMap<>();
		List<VersionedWrites.Versioned> writes = new ArrayList<>(years.size());
		for (YearMarks year : years) {
			String id = id(year.key());
			keys.put(id, year.key());
			writes.add(new VersionedWrites.Versioned(id, document(year), year.version()));
		}
		Set<MarkKey> lost = new HashSet<>();
		VersionedWrites.saveAll(this.marks, writes).forEach((id) -> lost.add(keys.get(id)));
		for (YearMarks year : years) {
			if (!lost.contains(year.key())) {
				saved(year);
			}
		}
		if (lost.size() < years.size()) {
			written();
		}
		return lost;
	}

	@Override
	public void forEach(Consumer<YearMarks> action) {
		// Small batches: the embedded engine otherwise answers in one reply over the
		// driver's 48 MB message limit once a year of Dorset is held.
		this.marks.find().batchSize(READ_BATCH).forEach((document) -> action.accept(yearMarks(document)));
	}

	private void written() {
		this.listeners.forEach(MarksListener::written);
	}

	private void saved(YearMarks year) {
		if (this.listeners.isEmpty()) {
			return;
		}
		YearMarks stored = new YearMarks(year.urn(), year.upn(), year.year(), year.sessions(), year.version() + 1,
				year.registersFolded());
		this.listeners.forEach((listener) -> listener.marksSaved(stored));
	}

	private static Document document(YearMarks year) {
		return new Document("urn", year.urn()).append("upn", year.upn().value())
			.append("year", year.year().label())
			.append("sessions", year.sessions())
			.append("registersFolded", year.registersFolded());
	}

	@Override
	public void append(List<Amendment> changes) {
		// One unordered insert; an amendment already there (same id) is left as it is,
		// with the change its first insert recorded (the change feed's outbox, ADR 0023).
		InsertOnce.all(this.amendments, changes.stream()
			.map((amendment) -> ChangeRecordingWrites.withChanges(document(amendment), List.of(change(amendment))))
			.toList());
		this.relay.relayAll(this.amendments, changes.stream().map(Amendment::id).toList());
	}

	/**
	 * An amendment as the change feed tells it: entity {@code register-mark}, key
	 * {@code urn:upn:date:session}, the codes from and to; the change's id is the
	 * amendment's.
	 */
	static Change change(Amendment amendment) {
		String key = amendment.urn() + ":" + amendment.upn().value() + ":" + amendment.date() + ":"
				+ amendment.session();
		Map<String, String> payload = Map.of("urn", amendment.urn(), "upn", amendment.upn().value(), "date",
				amendment.date().toString(), "session", amendment.session().name(), "from", amendment.from().symbol(),
				"to", amendment.to().symbol());
		return new Change(amendment.id(), REGISTER_MARK, key, ChangeType.UPDATED,
				Set.of("SCHOOL:" + amendment.urn(), RollChanges.LOCAL_AUTHORITY), amendment.at(), payload);
	}

	@Override
	public List<Amendment> amendments(String urn, Upn upn) {
		Map<String, Amendment> found = new HashMap<>();
		this.amendments.find(Filters.and(Filters.eq("urn", urn), Filters.eq("upn", upn.value())))
			.forEach((document) -> {
				Amendment amendment = amendment(document);
				found.put(amendment.id(), amendment);
			});
		// Waiting in the inbox, or both there and appended by a fold that stopped
		// halfway.
		inbox(urn).amendments(upn).forEach((amendment) -> found.putIfAbsent(amendment.id(), amendment));
		List<Amendment> all = new ArrayList<>(found.values());
		// Changes made at the same moment (one register or batch) in the order of the
		// sessions they changed.
		all.sort(Comparator.comparing(Amendment::at)
			.thenComparing(Amendment::date)
			.thenComparing(Amendment::session)
			.thenComparing(Amendment::id));
		return all;
	}

	private static Document document(Amendment change) {
		return new Document("_id", change.id()).append("urn", change.urn())
			.append("upn", change.upn().value())
			.append("date", change.date().toString())
			.append("session", change.session().name())
			.append("from", change.from().symbol())
			.append("to", change.to().symbol())
			.append("by", change.by())
			.append("client", change.client())
			.append("organisation", change.organisation())
			.append("at", Date.from(change.at()));
	}

	private static Amendment amendment(Document document) {
		return new Amendment(document.getString("_id"), document.getString("urn"), new Upn(document.getString("upn")),
				LocalDate.parse(document.getString("date")), Session.valueOf(document.getString("session")),
				AttendanceCode.fromSymbol(document.getString("from")),
				AttendanceCode.fromSymbol(document.getString("to")), document.getString("by"),
				document.getString("client"), document.getString("organisation"), document.getDate("at").toInstant());
	}

	@Override
	public void foldRegister(String urn, LocalDate date, Session session, List<Upn> pupils, RegisterTaken taken) {
		List<Bson> updates = new ArrayList<>(
				List.of(Updates.setOnInsert("urn", urn), Updates.setOnInsert("date", date.toString()),
						Updates.setOnInsert("session", session.name()), Updates.setOnInsert("takenBy", taken.takenBy()),
						Updates.setOnInsert("takenAt", Date.from(taken.takenAt())),
						Updates.addEachToSet("pupils", pupils.stream().map(Upn::value).toList())));
		if (taken.changedBy() != null) {
			updates.add(Updates.set("lastChangedBy", taken.changedBy()));
			updates.add(Updates.set("lastChangedAt", Date.from(taken.changedAt())));
		}
		this.registers.updateOne(Filters.eq("_id", registerId(urn, date, session)), Updates.combine(updates),
				new UpdateOptions().upsert(true));
	}

	@Override
	public Optional<RegisterRecord> findRegister(String urn, LocalDate date, Session session) {
		Optional<RegisterRecord> folded = foldedRegister(urn, date, session);
		InboxDay waiting = inbox(urn).day(date);
		RegisterTaken taken = (waiting != null) ? waiting.taken(session) : null;
		if (taken == null) {
			return folded;
		}
		Set<Upn> pupils = new HashSet<>(waiting.listed(session));
		if (folded.isEmpty()) {
			return Optional.of(new RegisterRecord(urn, date, session, taken.takenBy(), taken.takenAt(),
					taken.changedBy(), taken.changedAt(), pupils));
		}
		RegisterRecord held = folded.get();
		pupils.addAll(held.pupils());
		boolean changedSince = taken.changedBy() != null;
		return Optional.of(new RegisterRecord(urn, date, session, held.takenBy(), held.takenAt(),
				changedSince ? taken.changedBy() : held.lastChangedBy(),
				changedSince ? taken.changedAt() : held.lastChangedAt(), pupils));
	}

	/**
	 * The register as recorded from registers folded and from marks that came in bulk (a
	 * session may have both: pupils' histories and a register for the same day).
	 */
	private Optional<RegisterRecord> foldedRegister(String urn, LocalDate date, Session session) {
		Document document = this.registers.find(Filters.eq("_id", registerId(urn, date, session))).first();
		Optional<RegisterRecord> bulk = bulkRegister(urn, date, session);
		if (document == null) {
			return bulk;
		}
		Set<Upn> pupils = new HashSet<>();
		document.getList("pupils", String.class).forEach((upn) -> pupils.add(new Upn(upn)));
		Date changedAt = document.getDate("lastChangedAt");
		String lastChangedBy = document.getString("lastChangedBy");
		Instant lastChangedAt = (changedAt != null) ? changedAt.toInstant() : null;
		if (bulk.isPresent()) {
			pupils.addAll(bulk.get().pupils());
			// Marks received in bulk change the register too: the later change is the
			// last.
			if (lastChangedAt == null || bulk.get().lastChangedAt().isAfter(lastChangedAt)) {
				lastChangedBy = bulk.get().lastChangedBy();
				lastChangedAt = bulk.get().lastChangedAt();
			}
		}
		return Optional.of(new RegisterRecord(urn, date, session, document.getString("takenBy"),
				document.getDate("takenAt").toInstant(), lastChangedBy, lastChangedAt, pupils));
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
		if (!sessions.isEmpty()) {
			// Session index 2 x day of the academic year (+1 for PM): the latest is the
			// last register date these marks bring.
			int latest = sessions.stream().mapToInt(Integer::intValue).max().getAsInt();
			arrived(Map.of(urn, year.firstDay().plusDays(latest / 2)), by, at);
		}
	}

	/**
	 * One small document per school: when its marks last arrived, by whichever path, and
	 * the latest register date they brought.
	 */
	@Override
	public void arrived(Map<String, LocalDate> lastRegisterDates, String by, Instant at) {
		if (lastRegisterDates.isEmpty()) {
			return;
		}
		// ISO dates sort as text, so $max keeps the latest register date ever sent.
		this.arrivals.bulkWrite(lastRegisterDates.entrySet()
			.stream()
			.map((school) -> new UpdateOneModel<Document>(Filters.eq("_id", school.getKey()),
					Updates.combine(Updates.set("lastArrivedAt", Date.from(at)), Updates.set("lastArrivedBy", by),
							Updates.max("lastRegisterDate", school.getValue().toString())),
					new UpdateOptions().upsert(true)))
			.toList(), new BulkWriteOptions().ordered(false));
	}

	@Override
	public Map<String, Arrival> lastArrivals() {
		Map<String, Arrival> arrivals = new HashMap<>();
		this.arrivals.find()
			.forEach((document) -> arrivals.put(document.getString("_id"),
					new Arrival(document.getDate("lastArrivedAt").toInstant(),
							(document.getString("lastRegisterDate") != null)
									? LocalDate.parse(document.getString("lastRegisterDate")) : null)));
		return arrivals;
	}

	static String sessionsTakenId(String urn, AcademicYear year) {
		return urn + ":" + year.startYear();
	}

	@Override
	public boolean anyOn(String urn, LocalDate date) {
		InboxDay waiting = inbox(urn).day(date);
		if (waiting != null && (waiting.anyMark(Session.AM) || waiting.anyMark(Session.PM))) {
			return true;
		}
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

	private RegisterInbox inbox(String urn) {
		return inboxes(List.of(urn)).get(urn);
	}

	@Override
	public Map<String, RegisterInbox> inboxes(Collection<String> urns) {
		Map<String, RegisterInbox> found = new HashMap<>();
		if (!urns.isEmpty()) {
			this.inbox.find(Filters.in("_id", List.copyOf(urns)))
				.forEach((document) -> found.put(document.getString("_id"), inbox(document)));
		}
		for (String urn : urns) {
			found.computeIfAbsent(urn, RegisterInbox::empty);
		}
		return found;
	}

	/**
	 * Every inbox in one unordered bulk write of version-checked writes, new inboxes as
	 * inserts, as years of marks are saved.
	 */
	@Override
	public Set<String> saveInboxes(List<RegisterInbox> inboxes) {
		List<VersionedWrites.Versioned> writes = new ArrayList<>(inboxes.size());
		for (RegisterInbox each : inboxes) {
			writes.add(new VersionedWrites.Versioned(each.urn(), document(each), each.version() - 1));
		}
		Set<String> lost = new HashSet<>();
		VersionedWrites.saveAll(this.inbox, writes).forEach((urn) -> lost.add((String) urn));
		if (!this.listeners.isEmpty()) {
			for (RegisterInbox each : inboxes) {
				if (!lost.contains(each.urn())) {
					for (InboxDay day : each.days()) {
						if (day.received() == each.version()) {
							this.listeners.forEach((listener) -> listener.registersReceived(each.urn(), day));
						}
					}
				}
			}
		}
		if (lost.size() < inboxes.size()) {
			written();
		}
		return lost;
	}

	@Override
	public boolean saveFolded(RegisterInbox folded, List<InboxDay> days) {
		if (!VersionedWrites.save(this.inbox, folded.urn(), document(folded), folded.version() - 1)) {
			return false;
		}
		for (InboxDay day : days) {
			if (folded.day(day.date()) == null) {
				this.listeners
					.forEach((listener) -> listener.registersFolded(folded.urn(), day.date(), day.received()));
			}
		}
		written();
		return true;
	}

	@Override
	public Set<String> inboxesWaiting() {
		Set<String> waiting = new HashSet<>();
		this.inbox.find().batchSize(READ_BATCH).forEach((document) -> {
			if (!document.getList("days", Document.class, List.of()).isEmpty()) {
				waiting.add(document.getString("_id"));
			}
		});
		return waiting;
	}

	/**
	 * An inbox as one document: each day's pupils as one string of 13-character UPNs and
	 * each session's marks as one string, so a day of a 2,000-pupil school is a handful
	 * of fields, not thousands.
	 */
	private static Document document(RegisterInbox inbox) {
		Document marked = new Document();
		inbox.marked().forEach((year, sessions) -> marked.append(String.valueOf(year), sessions));
		List<Document> days = new ArrayList<>();
		for (InboxDay day : inbox.days()) {
			StringBuilder upns = new StringBuilder(13 * day.pupils().size());
			day.pupils().forEach((upn) -> upns.append(upn.value()));
			Document held = new Document("date", day.date().toString()).append("received", day.received())
				.append("upns", upns.toString())
				.append("am", day.am())
				.append("pm", day.pm());
			for (Session session : Session.values()) {
				RegisterTaken taken = day.taken(session);
				if (taken != null) {
					String prefix = session.name().toLowerCase(java.util.Locale.ROOT);
					held.append(prefix + "TakenBy", taken.takenBy())
						.append(prefix + "TakenAt", Date.from(taken.takenAt()))
						.append(prefix + "ChangedBy", taken.changedBy())
						.append(prefix + "ChangedAt",
								(taken.changedAt() != null) ? Date.from(taken.changedAt()) : null);
				}
			}
			held.append("amendments", day.amendments().stream().map(MongoMarkStore::document).toList());
			days.add(held);
		}
		return new Document("_id", inbox.urn()).append("version", inbox.version())
			.append("marked", marked)
			.append("days", days);
	}

	private static RegisterInbox inbox(Document document) {
		Map<Integer, String> marked = new HashMap<>();
		Document held = document.get("marked", Document.class);
		if (held != null) {
			held.forEach((year, sessions) -> marked.put(Integer.valueOf(year), (String) sessions));
		}
		List<InboxDay> days = new ArrayList<>();
		for (Document day : document.getList("days", Document.class, List.of())) {
			String upns = day.getString("upns");
			List<Upn> pupils = new ArrayList<>(upns.length() / 13);
			for (int at = 0; at < upns.length(); at += 13) {
				pupils.add(new Upn(upns.substring(at, at + 13)));
			}
			days.add(new InboxDay(LocalDate.parse(day.getString("date")), ((Number) day.get("received")).longValue(),
					pupils, day.getString("am"), day.getString("pm"), taken(day, "am"), taken(day, "pm"),
					day.getList("amendments", Document.class, List.of())
						.stream()
						.map(MongoMarkStore::amendment)
						.toList()));
		}
		return new RegisterInbox(document.getString("_id"), ((Number) document.get("version")).longValue(), marked,
				days);
	}

	private static RegisterTaken taken(Document day, String prefix) {
		String by = day.getString(prefix + "TakenBy");
		if (by == null) {
			return null;
		}
		Date changedAt = day.getDate(prefix + "ChangedAt");
		return new RegisterTaken(by, day.getDate(prefix + "TakenAt").toInstant(), day.getString(prefix + "ChangedBy"),
				(changedAt != null) ? changedAt.toInstant() : null);
	}

	private static YearMarks yearMarks(Document document) {
		Number folded = (Number) document.get("registersFolded");
		return new YearMarks(document.getString("urn"), new Upn(document.getString("upn")),
				AcademicYear.parse(document.getString("year")), document.getString("sessions"),
				((Number) document.get("version")).longValue(), (folded != null) ? folded.longValue() : 0);
	}

}
