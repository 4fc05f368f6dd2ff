package uk.gov.dorsetcouncil.edu.attendance.ingest.store;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJob;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportStore;
import uk.gov.dorsetcouncil.edu.attendance.ingest.Rejection;

/**
 * Import jobs in {@code imports} ({@code _id} = job id); rejected rows in
 * {@code import_rejections}, one document per appended batch ({@code _id} = job id and
 * batch number). Idempotency keys are the platform's ({@link IdempotentStreams}).
 */
public class MongoImportStore implements ImportStore {

	private final MongoCollection<Document> jobs;

	private final MongoCollection<Document> rejections;

	public MongoImportStore(MongoDatabase database) {
		this.jobs = database.getCollection("imports");
		this.rejections = database.getCollection("import_rejections");
	}

	@Override
	public void create(ImportJob job) {
		this.jobs.insertOne(document(job).append("rejectionBatches", 0));
	}

	@Override
	public void delete(String id) {
		this.jobs.deleteOne(Filters.eq("_id", id));
	}

	@Override
	public Optional<ImportJob> find(String id) {
		return Optional.ofNullable(this.jobs.find(Filters.eq("_id", id)).first()).map(MongoImportStore::job);
	}

	@Override
	public void update(ImportJob job) {
		Document document = document(job);
		document.remove("_id");
		this.jobs.updateOne(Filters.eq("_id", job.id()), new Document("$set", document));
	}

	@Override
	public void appendRejections(String jobId, List<Rejection> rows) {
		Document job = this.jobs.findOneAndUpdate(Filters.eq("_id", jobId), Updates.inc("rejectionBatches", 1),
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
		int batch = job.getInteger("rejectionBatches");
		List<Document> documents = new ArrayList<>(rows.size());
		for (Rejection row : rows) {
			documents.add(new Document("row", row.row()).append("field", row.field()).append("reason", row.reason()));
		}
		this.rejections.insertOne(new Document("_id", batchId(jobId, batch)).append("job", jobId)
			.append("count", rows.size())
			.append("rows", documents));
	}

	@Override
	public List<Rejection> rejections(String jobId, long offset, int limit) {
		Document job = this.jobs.find(Filters.eq("_id", jobId)).first();
		List<Rejection> found = new ArrayList<>();
		if (job == null) {
			return found;
		}
		int batches = job.getInteger("rejectionBatches", 0);
		long seen = 0;
		for (int batch = 1; batch <= batches && found.size() < limit; batch++) {
			Document held = this.rejections.find(Filters.eq("_id", batchId(jobId, batch))).first();
			if (held == null) {
				continue;
			}
			List<Document> rows = held.getList("rows", Document.class);
			for (Document row : rows) {
				if (seen++ >= offset && found.size() < limit) {
					found.add(new Rejection(((Number) row.get("row")).longValue(), row.getString("field"),
							row.getString("reason")));
				}
			}
		}
		return found;
	}

	@Override
	public int failUnfinished(String reason) {
		return (int) this.jobs
			.updateMany(Filters.in("status", ImportJob.Status.QUEUED.name(), ImportJob.Status.RUNNING.name()), Updates
				.combine(Updates.set("status", ImportJob.Status.FAILED.name()), Updates.set("detail", reason)))
			.getModifiedCount();
	}

	private static String batchId(String jobId, int batch) {
		return jobId + ":" + batch;
	}

	private static Document document(ImportJob job) {
		return new Document("_id", job.id()).append("organisation", job.organisation())
			.append("idempotencyKey", job.idempotencyKey())
			.append("contentHash", job.contentHash())
			.append("source", job.source().name())
			.append("status", job.status().name())
			.append("submittedBy", job.submittedBy())
			.append("submittedAt", Date.from(job.submittedAt()))
			.append("finishedAt", (job.finishedAt() != null) ? Date.from(job.finishedAt()) : null)
			.append("rowsRead", job.rowsRead())
			.append("rowsStored", job.rowsStored())
			.append("marksChanged", job.marksChanged())
			.append("rowsRejected", job.rowsRejected())
			.append("detail", job.detail());
	}

	private static ImportJob job(Document document) {
		Date finished = document.getDate("finishedAt");
		return new ImportJob(document.getString("_id"), document.getString("organisation"),
				document.getString("idempotencyKey"), document.getString("contentHash"),
				ImportJob.Source.valueOf(document.getString("source")),
				ImportJob.Status.valueOf(document.getString("status")), document.getString("submittedBy"),
				document.getDate("submittedAt").toInstant(), (finished != null) ? finished.toInstant() : null,
				number(document, "rowsRead"), number(document, "rowsStored"), number(document, "marksChanged"),
				number(document, "rowsRejected"), document.getString("detail"));
	}

	private static long number(Document document, String field) {
		return ((Number) document.get(field)).longValue();
	}

}
