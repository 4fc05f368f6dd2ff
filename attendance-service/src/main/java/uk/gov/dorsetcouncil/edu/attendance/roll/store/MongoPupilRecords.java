package uk.gov.dorsetcouncil.edu.attendance.roll.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.roll.Sex;
import uk.gov.dorsetcouncil.edu.attendance.store.MongoWrites;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Pupils in the {@code pupils} collection, {@code _id} = UPN, with their enrolments
 * embedded. Dates are stored as ISO strings: they sort, and no time zone can shift them.
 */
public class MongoPupilRecords implements PupilRecords {

	private final MongoCollection<Document> pupils;

	public MongoPupilRecords(MongoDatabase database) {
		this.pupils = database.getCollection("pupils");
		// Roll look-ups by school; the embedded engine scans instead (see ADR 0004).
		this.pupils.createIndex(Indexes.ascending("enrolments.urn"));
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
	public boolean save(Pupil pupil) {
		List<Document> enrolments = pupil.enrolments()
			.stream()
			.map((enrolment) -> new Document("urn", enrolment.urn())
				.append("admissionDate", enrolment.admissionDate().toString())
				.append("leavingDate", (enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : null))
			.toList();
		Document document = new Document("familyName", pupil.familyName()).append("givenName", pupil.givenName())
			.append("dateOfBirth", pupil.dateOfBirth().toString())
			.append("yearGroup", pupil.yearGroup())
			.append("sex", pupil.sex().name())
			.append("enrolments", enrolments);
		return MongoWrites.saveVersioned(this.pupils, pupil.upn().value(), document, pupil.version());
	}

	@Override
	public List<Pupil> roll(String urn, int page, int size) {
		List<Pupil> roll = new ArrayList<>();
		this.pupils.find(Filters.eq("enrolments.urn", urn))
			.sort(Sorts.ascending("_id"))
			.skip(page * size)
			.limit(size)
			.forEach((document) -> roll.add(pupil(document)));
		return roll;
	}

	@Override
	public long rollSize(String urn) {
		return this.pupils.countDocuments(Filters.eq("enrolments.urn", urn));
	}

	private static Pupil pupil(Document document) {
		List<Enrolment> enrolments = document.getList("enrolments", Document.class)
			.stream()
			.map((enrolment) -> new Enrolment(enrolment.getString("urn"),
					LocalDate.parse(enrolment.getString("admissionDate")), date(enrolment.getString("leavingDate"))))
			.toList();
		return new Pupil(new Upn(document.getString("_id")), document.getString("familyName"),
				document.getString("givenName"), LocalDate.parse(document.getString("dateOfBirth")),
				document.getInteger("yearGroup"), Sex.valueOf(document.getString("sex")), enrolments,
				((Number) document.get("version")).longValue());
	}

	private static LocalDate date(String value) {
		return (value == null) ? null : LocalDate.parse(value);
	}

}
