package uk.gov.dorsetcouncil.edu.transport.arrangement.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.transport.arrangement.ArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.arrangement.EligibilityBasis;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangements;

/**
 * Each pupil's travel arrangements as one document ({@code _id} = UPN), read with one
 * keyed look-up on either MongoDB engine. Applications and decisions that fill it arrive
 * with their own issue: an award (ADR 0038) keeps one, with no route until one is
 * allocated.
 */
@Component
public class TravelArrangementStore implements ArrangementStore {

	private final MongoCollection<Document> pupils;

	TravelArrangementStore(MongoDatabase database) {
		this.pupils = database.getCollection("pupil_travel");
	}

	@Override
	public TravelArrangements find(Upn upn) {
		Document document = this.pupils.find(Filters.eq("_id", upn.value())).first();
		if (document == null) {
			return new TravelArrangements(upn, List.of());
		}
		return read(upn, document);
	}

	@Override
	public List<TravelArrangements> all() {
		List<TravelArrangements> all = new ArrayList<>();
		for (Document document : this.pupils.find()) {
			all.add(read(new Upn(document.getString("_id")), document));
		}
		return all;
	}

	@Override
	public void keep(Upn upn, TravelArrangement arrangement) {
		List<Document> kept = new ArrayList<>();
		for (TravelArrangement held : find(upn).arrangements()) {
			if (!(held.schoolUrn().equals(arrangement.schoolUrn())
					&& held.validFrom().equals(arrangement.validFrom()))) {
				kept.add(document(held));
			}
		}
		kept.add(document(arrangement));
		this.pupils.replaceOne(Filters.eq("_id", upn.value()),
				new Document("_id", upn.value()).append("arrangements", kept), new ReplaceOptions().upsert(true));
	}

	private static Document document(TravelArrangement a) {
		return new Document("schoolUrn", a.schoolUrn()).append("basis", a.basis().name())
			.append("routeId", a.routeId())
			.append("validFrom", a.validFrom().toString())
			.append("validTo", (a.validTo() != null) ? a.validTo().toString() : null);
	}

	private static TravelArrangements read(Upn upn, Document document) {
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
