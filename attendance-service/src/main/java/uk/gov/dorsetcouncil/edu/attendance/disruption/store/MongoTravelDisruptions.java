package uk.gov.dorsetcouncil.edu.attendance.disruption.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.disruption.DisruptedSession;
import uk.gov.dorsetcouncil.edu.attendance.disruption.SchoolDisruptions;
import uk.gov.dorsetcouncil.edu.attendance.disruption.TravelDisruptions;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * One document per disruption in {@code travel_disruptions} ({@code _id} = the
 * disruption's id, replaced when told again), with the schools it touches indexed, so
 * that a school's alerts read its disruptions with one query. Read from the store each
 * time: every replica sees a disruption as soon as it is written.
 */
public class MongoTravelDisruptions implements TravelDisruptions {

	public static final String COLLECTION = "travel_disruptions";

	private final MongoCollection<Document> disruptions;

	public MongoTravelDisruptions(MongoDatabase database) {
		this.disruptions = database.getCollection(COLLECTION);
		this.disruptions.createIndex(Indexes.ascending("urns"));
	}

	@Override
	public void record(String disruptionId, String kind, String description, List<DisruptedSession> sessions) {
		List<Document> held = new ArrayList<>();
		TreeSet<String> urns = new TreeSet<>();
		for (DisruptedSession session : sessions) {
			urns.add(session.urn());
			held.add(new Document("urn", session.urn()).append("upn", session.upn().value())
				.append("date", session.date().toString())
				.append("session", session.session().name()));
		}
		Document document = new Document("_id", disruptionId).append("kind", kind)
			.append("description", description)
			.append("urns", List.copyOf(urns))
			.append("sessions", held);
		this.disruptions.replaceOne(Filters.eq("_id", disruptionId), document, new ReplaceOptions().upsert(true));
	}

	@Override
	public SchoolDisruptions ofSchool(String urn) {
		List<DisruptedSession> sessions = new ArrayList<>();
		for (Document disruption : this.disruptions.find(Filters.eq("urns", urn))) {
			for (Document session : disruption.getList("sessions", Document.class, List.of())) {
				if (urn.equals(session.getString("urn"))) {
					sessions.add(new DisruptedSession(urn, new Upn(session.getString("upn")),
							LocalDate.parse(session.getString("date")), Session.valueOf(session.getString("session")),
							disruption.getString("_id"), disruption.getString("kind")));
				}
			}
		}
		return SchoolDisruptions.of(sessions);
	}

}
