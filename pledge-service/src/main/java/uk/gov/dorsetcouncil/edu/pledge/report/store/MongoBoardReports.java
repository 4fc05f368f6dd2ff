package uk.gov.dorsetcouncil.edu.pledge.report.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.StoredJson;
import uk.gov.dorsetcouncil.edu.pledge.report.BoardReport;
import uk.gov.dorsetcouncil.edu.pledge.report.BoardReports;

/**
 * The Board's reports, one document each in {@code board_reports} ({@code _id} = the
 * meeting's date), inserted once when made and replaced only by its next version (an
 * override), checked against the version held.
 */
public class MongoBoardReports implements BoardReports {

	public static final String COLLECTION = "board_reports";

	private final MongoCollection<Document> reports;

	public MongoBoardReports(MongoDatabase database) {
		this.reports = database.getCollection(COLLECTION);
	}

	@Override
	public Optional<BoardReport> find(LocalDate meeting) {
		return Optional.ofNullable(this.reports.find(Filters.eq("_id", meeting.toString())).first())
			.map(document -> StoredJson.value(document, BoardReport.class));
	}

	@Override
	public List<BoardReport> all() {
		return this.reports.find()
			.map(document -> StoredJson.value(document, BoardReport.class))
			.into(new ArrayList<>());
	}

	@Override
	public boolean create(BoardReport report) {
		return InsertOnce.one(this.reports, document(report));
	}

	@Override
	public boolean replace(BoardReport report) {
		return this.reports
			.replaceOne(Filters.and(Filters.eq("_id", report.meeting().toString()),
					Filters.eq("version", report.version() - 1)), document(report))
			.getModifiedCount() == 1;
	}

	private static Document document(BoardReport report) {
		Document document = StoredJson.document(report);
		document.put("_id", report.meeting().toString());
		return document;
	}

}
