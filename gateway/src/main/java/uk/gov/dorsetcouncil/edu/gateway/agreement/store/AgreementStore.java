package uk.gov.dorsetcouncil.edu.gateway.agreement.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.agreement.Agreement;
import uk.gov.dorsetcouncil.edu.gateway.agreement.AgreementStatus;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.versions.IfMatch;

/**
 * Data-sharing agreements in the gateway's own database, one document per agreement
 * ({@code _id} = its id) with its version, written by version-checked single-document
 * writes so that a retried write gives the same state and a conditional one
 * ({@code If-Match}) never overwrites a change it did not see. Blocking (the sync
 * driver): callers run it off the event loop.
 */
public class AgreementStore {

	private final MongoCollection<Document> agreements;

	private final LostRaceRetry retry;

	/**
	 * @param retry how a write that lost its race to another writer of the agreement is
	 * tried again
	 */
	public AgreementStore(MongoDatabase database, LostRaceRetry retry) {
		this.agreements = database.getCollection("agreements");
		this.retry = retry;
		VersionedWrites.indexVersions(this.agreements);
		// Agreements written before they had versions are at version 1 (ADR 0027).
		this.agreements.updateMany(Filters.exists(VersionedWrites.VERSION, false),
				Updates.set(VersionedWrites.VERSION, 1L));
	}

	/** An agreement as held, with its version (the ETag of a read, ADR 0027). */
	public record Held(Agreement agreement, long version) {
	}

	/**
	 * What a write did: made the agreement new, or replaced it; and the version now held.
	 */
	public record Written(boolean created, long version) {
	}

	/** Stores the agreement, replacing any held under its id; true when it was new. */
	public boolean put(Agreement agreement) {
		return put(agreement, IfMatch.ABSENT).created();
	}

	/**
	 * Stores the agreement if {@code ifMatch} holds for the version held, in one
	 * version-checked write: a change made from a version someone else has since changed
	 * is refused (412), never written over theirs.
	 */
	public Written put(Agreement agreement, IfMatch ifMatch) {
		return this.retry.untilWon("agreement", () -> {
			long held = findHeld(agreement.id()).map(Held::version).orElse(0L);
			ifMatch.require(held, "agreement " + agreement.id());
			return VersionedWrites.save(this.agreements, agreement.id(), document(agreement), held)
					? Optional.of(new Written(held == 0, held + 1)) : Optional.empty();
		}, () -> "agreement " + agreement.id() + " kept changing");
	}

	private static Document document(Agreement agreement) {
		return new Document("title", agreement.title())
			.append("parties", agreement.parties().stream().sorted().toList())
			.append("purposes", agreement.purposes().stream().sorted().toList())
			.append("lawfulBasis", agreement.lawfulBasis())
			.append("dataItems", agreement.dataItems().stream().map(DataItem::name).sorted().toList())
			.append("start", agreement.start().toString())
			.append("expiry", agreement.expiry().toString())
			.append("status", agreement.status().name())
			.append("statusReason", agreement.statusReason());
	}

	public Optional<Agreement> find(String id) {
		return findHeld(id).map(Held::agreement);
	}

	public Optional<Held> findHeld(String id) {
		return Optional.ofNullable(this.agreements.find(Filters.eq("_id", id)).first())
			.map((document) -> new Held(agreement(document),
					((Number) document.get(VersionedWrites.VERSION)).longValue()));
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
