package uk.gov.dorsetcouncil.edu.transport.arrangement.store;

import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.transport.arrangement.EligibilityBasis;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangements;

/**
 * Each pupil's travel arrangements as one document ({@code _id} = UPN), read with one
 * keyed look-up on either MongoDB engine. Applications and decisions that fill it arrive
 * with their own issue; until then every pupil reads as having none.
 */
@Component
public class TravelArrangementStore {

	private final MongoCollection<Document> pupils;

	TravelArrangementStore(MongoDatabase database) {
		this.pupils = database.getCollection("pupil_travel");
	}

	public TravelArrangements find(Upn upn) {
		Document document = this.pupils.find(Filters.eq("_id", upn.value())).first();
		if (document == null) {
			return new TravelArrangements(upn, List.of());
		}
		return new TravelArrangements(upn,
				document.getList("arrangements", Document.class, List.of())
					.stream()
					.map(held -> new TravelArrangement(held.getString("schoolUrn"),
							EligibilityBasis.valueOf(held.getString("basis")), held.getString("routeId"),
							LocalDate.parse(held.getString("validFrom")), date(held.getString("validTo"))))
					.toList());
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
