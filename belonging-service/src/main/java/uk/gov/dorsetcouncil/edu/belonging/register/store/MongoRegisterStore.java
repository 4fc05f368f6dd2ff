package uk.gov.dorsetcouncil.edu.belonging.register.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.belonging.register.ClosureReason;
import uk.gov.dorsetcouncil.edu.belonging.register.Enquiry;
import uk.gov.dorsetcouncil.edu.belonging.register.PupilRegisters;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterEntry;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKind;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterStep;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterStepKind;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterStore;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * Each child's register entries in one document of {@code pupil_registers} ({@code _id} =
 * UPN) with the last sequence of attendance's feed applied, written with a version check
 * and its changes in the same write (the change feed's outbox, ADR 0023), relayed right
 * after. Dates are ISO strings; enum values by name.
 */
public class MongoRegisterStore implements RegisterStore {

	public static final String COLLECTION = "pupil_registers";

	private final MongoCollection<Document> pupils;

	private final ChangeRelay relay;

	public MongoRegisterStore(MongoDatabase database, ChangeRelay relay) {
		this.pupils = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.pupils);
	}

	@Override
	public PupilRegisters find(Upn upn) {
		Document held = this.pupils.find(Filters.eq("_id", upn.value())).first();
		return (held == null) ? PupilRegisters.none(upn) : pupil(held);
	}

	@Override
	public boolean save(PupilRegisters registers, List<Change> changes) {
		Document document = new Document("entries",
				registers.entries().stream().map(MongoRegisterStore::document).toList())
			.append("appliedThrough", registers.appliedThrough());
		boolean saved = ChangeRecordingWrites.save(this.pupils, registers.upn().value(), document, registers.version(),
				changes);
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.pupils, registers.upn().value());
		}
		return saved;
	}

	@Override
	public void forEach(Consumer<PupilRegisters> action) {
		this.pupils.find().batchSize(2000).forEach(held -> action.accept(pupil(held)));
	}

	private static PupilRegisters pupil(Document held) {
		Upn upn = new Upn(held.getString("_id"));
		List<RegisterEntry> entries = held.getList("entries", Document.class, List.of())
			.stream()
			.map(entry -> entry(upn, entry))
			.toList();
		Number applied = held.get("appliedThrough", Number.class);
		return new PupilRegisters(upn, entries, (applied != null) ? applied.longValue() : 0,
				VersionedWrites.versionOf(held));
	}

	static Document document(RegisterEntry entry) {
		return new Document("id", entry.id()).append("kind", entry.kind().name())
			.append("schoolLeftUrn", entry.schoolLeftUrn())
			.append("openedOn", entry.openedOn().toString())
			.append("source", entry.source().name())
			.append("note", entry.note())
			.append("noticeDate", text(entry.noticeDate()))
			.append("consentNeeded", entry.consentNeeded())
			.append("schoolNamedUrn", entry.schoolNamedUrn())
			.append("onRollOn", text(entry.onRollOn()))
			.append("closedOn", text(entry.closedOn()))
			.append("closureReason", (entry.closureReason() != null) ? entry.closureReason().name() : null)
			.append("closureNote", entry.closureNote())
			.append("enquiries",
					entry.enquiries()
						.stream()
						.map(e -> new Document("date", e.date().toString()).append("action", e.action())
							.append("outcome", e.outcome())
							.append("by", e.by()))
						.toList())
			.append("steps",
					entry.steps()
						.stream()
						.map(s -> new Document("kind", s.kind().name()).append("dueDate", s.dueDate().toString())
							.append("doneDate", text(s.doneDate()))
							.append("outcome", s.outcome()))
						.toList())
			.append("openedBy", entry.openedBy())
			.append("openedAt", entry.openedAt().toString());
	}

	private static RegisterEntry entry(Upn upn, Document held) {
		List<Enquiry> enquiries = held.getList("enquiries", Document.class, List.of())
			.stream()
			.map(e -> new Enquiry(LocalDate.parse(e.getString("date")), e.getString("action"), e.getString("outcome"),
					e.getString("by")))
			.toList();
		List<RegisterStep> steps = held.getList("steps", Document.class, List.of())
			.stream()
			.map(s -> new RegisterStep(RegisterStepKind.valueOf(s.getString("kind")),
					LocalDate.parse(s.getString("dueDate")), date(s.getString("doneDate")), s.getString("outcome")))
			.toList();
		String reason = held.getString("closureReason");
		return new RegisterEntry(held.getString("id"), RegisterKind.valueOf(held.getString("kind")), upn,
				held.getString("schoolLeftUrn"), LocalDate.parse(held.getString("openedOn")),
				RegisterEntry.Source.valueOf(held.getString("source")), held.getString("note"),
				date(held.getString("noticeDate")), held.getBoolean("consentNeeded", false),
				held.getString("schoolNamedUrn"), date(held.getString("onRollOn")), date(held.getString("closedOn")),
				(reason != null) ? ClosureReason.valueOf(reason) : null, held.getString("closureNote"), enquiries,
				steps, held.getString("openedBy"), Instant.parse(held.getString("openedAt")));
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
