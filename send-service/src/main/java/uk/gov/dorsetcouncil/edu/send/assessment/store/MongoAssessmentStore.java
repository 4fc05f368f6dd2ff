package uk.gov.dorsetcouncil.edu.send.assessment.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.HeldRecords;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;
import uk.gov.dorsetcouncil.edu.send.assessment.Appeal;
import uk.gov.dorsetcouncil.edu.send.assessment.Assessment;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentException;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentStore;
import uk.gov.dorsetcouncil.edu.send.assessment.ExceptionKind;
import uk.gov.dorsetcouncil.edu.send.assessment.NeedType;
import uk.gov.dorsetcouncil.edu.send.assessment.PupilAssessments;
import uk.gov.dorsetcouncil.edu.send.assessment.Requester;
import uk.gov.dorsetcouncil.edu.send.assessment.Step;
import uk.gov.dorsetcouncil.edu.send.assessment.StepKind;
import uk.gov.dorsetcouncil.edu.send.assessment.StepOutcome;

/**
 * Each child's EHC needs assessments in one document of {@code ehc_assessments}
 * ({@code _id} = UPN), written with a version check and its changes in the same write
 * (the change feed's outbox, ADR 0023), relayed to the feed right after. Dates are ISO
 * strings, enum values by name. Due dates are stored as worked out when last written.
 */
public class MongoAssessmentStore implements AssessmentStore {

	public static final String COLLECTION = "ehc_assessments";

	private final MongoCollection<Document> pupils;

	private final ChangeRelay relay;

	private final HeldRecords<PupilAssessments> held;

	public MongoAssessmentStore(MongoDatabase database, ChangeRelay relay) {
		this.pupils = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.pupils);
		this.held = new HeldRecords<>(database, this.pupils, MongoAssessmentStore::pupil, held -> held.upn().value(),
				PupilAssessments::version);
	}

	/** Reads the held copy again from the collection (ADR 0043). */
	public void reload() {
		this.held.reload();
	}

	@Override
	public PupilAssessments find(Upn upn) {
		Document held = this.pupils.find(Filters.eq("_id", upn.value())).first();
		return (held == null) ? PupilAssessments.none(upn) : pupil(held);
	}

	@Override
	public boolean save(PupilAssessments assessments, List<Change> changes) {
		Document document = new Document("assessments",
				assessments.assessments().stream().map(MongoAssessmentStore::document).toList());
		boolean saved = ChangeRecordingWrites.save(this.pupils, assessments.upn().value(), document,
				assessments.version(), changes);
		if (saved) {
			this.held
				.written(new PupilAssessments(assessments.upn(), assessments.assessments(), assessments.version() + 1));
		}
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.pupils, assessments.upn().value());
		}
		return saved;
	}

	/** Every child with a request recorded, from the copy held in memory (ADR 0043). */
	@Override
	public void forEach(Consumer<PupilAssessments> action) {
		this.held.forEach(action);
	}

	private static PupilAssessments pupil(Document held) {
		Upn upn = new Upn(held.getString("_id"));
		List<Assessment> assessments = new ArrayList<>();
		for (Document assessment : held.getList("assessments", Document.class, List.of())) {
			assessments.add(assessment(upn, assessment));
		}
		return new PupilAssessments(upn, assessments, VersionedWrites.versionOf(held));
	}

	static Document document(Assessment a) {
		Appeal appeal = a.appeal();
		return new Document("id", a.id()).append("schoolUrn", a.schoolUrn())
			.append("requester", a.requester().name())
			.append("receivedOn", a.receivedOn().toString())
			.append("primaryNeed", (a.primaryNeed() != null) ? a.primaryNeed().name() : null)
			.append("exceptions",
					a.exceptions()
						.stream()
						.map(e -> new Document("number", e.number()).append("kind", e.kind().name())
							.append("adviceStep", (e.adviceStep() != null) ? e.adviceStep().name() : null)
							.append("from", e.from().toString())
							.append("to", e.to().toString())
							.append("evidence", e.evidence()))
						.toList())
			.append("steps",
					a.steps()
						.stream()
						.map(s -> new Document("kind", s.kind().name()).append("startsOn", s.startsOn().toString())
							.append("statutoryDueDate", s.statutoryDueDate().toString())
							.append("dueDate", s.dueDate().toString())
							.append("exceptionsApplied", s.exceptionsApplied())
							.append("doneDate", text(s.doneDate()))
							.append("outcome", (s.outcome() != null) ? s.outcome().name() : null))
						.toList())
			.append("appeal",
					new Document("mediationCertificateOn", text(appeal.mediationCertificateOn()))
						.append("lodgedOn", text(appeal.lodgedOn()))
						.append("hearingOn", text(appeal.hearingOn()))
						.append("decidedOn", text(appeal.decidedOn())))
			.append("recordedBy", a.recordedBy())
			.append("recordedAt", a.recordedAt().toString());
	}

	private static Assessment assessment(Upn upn, Document held) {
		List<AssessmentException> exceptions = held.getList("exceptions", Document.class, List.of())
			.stream()
			.map(e -> new AssessmentException(e.getInteger("number"), ExceptionKind.valueOf(e.getString("kind")),
					(e.getString("adviceStep") != null) ? StepKind.valueOf(e.getString("adviceStep")) : null,
					LocalDate.parse(e.getString("from")), LocalDate.parse(e.getString("to")), e.getString("evidence")))
			.toList();
		List<Step> steps = held.getList("steps", Document.class, List.of())
			.stream()
			.map(s -> new Step(StepKind.valueOf(s.getString("kind")), LocalDate.parse(s.getString("startsOn")),
					LocalDate.parse(s.getString("statutoryDueDate")), LocalDate.parse(s.getString("dueDate")),
					s.getList("exceptionsApplied", Integer.class, List.of()), date(s.getString("doneDate")),
					(s.getString("outcome") != null) ? StepOutcome.valueOf(s.getString("outcome")) : null))
			.toList();
		Document appeal = held.get("appeal", new Document());
		String need = held.getString("primaryNeed");
		return new Assessment(held.getString("id"), upn, held.getString("schoolUrn"),
				Requester.valueOf(held.getString("requester")), LocalDate.parse(held.getString("receivedOn")),
				(need != null) ? NeedType.valueOf(need) : null, exceptions, steps,
				new Appeal(date(appeal.getString("mediationCertificateOn")), date(appeal.getString("lodgedOn")),
						date(appeal.getString("hearingOn")), date(appeal.getString("decidedOn"))),
				held.getString("recordedBy"), Instant.parse(held.getString("recordedAt")));
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
