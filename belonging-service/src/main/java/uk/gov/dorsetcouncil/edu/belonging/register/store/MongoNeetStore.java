package uk.gov.dorsetcouncil.edu.belonging.register.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.belonging.register.NeetActivity;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetStore;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Month-end activities in {@code neet_activity}, {@code _id} = {@code <UPN>:<yyyy-MM>},
 * so a young person has one record a month and recording it again replaces it. Read by
 * month with an index on {@code month}.
 */
public class MongoNeetStore implements NeetStore {

	public static final String COLLECTION = "neet_activity";

	private final MongoCollection<Document> activities;

	public MongoNeetStore(MongoDatabase database) {
		this.activities = database.getCollection(COLLECTION);
		this.activities.createIndex(new Document("month", 1));
	}

	@Override
	public void save(NeetActivity activity) {
		String id = activity.upn().value() + ":" + activity.month();
		this.activities.replaceOne(Filters.eq("_id", id),
				new Document("_id", id).append("upn", activity.upn().value())
					.append("month", activity.month().toString())
					.append("dateOfBirth", activity.dateOfBirth().toString())
					.append("activity", activity.activity().name())
					.append("recordedBy", activity.recordedBy()),
				new ReplaceOptions().upsert(true));
	}

	@Override
	public List<NeetActivity> of(List<YearMonth> months) {
		List<NeetActivity> found = new ArrayList<>();
		this.activities.find(Filters.in("month", months.stream().map(YearMonth::toString).toList()))
			.forEach(held -> found.add(new NeetActivity(new Upn(held.getString("upn")),
					YearMonth.parse(held.getString("month")), LocalDate.parse(held.getString("dateOfBirth")),
					NeetActivity.Activity.valueOf(held.getString("activity")), held.getString("recordedBy"))));
		return found;
	}

}
