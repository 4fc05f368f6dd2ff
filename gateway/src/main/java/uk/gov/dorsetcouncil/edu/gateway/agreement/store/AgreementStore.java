package uk.gov.dorsetcouncil.edu.gateway.agreement.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.agreement.Agreement;
import uk.gov.dorsetcouncil.edu.gateway.agreement.AgreementStatus;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

/**
 * Data-sharing agreements in the gateway's own database, one document per agreement
 * ({@code _id} = its id), written by single-document upserts so that a retried write
 * gives the same state. Blocking (the sync driver): callers run it off the event loop.
 */
public class AgreementStore {

	private final MongoCollection<Document> agreements;

	public AgreementStore(MongoDatabase database) {
		this.agreements = database.getCollection("agreements");
	}

	/** Stores the agreement, replacing any held under its id; true when it was new. */
	public boolean put(Agreement agreement) {
		Document document = new Document("_id", agreement.id()).append("title", agreement.title())
			.append("parties", agreement.parties().stream().sorted().toList())
			.append("purposes", agreement.purposes().stream().sorted().toList())
			.append("lawfulBasis", agreement.lawfulBasis())
			.append("dataItems", agreement.dataItems().stream().map(DataItem::name).sorted().toList())
			.append("start", agreement.start().toString())
			.append("expiry", agreement.expiry().toString())
			.append("status", agreement.status().name())
			.append("statusReason", agreement.statusReason());
		return this.agreements
			.replaceOne(Filters.eq("_id", agreement.id()), document, new ReplaceOptions().upsert(true))
			.getUpsertedId() != null;
	}

	public Optional<Agreement> find(String id) {
		return Optional.ofNullable(this.agreements.find(Filters.eq("_id", id)).first()).map(AgreementStore::agreement);
	}

	/** One page of the agreements, by id, with how many are held. */
	public Page<Agreement> page(PageRequest page) {
		List<Agreement> found = new ArrayList<>();
		this.agreements.find()
			.sort(Sorts.ascending("_id"))
			// At most PageRequest.MAX_OFFSET: an int.
			.skip((int) page.offset())
			.limit(page.size())
			.forEach(document -> found.add(agreement(document)));
		return Page.of(found, page, this.agreements.countDocuments());
	}

	private static Agreement agreement(Document document) {
		EnumSet<DataItem> items = EnumSet.noneOf(DataItem.class);
		document.getList("dataItems", String.class).forEach(item -> items.add(DataItem.valueOf(item)));
		return new Agreement(document.getString("_id"), document.getString("title"),
				java.util.Set.copyOf(document.getList("parties", String.class)),
				java.util.Set.copyOf(document.getList("purposes", String.class)), document.getString("lawfulBasis"),
				items, LocalDate.parse(document.getString("start")), LocalDate.parse(document.getString("expiry")),
				AgreementStatus.valueOf(document.getString("status")), document.getString("statusReason"));
	}

}
