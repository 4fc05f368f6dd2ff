package uk.gov.dorsetcouncil.edu.belonging.pupil.store;

import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.belonging.pupil.PupilBelonging;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Suspension;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Each pupil's belonging record as one pre-aggregated document ({@code _id} = UPN), so a
 * read is one keyed look-up on either MongoDB engine. The writes that fill it
 * (suspensions, exclusions, part-time timetables) arrive with their own issue; until then
 * every pupil reads as nothing held.
 */
@Component
public class PupilBelongingStore {

	private final MongoCollection<Document> records;

	PupilBelongingStore(MongoDatabase database) {
		this.records = database.getCollection("pupil_belonging");
	}

	public PupilBelonging find(Upn upn) {
		Document document = this.records.find(Filters.eq("_id", upn.value())).first();
		if (document == null) {
			return PupilBelonging.nothingHeld(upn);
		}
		List<Suspension> suspensions = document.getList("suspensions", Document.class, List.of())
			.stream()
			.map(held -> new Suspension(held.getString("schoolUrn"), LocalDate.parse(held.getString("startDate")),
					held.getInteger("sessions", 0), held.getString("reason")))
			.toList();
		return new PupilBelonging(upn, suspensions, document.getInteger("permanentExclusions", 0),
				document.getBoolean("onPartTimeTimetable", false));
	}

}
