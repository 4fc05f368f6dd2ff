package uk.gov.dorsetcouncil.edu.attendance.measures.store;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceFigure;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceFigureStore;

/**
 * Loaded reference figures in the {@code reference_figures} collection, {@code _id} =
 * comparator|measure|group|period; a few dozen documents, read whole for each summary so
 * that every instance shows what was last loaded.
 */
public class MongoReferenceFigures implements ReferenceFigureStore {

	private final MongoCollection<Document> figures;

	public MongoReferenceFigures(MongoDatabase database) {
		this.figures = database.getCollection("reference_figures");
	}

	@Override
	public List<ReferenceFigure> loaded() {
		List<ReferenceFigure> loaded = new ArrayList<>();
		this.figures.find()
			.forEach((document) -> loaded.add(new ReferenceFigure(document.getString("measure"),
					document.getString("comparator"), document.getString("group"), document.getString("period"),
					document.getDouble("value"), document.getBoolean("confirmed"), document.getString("source"))));
		return loaded;
	}

	@Override
	public void save(String key, ReferenceFigure figure) {
		this.figures.replaceOne(Filters.eq("_id", key),
				new Document("_id", key).append("measure", figure.measure())
					.append("comparator", figure.comparator())
					.append("group", figure.group())
					.append("period", figure.period())
					.append("value", figure.value())
					.append("confirmed", figure.confirmed())
					.append("source", figure.source()),
				new ReplaceOptions().upsert(true));
	}

}
