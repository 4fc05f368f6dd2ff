package uk.gov.dorsetcouncil.edu.attendance.alerts.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlan;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlans;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * Plans in {@code attendance_plans}, {@code _id} = {@code <URN>:<UPN>}, the actions
 * embedded; dates as ISO strings. Written whole with an optimistic version check.
 */
public class MongoAttendancePlans implements AttendancePlans {

	private final MongoCollection<Document> plans;

	public MongoAttendancePlans(MongoDatabase database) {
		this.plans = database.getCollection("attendance_plans");
		// A school's plans and overdue reviews on a real MongoDB; the embedded engine
		// scans.
		this.plans.createIndex(Indexes.ascending("urn", "upn"));
		this.plans.createIndex(Indexes.ascending("reviewDate"));
		// Versioned writes find the plan by this index on the embedded engine too.
		VersionedWrites.indexVersions(this.plans);
	}

	static String id(String urn, Upn upn) {
		return urn + ":" + upn.value();
	}

	@Override
	public Optional<AttendancePlan> find(String urn, Upn upn) {
		return Optional.ofNullable(this.plans.find(Filters.eq("_id", id(urn, upn))).first())
			.map(MongoAttendancePlans::plan);
	}

	@Override
	public Map<Upn, AttendancePlan> findAll(String urn, Collection<Upn> upns) {
		Map<Upn, AttendancePlan> found = new HashMap<>();
		if (upns.isEmpty()) {
			return found;
		}
		this.plans.find(Filters.in("_id", upns.stream().map((upn) -> id(urn, upn)).toList())).forEach((document) -> {
			AttendancePlan plan = plan(document);
			found.put(plan.upn(), plan);
		});
		return found;
	}

	@Override
	public boolean save(AttendancePlan plan) {
		List<Document> actions = plan.actions()
			.stream()
			.map((action) -> new Document("description", action.description()).append("owner", action.owner())
				.append("dueDate", (action.dueDate() != null) ? action.dueDate().toString() : null)
				.append("done", action.done()))
			.toList();
		Document document = new Document("urn", plan.urn()).append("upn", plan.upn().value())
			.append("owner", plan.owner())
			.append("actions", actions)
			.append("reviewDate", plan.reviewDate().toString())
			.append("updatedBy", plan.updatedBy())
			.append("updatedAt", Date.from(plan.updatedAt()));
		return VersionedWrites.save(this.plans, id(plan.urn(), plan.upn()), document, plan.version());
	}

	@Override
	public boolean delete(String urn, Upn upn) {
		return this.plans.deleteOne(Filters.eq("_id", id(urn, upn))).getDeletedCount() > 0;
	}

	@Override
	public List<AttendancePlan> atSchool(String urn, long offset, int limit) {
		List<AttendancePlan> found = new ArrayList<>();
		this.plans.find(Filters.eq("urn", urn))
			.sort(Sorts.ascending("_id"))
			.skip(Math.toIntExact(offset))
			.limit(limit)
			.forEach((document) -> found.add(plan(document)));
		return found;
	}

	@Override
	public long countAtSchool(String urn) {
		return this.plans.countDocuments(Filters.eq("urn", urn));
	}

	@Override
	public void forEach(Consumer<AttendancePlan> action) {
		this.plans.find().forEach((document) -> action.accept(plan(document)));
	}

	private static AttendancePlan plan(Document document) {
		List<AttendancePlan.Action> actions = document.getList("actions", Document.class)
			.stream()
			.map((action) -> new AttendancePlan.Action(action.getString("description"), action.getString("owner"),
					date(action.getString("dueDate")), action.getBoolean("done", false)))
			.toList();
		return new AttendancePlan(document.getString("urn"), new Upn(document.getString("upn")),
				document.getString("owner"), actions, LocalDate.parse(document.getString("reviewDate")),
				document.getString("updatedBy"), document.getDate("updatedAt").toInstant(),
				((Number) document.get("version")).longValue());
	}

	private static LocalDate date(String value) {
		return (value == null) ? null : LocalDate.parse(value);
	}

}
