package uk.gov.dorsetcouncil.edu.attendance.school.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;

/**
 * Schools in the {@code schools} collection, {@code _id} = URN; closures sit in the
 * school's document as a map from date to reason.
 */
public class MongoSchoolDirectory implements SchoolDirectory {

	private final MongoCollection<Document> schools;

	public MongoSchoolDirectory(MongoDatabase database) {
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
		this.schools.updateOne(Filters.eq("_id", urn), Updates.set("closures." + date, reason));
	}

	@Override
	public void removeClosure(String urn, LocalDate date) {
		this.schools.updateOne(Filters.eq("_id", urn), Updates.unset("closures." + date));
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
