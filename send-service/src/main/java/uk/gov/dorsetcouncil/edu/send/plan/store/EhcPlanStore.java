package uk.gov.dorsetcouncil.edu.send.plan.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.HeldRecords;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;
import uk.gov.dorsetcouncil.edu.send.assessment.NeedType;
import uk.gov.dorsetcouncil.edu.send.plan.Amendment;
import uk.gov.dorsetcouncil.edu.send.plan.CeaseReason;
import uk.gov.dorsetcouncil.edu.send.plan.Cessation;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.Locality;
import uk.gov.dorsetcouncil.edu.send.plan.PlacementType;
import uk.gov.dorsetcouncil.edu.send.plan.PlanChange;
import uk.gov.dorsetcouncil.edu.send.plan.PlanContent;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecord;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecords;
import uk.gov.dorsetcouncil.edu.send.plan.PlanSection;
import uk.gov.dorsetcouncil.edu.send.plan.PlanStatus;
import uk.gov.dorsetcouncil.edu.send.plan.Transfer;

/**
 * EHC plans in MongoDB, one document per pupil ({@code _id} = UPN): the plan's status and
 * dates at the top, as before, with its sections, cessation, transfers, amendments and
 * history beside them; written with a version check and its change in the same write (the
 * change feed's outbox, ADR 0023), relayed right after. Dates are ISO strings; all date
 * arithmetic is done in Java.
 * <p>
 * What the counts and lists read ({@link #forEachCounted}, {@link #all}) is held decoded
 * in memory (ADR 0043), without the history, transfers and amendments no count reads:
 * read from the collection at start and replaced by each acknowledged write. A single
 * plan ({@link #find}, {@link #findPlan}) is read from the store, as the rules need it
 * before a write.
 */
@Component
public class EhcPlanStore implements PlanRecords {

	public static final String COLLECTION = "ehc_plans";

	private final MongoCollection<Document> plans;

	private final ChangeRelay relay;

	private final HeldRecords<PlanRecord> counted;

	public EhcPlanStore(MongoDatabase database, ChangeRelay relay) {
		this.plans = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.plans);
		this.counted = new HeldRecords<>(database, this.plans,
				document -> counted(record(document), VersionedWrites.versionOf(document)), held -> held.upn().value(),
				PlanRecord::version);
	}

	/** Reads the held copy again from the collection (ADR 0043). */
	public void reload() {
		this.counted.reload();
	}

	@Override
	public Optional<PlanRecord> find(Upn upn) {
		Document document = this.plans.find(Filters.eq("_id", upn.value())).first();
		if (document != null && !document.containsKey(VersionedWrites.VERSION)) {
			// a plan written before plans were versioned: version it once, then read on
			this.plans.updateOne(
					Filters.and(Filters.eq("_id", upn.value()), Filters.exists(VersionedWrites.VERSION, false)),
					Updates.set(VersionedWrites.VERSION, 1L));
			document = this.plans.find(Filters.eq("_id", upn.value())).first();
		}
		return Optional.ofNullable(document).map(EhcPlanStore::record);
	}

	@Override
	public boolean save(PlanRecord record, List<Change> changes) {
		boolean saved = ChangeRecordingWrites.save(this.plans, record.upn().value(), document(record), record.version(),
				changes);
		if (saved) {
			this.counted.written(counted(record, record.version() + 1));
		}
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.plans, record.upn().value());
		}
		return saved;
	}

	/** A record as counts read it: without its history, transfers and amendments. */
	private static PlanRecord counted(PlanRecord record, long version) {
		return new PlanRecord(record.plan(), record.content(), record.ceased(), List.of(), List.of(), List.of(),
				version);
	}

	@Override
	public void forEachCounted(Consumer<PlanRecord> action) {
		this.counted.forEach(action);
	}

	/** The plan held for the pupil, without its sections and history. */
	public Optional<EhcPlan> findPlan(Upn upn) {
		Document document = this.plans.find(Filters.eq("_id", upn.value())).first();
		return Optional.ofNullable(document).map(EhcPlanStore::plan);
	}

	/**
	 * Every plan held, from the copy in memory; due dates are computed in Java, not
	 * stored.
	 */
	public List<EhcPlan> all() {
		List<EhcPlan> all = new ArrayList<>();
		this.counted.forEach(record -> all.add(record.plan()));
		return all;
	}

	static Document document(PlanRecord r) {
		EhcPlan plan = r.plan();
		return new Document("status", plan.status().name()).append("issuedDate", plan.issuedDate().toString())
			.append("namedSchoolUrn", plan.namedSchoolUrn())
			.append("lastReviewDate", text(plan.lastReviewDate()))
			.append("content", content(r.content()))
			.append("ceased",
					(r.ceased() != null) ? new Document("on", r.ceased().on().toString()).append("reason",
							r.ceased().reason().name()) : null)
			.append("transfers",
					r.transfers()
						.stream()
						.map(t -> new Document("direction", t.direction().name()).append("otherLa", t.otherLa())
							.append("movedOn", t.movedOn().toString())
							.append("noticeGivenOn", text(t.noticeGivenOn())))
						.toList())
			.append("amendments",
					r.amendments()
						.stream()
						.map(a -> new Document("number", a.number()).append("proposedOn", a.proposedOn().toString())
							.append("reviewId", a.reviewId())
							.append("reason", a.reason())
							.append("proposed", content(a.proposed()))
							.append("commentsOn", text(a.commentsOn()))
							.append("issuedOn", text(a.issuedOn())))
						.toList())
			.append("history",
					r.history()
						.stream()
						.map(h -> new Document("at", h.at().toString()).append("by", h.by())
							.append("field", h.field())
							.append("from", h.from())
							.append("to", h.to()))
						.toList());
	}

	private static Document content(PlanContent c) {
		if (c == null) {
			return null;
		}
		Document summaries = new Document();
		c.summaries()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> summaries.append(e.getKey().name(), e.getValue()));
		return new Document("primaryNeed", c.primaryNeed().name())
			.append("secondaryNeed", (c.secondaryNeed() != null) ? c.secondaryNeed().name() : null)
			.append("placementType", c.placement().name())
			.append("bornOn", text(c.bornOn()))
			.append("locality", (c.locality() != null) ? c.locality().name() : null)
			.append("outcomes",
					c.outcomes().stream().map(o -> new Document("text", o.text()).append("by", text(o.by()))).toList())
			.append("provision",
					c.provision()
						.stream()
						.map(p -> new Document("section", p.section().name()).append("description", p.description())
							.append("hoursPerWeek", p.hoursPerWeek()))
						.toList())
			.append("summaries", summaries);
	}

	private static PlanRecord record(Document d) {
		Document ceased = d.get("ceased", Document.class);
		List<Transfer> transfers = d.getList("transfers", Document.class, List.of())
			.stream()
			.map(t -> new Transfer(Transfer.Direction.valueOf(t.getString("direction")), t.getString("otherLa"),
					LocalDate.parse(t.getString("movedOn")), date(t.getString("noticeGivenOn"))))
			.toList();
		List<Amendment> amendments = d.getList("amendments", Document.class, List.of())
			.stream()
			.map(a -> new Amendment(a.getInteger("number"), LocalDate.parse(a.getString("proposedOn")),
					a.getString("reviewId"), a.getString("reason"), content(a.get("proposed", Document.class)),
					date(a.getString("commentsOn")), date(a.getString("issuedOn"))))
			.toList();
		List<PlanChange> history = d.getList("history", Document.class, List.of())
			.stream()
			.map(h -> new PlanChange(Instant.parse(h.getString("at")), h.getString("by"), h.getString("field"),
					h.getString("from"), h.getString("to")))
			.toList();
		return new PlanRecord(plan(d), content(d.get("content", Document.class)),
				(ceased != null) ? new Cessation(LocalDate.parse(ceased.getString("on")),
						CeaseReason.valueOf(ceased.getString("reason"))) : null,
				transfers, amendments, history, VersionedWrites.versionOf(d));
	}

	private static PlanContent content(Document c) {
		if (c == null) {
			return null;
		}
		Map<PlanSection, String> summaries = new EnumMap<>(PlanSection.class);
		Document held = c.get("summaries", Document.class);
		if (held != null) {
			held.forEach((key, value) -> summaries.put(PlanSection.valueOf(key), (String) value));
		}
		String secondary = c.getString("secondaryNeed");
		return new PlanContent(NeedType.valueOf(c.getString("primaryNeed")),
				(secondary != null) ? NeedType.valueOf(secondary) : null,
				PlacementType.valueOf(c.getString("placementType")), date(c.getString("bornOn")),
				(c.getString("locality") != null) ? Locality.valueOf(c.getString("locality")) : null,
				c.getList("outcomes", Document.class, List.of())
					.stream()
					.map(o -> new PlanContent.Outcome(o.getString("text"), date(o.getString("by"))))
					.toList(),
				c.getList("provision", Document.class, List.of())
					.stream()
					.map(p -> new PlanContent.Provision(PlanSection.valueOf(p.getString("section")),
							p.getString("description"), p.getDouble("hoursPerWeek")))
					.toList(),
				summaries);
	}

	private static EhcPlan plan(Document document) {
		Upn upn = new Upn(document.getString("_id"));
		return new EhcPlan(upn, PlanStatus.valueOf(document.getString("status")),
				LocalDate.parse(document.getString("issuedDate")), document.getString("namedSchoolUrn"),
				date(document.getString("lastReviewDate")));
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
