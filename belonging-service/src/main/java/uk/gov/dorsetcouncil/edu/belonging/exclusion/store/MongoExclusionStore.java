package uk.gov.dorsetcouncil.edu.belonging.exclusion.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionReason;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionType;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Step;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepKind;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepOutcome;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.SuspensionLength;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.HeldRecords;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * Each pupil's exclusions in one document of {@code pupil_exclusions} ({@code _id} =
 * UPN), written with a version check and its changes in the same write (the change feed's
 * outbox, ADR 0023), relayed to the feed right after. Dates are ISO strings; enum values
 * by name. An acknowledged write is durable as every platform write is (ADR 0016).
 * <p>
 * Every pupil's exclusions are also held decoded in memory ({@link HeldRecords}, ADR
 * 0043), so that the rates, the duties due and the AP alerts ({@link #forEach}) read no
 * document; the collection stays the only record. {@link #find}, which the rules read
 * before a write, reads the store.
 */
public class MongoExclusionStore implements ExclusionStore {

	public static final String COLLECTION = "pupil_exclusions";

	private final MongoCollection<Document> pupils;

	private final ChangeRelay relay;

	private final HeldRecords<PupilExclusions> held;

	public MongoExclusionStore(MongoDatabase database, ChangeRelay relay) {
		this.pupils = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.pupils);
		this.held = new HeldRecords<>(database, this.pupils, MongoExclusionStore::pupil, held -> held.upn().value(),
				PupilExclusions::version);
	}

	/** Reads the held copy again from the collection (ADR 0043). */
	public void reload() {
		this.held.reload();
	}

	@Override
	public PupilExclusions find(Upn upn) {
		Document held = this.pupils.find(Filters.eq("_id", upn.value())).first();
		return (held == null) ? PupilExclusions.none(upn) : pupil(held);
	}

	@Override
	public boolean save(PupilExclusions exclusions, List<Change> changes) {
		Document document = new Document("exclusions",
				exclusions.exclusions().stream().map(MongoExclusionStore::document).toList());
		boolean saved = ChangeRecordingWrites.save(this.pupils, exclusions.upn().value(), document,
				exclusions.version(), changes);
		if (saved) {
			this.held.written(new PupilExclusions(exclusions.upn(), exclusions.exclusions(), exclusions.version() + 1));
		}
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.pupils, exclusions.upn().value());
		}
		return saved;
	}

	/** Every pupil with an exclusion recorded, from the held copy. */
	@Override
	public void forEach(Consumer<PupilExclusions> action) {
		this.held.forEach(action);
	}

	private static PupilExclusions pupil(Document held) {
		Upn upn = new Upn(held.getString("_id"));
		List<Exclusion> exclusions = new ArrayList<>();
		for (Document exclusion : held.getList("exclusions", Document.class, List.of())) {
			exclusions.add(exclusion(upn, exclusion));
		}
		return new PupilExclusions(upn, exclusions, VersionedWrites.versionOf(held));
	}

	static Document document(Exclusion exclusion) {
		return new Document("id", exclusion.id()).append("schoolUrn", exclusion.schoolUrn())
			.append("type", exclusion.type().name())
			.append("startDate", exclusion.startDate().toString())
			.append("sessions", (exclusion.length() != null) ? exclusion.length().sessions() : null)
			.append("lunchtimes", (exclusion.length() != null) ? exclusion.length().lunchtimes() : null)
			.append("reasons", exclusion.reasons().stream().map(ExclusionReason::code).toList())
			.append("decidedBy", exclusion.decidedBy())
			.append("lookedAfter", exclusion.lookedAfter())
			.append("socialWorker", exclusion.socialWorker())
			.append("missesPublicExam", exclusion.missesPublicExam())
			.append("meetingRequestedOn", text(exclusion.meetingRequestedOn()))
			.append("steps",
					exclusion.steps()
						.stream()
						.map(step -> new Document("kind", step.kind().name()).append("actor", step.actor().name())
							.append("dueDate", step.dueDate().toString())
							.append("doneDate", text(step.doneDate()))
							.append("outcome", (step.outcome() != null) ? step.outcome().name() : null))
						.toList())
			.append("recordedBy", exclusion.recordedBy())
			.append("recordedAt", exclusion.recordedAt().toString());
	}

	private static Exclusion exclusion(Upn upn, Document held) {
		ExclusionType type = ExclusionType.valueOf(held.getString("type"));
		SuspensionLength length = (type == ExclusionType.SUSPENSION)
				? new SuspensionLength(held.getInteger("sessions", 0), held.getInteger("lunchtimes", 0)) : null;
		List<Step> steps = held.getList("steps", Document.class, List.of())
			.stream()
			.map(step -> new Step(StepKind.valueOf(step.getString("kind")),
					StepKind.Actor.valueOf(step.getString("actor")), LocalDate.parse(step.getString("dueDate")),
					date(step.getString("doneDate")),
					(step.getString("outcome") != null) ? StepOutcome.valueOf(step.getString("outcome")) : null))
			.toList();
		return new Exclusion(held.getString("id"), upn, held.getString("schoolUrn"), type,
				LocalDate.parse(held.getString("startDate")), length,
				held.getList("reasons", String.class, List.of()).stream().map(ExclusionReason::valueOf).toList(),
				held.getString("decidedBy"), held.getBoolean("lookedAfter", false),
				held.getBoolean("socialWorker", false), held.getBoolean("missesPublicExam", false),
				date(held.getString("meetingRequestedOn")), steps, held.getString("recordedBy"),
				java.time.Instant.parse(held.getString("recordedAt")));
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
