package uk.gov.dorsetcouncil.edu.attendance.roll.store;

import java.time.LocalDate;
import java.util.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics;
import uk.gov.dorsetcouncil.edu.attendance.roll.DeletionGround;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Ethnicity;
import uk.gov.dorsetcouncil.edu.attendance.roll.LaReturn;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilListener;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.roll.Registration;
import uk.gov.dorsetcouncil.edu.attendance.roll.SenProvision;
import uk.gov.dorsetcouncil.edu.attendance.roll.Sex;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * Pupils in the {@code pupils} collection, {@code _id} = UPN, with their enrolments
 * embedded. Dates are stored as ISO strings: they sort, and no time zone can shift them.
 * Joins and leaves are recorded in the pupil's document as it is written (the change
 * feed's outbox, ADR 0023) and relayed to the feed right after.
 */
public class MongoPupilRecords implements PupilRecords {

	private final MongoCollection<Document> pupils;

	private final MongoCollection<Document> returns;

	private final List<PupilListener> listeners = new CopyOnWriteArrayList<>();

	private final ChangeRelay relay;

	public MongoPupilRecords(MongoDatabase database, ChangeRelay relay) {
		this.relay = relay;
		this.pupils = database.getCollection("pupils");
		this.returns = database.getCollection("la_returns");
		// Roll look-ups by school; the embedded engine scans instead (see ADR 0004).
		this.pupils.createIndex(Indexes.ascending("enrolments.urn"));
		VersionedWrites.indexVersions(this.pupils);
		this.returns.createIndex(Indexes.ascending("urn", "upn"));
		// A search for a child compares the pupils sharing its date of birth or NHS
		// number
		// (ADR 0027); the embedded engine scans instead.
		this.pupils.createIndex(Indexes.ascending("dateOfBirth"));
		this.pupils.createIndex(Indexes.ascending("nhsNumber"));
	}

	/** Tells {@code listener} of every pupil saved from now on. */
	public void listen(PupilListener listener) {
		this.listeners.add(listener);
	}

	@Override
	public Optional<Pupil> find(Upn upn) {
		return Optional.ofNullable(this.pupils.find(Filters.eq("_id", upn.value())).first())
			.map(MongoPupilRecords::pupil);
	}

	@Override
	public Map<Upn, Pupil> findAll(Collection<Upn> upns) {
		Map<Upn, Pupil> found = new HashMap<>();
		this.pupils.find(Filters.in("_id", upns.stream().map(Upn::value).toList())).forEach((document) -> {
			Pupil pupil = pupil(document);
			found.put(pupil.upn(), pupil);
		});
		return found;
	}

	@Override
	public boolean save(Pupil pupil, List<Change> changes) {
		boolean saved = ChangeRecordingWrites.save(this.pupils, pupil.upn().value(), document(pupil), pupil.version(),
				changes);
		if (saved) {
			if (!changes.isEmpty()) {
				this.relay.relay(this.pupils, pupil.upn().value());
			}
			saved(pupil);
			this.listeners.forEach(PupilListener::written);
		}
		return saved;
	}

	/**
	 * Pupils not stored yet, in one unordered insert: a school's or a county's roll at
	 * once, where one write per pupil would take minutes (setting up millions of pupils,
	 * docs/benchmarks.md).
	 * @return the pupils already stored; nothing was written for them
	 */
	public Set<Upn> insertAll(List<Pupil> fresh) {
		List<VersionedWrites.Versioned> writes = new ArrayList<>(fresh.size());
		for (Pupil pupil : fresh) {
			if (pupil.version() != 0) {
				throw new IllegalArgumentException("pupil " + pupil.upn() + " is stored already");
			}
			writes.add(new VersionedWrites.Versioned(pupil.upn().value(), document(pupil), 0));
		}
		Set<Upn> taken = new HashSet<>();
		VersionedWrites.saveAll(this.pupils, writes).forEach((upn) -> taken.add(new Upn((String) upn)));
		for (Pupil pupil : fresh) {
			if (!taken.contains(pupil.upn())) {
				saved(pupil);
			}
		}
		if (taken.size() < fresh.size()) {
			this.listeners.forEach(PupilListener::written);
		}
		return taken;
	}

	private void saved(Pupil pupil) {
		if (!this.listeners.isEmpty()) {
			Pupil stored = new Pupil(pupil.upn(), pupil.familyName(), pupil.givenName(), pupil.dateOfBirth(),
					pupil.yearGroup(), pupil.sex(), pupil.enrolments(), pupil.characteristics(), pupil.postcode(),
					pupil.nhsNumber(), pupil.version() + 1);
			this.listeners.forEach((listener) -> listener.pupilSaved(stored));
		}
	}

	private static Document document(Pupil pupil) {
		List<Document> enrolments = pupil.enrolments()
			.stream()
			.map((enrolment) -> new Document("urn", enrolment.urn())
				.append("admissionDate", enrolment.admissionDate().toString())
				.append("leavingDate", (enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : null)
				.append("registration", enrolment.registration().name()))
			.toList();
		Characteristics held = pupil.characteristics();
		Document characteristics = new Document("freeSchoolMeals", held.freeSchoolMeals())
			.append("senProvision", held.senProvision().name())
			.append("lookedAfter", held.lookedAfter())
			.append("childInNeed", held.childInNeed())
			.append("childProtectionPlan", held.childProtectionPlan())
			.append("everSocialWorker", held.everSocialWorker())
			.append("ethnicity", held.ethnicity().name())
			.append("youngCarer", held.youngCarer());
		return new Document("familyName", pupil.familyName()).append("givenName", pupil.givenName())
			.append("dateOfBirth", pupil.dateOfBirth().toString())
			.append("yearGroup", pupil.yearGroup())
			.append("sex", pupil.sex().name())
			.append("enrolments", enrolments)
			.append("characteristics", characteristics)
			.append("postcode", (pupil.postcode() != null) ? pupil.postcode().value() : null)
			.append("nhsNumber", (pupil.nhsNumber() != null) ? pupil.nhsNumber().value() : null);
	}

	@Override
	public void forEach(Consumer<Pupil> action) {
		this.pupils.find().batchSize(2000).forEach((document) -> action.accept(pupil(document)));
	}

	@Override
	public void recordReturn(LaReturn laReturn) {
		InsertOnce.one(this.returns,
				new Document("_id", laReturn.id()).append("kind", laReturn.kind().name())
					.append("urn", laReturn.urn())
					.append("upn", laReturn.upn().value())
					.append("date", laReturn.date().toString())
					.append("dueBy", laReturn.dueBy().toString())
					.append("receivedAt", Date.from(laReturn.receivedAt()))
					.append("onTime", laReturn.onTime())
					.append("ground", (laReturn.ground() != null) ? laReturn.ground().name() : null)
					.append("destination", laReturn.destination())
					.append("by", laReturn.by()));
	}

	@Override
	public List<LaReturn> returns(String urn, Upn upn) {
		List<LaReturn> found = new ArrayList<>();
		this.returns.find(Filters.and(Filters.eq("urn", urn), Filters.eq("upn", upn.value())))
			.sort(Sorts.ascending("receivedAt", "_id"))
			.forEach((document) -> found.add(new LaReturn(
					document.getString("_id"), LaReturn.Kind.valueOf(document.getString("kind")), document.getString(
							"urn"),
					new Upn(document.getString("upn")), LocalDate.parse(document.getString("date")),
					LocalDate.parse(document.getString("dueBy")), document.getDate("receivedAt").toInstant(),
					document.getBoolean("onTime", false), (document.getString("ground") != null)
							? DeletionGround.valueOf(document.getString("ground")) : null,
					document.getString("destination"), document.getString("by"))));
		return found;
	}

	@Override
	public List<Pupil> roll(String urn, long offset, int limit) {
		List<Pupil> roll = new ArrayList<>();
		this.pupils.find(Filters.eq("enrolments.urn", urn))
			.sort(Sorts.ascending("_id"))
			.skip(Math.toIntExact(offset))
			.limit(limit)
			.forEach((document) -> roll.add(pupil(document)));
		return roll;
	}

	@Override
	public List<Pupil> sharing(Set<LocalDate> datesOfBirth, NhsNumber nhsNumber) {
		List<Bson> either = new ArrayList<>();
		if (!datesOfBirth.isEmpty()) {
			either.add(Filters.in("dateOfBirth", datesOfBirth.stream().map(LocalDate::toString).toList()));
		}
		if (nhsNumber != null) {
			either.add(Filters.eq("nhsNumber", nhsNumber.value()));
		}
		List<Pupil> found = new ArrayList<>();
		if (!either.isEmpty()) {
			this.pupils.find(Filters.or(either)).forEach((document) -> found.add(pupil(document)));
		}
		return found;
	}

	@Override
	public long rollSize(String urn) {
		return this.pupils.countDocuments(Filters.eq("enrolments.urn", urn));
	}

	private static Pupil pupil(Document document) {
		List<Enrolment> enrolments = document.getList("enrolments", Document.class)
			.stream()
			.map((enrolment) -> new Enrolment(enrolment.getString("urn"),
					LocalDate.parse(enrolment.getString("admissionDate")), date(enrolment.getString("leavingDate")),
					(enrolment.getString("registration") != null)
							? Registration.valueOf(enrolment.getString("registration")) : Registration.SINGLE))
			.toList();
		return new Pupil(new Upn(document.getString("_id")), document.getString("familyName"),
				document.getString("givenName"), LocalDate.parse(document.getString("dateOfBirth")),
				document.getInteger("yearGroup"), Sex.valueOf(document.getString("sex")), enrolments,
				characteristics(document.get("characteristics", Document.class)),
				(document.getString("postcode") != null) ? new Postcode(document.getString("postcode")) : null,
				(document.getString("nhsNumber") != null) ? new NhsNumber(document.getString("nhsNumber")) : null,
				((Number) document.get("version")).longValue());
	}

	private static Characteristics characteristics(Document held) {
		if (held == null) {
			return Characteristics.NOT_RECORDED;
		}
		return new Characteristics(held.getBoolean("freeSchoolMeals", false),
				SenProvision.valueOf(held.getString("senProvision")), held.getBoolean("lookedAfter", false),
				held.getBoolean("childInNeed", false), held.getBoolean("childProtectionPlan", false),
				held.getBoolean("everSocialWorker", false), Ethnicity.valueOf(held.getString("ethnicity")),
				held.getBoolean("youngCarer", false));
	}

	private static LocalDate date(String value) {
		return (value == null) ? null : LocalDate.parse(value);
	}

}
