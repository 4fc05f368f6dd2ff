package uk.gov.dorsetcouncil.edu.attendance.connector.store;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RecordProblem;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedState;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedStates;
import uk.gov.dorsetcouncil.edu.attendance.connector.SyncOutcome;

/**
 * Each school's feed state in {@code connector_feeds}, {@code _id} = URN, replaced whole
 * after every run (one run per school at a time).
 */
public class MongoFeedStates implements FeedStates {

	private final MongoCollection<Document> feeds;

	public MongoFeedStates(MongoDatabase database) {
		this.feeds = database.getCollection("connector_feeds");
	}

	@Override
	public Optional<FeedState> find(String urn) {
		Document document = this.feeds.find(Filters.eq("_id", urn)).first();
		if (document == null) {
			return Optional.empty();
		}
		List<RecordProblem> problems = document.getList("problems", Document.class, List.of())
			.stream()
			.map((problem) -> new RecordProblem(problem.getString("record"), problem.getString("reason")))
			.toList();
		String outcome = document.getString("lastOutcome");
		return Optional.of(new FeedState(urn, instant(document, "changedSince"), instant(document, "lastAttemptAt"),
				(outcome != null) ? SyncOutcome.valueOf(outcome) : null, document.getString("lastMessage"),
				instant(document, "lastDataArrivedAt"), problems));
	}

	@Override
	public void save(FeedState state) {
		Document document = new Document("_id", state.urn()).append("changedSince", date(state.changedSince()))
			.append("lastAttemptAt", date(state.lastAttemptAt()))
			.append("lastOutcome", (state.lastOutcome() != null) ? state.lastOutcome().name() : null)
			.append("lastMessage", state.lastMessage())
			.append("lastDataArrivedAt", date(state.lastDataArrivedAt()))
			.append("problems",
					state.problems()
						.stream()
						.map((problem) -> new Document("record", problem.record()).append("reason", problem.reason()))
						.toList());
		this.feeds.replaceOne(Filters.eq("_id", state.urn()), document, new ReplaceOptions().upsert(true));
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
