package uk.gov.dorsetcouncil.edu.send.review.store;

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
import uk.gov.dorsetcouncil.edu.send.review.AnnualReview;
import uk.gov.dorsetcouncil.edu.send.review.PhaseTransfer;
import uk.gov.dorsetcouncil.edu.send.review.PupilReviews;
import uk.gov.dorsetcouncil.edu.send.review.ReviewOutcome;
import uk.gov.dorsetcouncil.edu.send.review.ReviewStep;
import uk.gov.dorsetcouncil.edu.send.review.ReviewStepKind;
import uk.gov.dorsetcouncil.edu.send.review.ReviewStore;

/**
 * Each child's annual reviews in one document of {@code ehc_reviews} ({@code _id} = UPN),
 * written with a version check and its changes in the same write (the change feed's
 * outbox, ADR 0023), relayed to the feed right after, as assessments are. Dates are ISO
 * strings, enum values by name.
 */
public class MongoReviewStore implements ReviewStore {

	public static final String COLLECTION = "ehc_reviews";

	private final MongoCollection<Document> pupils;

	private final ChangeRelay relay;

	private final HeldRecords<PupilReviews> held;

	public MongoReviewStore(MongoDatabase database, ChangeRelay relay) {
		this.pupils = database.getCollection(COLLECTION);
		this.relay = relay;
		VersionedWrites.indexVersions(this.pupils);
		this.held = new HeldRecords<>(database, this.pupils, MongoReviewStore::pupil, held -> held.upn().value(),
				PupilReviews::version);
	}

	/** Reads the held copy again from the collection (ADR 0043). */
	public void reload() {
		this.held.reload();
	}

	@Override
	public PupilReviews find(Upn upn) {
		Document held = this.pupils.find(Filters.eq("_id", upn.value())).first();
		return (held == null) ? PupilReviews.none(upn) : pupil(held);
	}

	@Override
	public boolean save(PupilReviews reviews, List<Change> changes) {
		Document document = new Document("reviews",
				reviews.reviews().stream().map(MongoReviewStore::document).toList());
		boolean saved = ChangeRecordingWrites.save(this.pupils, reviews.upn().value(), document, reviews.version(),
				changes);
		if (saved) {
			this.held.written(new PupilReviews(reviews.upn(), reviews.reviews(), reviews.version() + 1));
		}
		if (saved && !changes.isEmpty()) {
			this.relay.relay(this.pupils, reviews.upn().value());
		}
		return saved;
	}

	/** Every child with a review recorded, from the copy held in memory (ADR 0043). */
	@Override
	public void forEach(Consumer<PupilReviews> action) {
		this.held.forEach(action);
	}

	private static PupilReviews pupil(Document held) {
		Upn upn = new Upn(held.getString("_id"));
		List<AnnualReview> reviews = new ArrayList<>();
		for (Document review : held.getList("reviews", Document.class, List.of())) {
			reviews.add(review(upn, review));
		}
		return new PupilReviews(upn, reviews, VersionedWrites.versionOf(held));
	}

	static Document document(AnnualReview r) {
		return new Document("id", r.id()).append("schoolUrn", r.schoolUrn())
			.append("reviewFrom", r.reviewFrom().toString())
			.append("meetingOn", r.meetingOn().toString())
			.append("bornOn", text(r.bornOn()))
			.append("transfer", (r.transfer() != null) ? r.transfer().name() : null)
			.append("transferYear", r.transferYear())
			.append("steps",
					r.steps()
						.stream()
						.map(s -> new Document("kind", s.kind().name()).append("startsOn", s.startsOn().toString())
							.append("dueDate", s.dueDate().toString())
							.append("doneDate", text(s.doneDate()))
							.append("outcome", (s.outcome() != null) ? s.outcome().name() : null))
						.toList())
			.append("recordedBy", r.recordedBy())
			.append("recordedAt", r.recordedAt().toString());
	}

	private static AnnualReview review(Upn upn, Document held) {
		List<ReviewStep> steps = held.getList("steps", Document.class, List.of())
			.stream()
			.map(s -> new ReviewStep(ReviewStepKind.valueOf(s.getString("kind")),
					LocalDate.parse(s.getString("startsOn")), LocalDate.parse(s.getString("dueDate")),
					date(s.getString("doneDate")),
					(s.getString("outcome") != null) ? ReviewOutcome.valueOf(s.getString("outcome")) : null))
			.toList();
		String transfer = held.getString("transfer");
		return new AnnualReview(held.getString("id"), upn, held.getString("schoolUrn"),
				LocalDate.parse(held.getString("reviewFrom")), LocalDate.parse(held.getString("meetingOn")),
				date(held.getString("bornOn")), (transfer != null) ? PhaseTransfer.valueOf(transfer) : null,
				held.getInteger("transferYear"), steps, held.getString("recordedBy"),
				Instant.parse(held.getString("recordedAt")));
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
