package uk.gov.dorsetcouncil.edu.send.plan.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.PlanStatus;

/**
 * EHC plans in MongoDB, one document per pupil ({@code _id} = UPN): a pupil has at most
 * one plan the LA maintains, and putting a plan is a single-document upsert, so a retry
 * gives the same state. Dates are ISO strings; all date arithmetic is done in Java.
 */
@Component
public class EhcPlanStore {

	private final MongoCollection<Document> plans;

	EhcPlanStore(MongoDatabase database) {
		this.plans = database.getCollection("ehc_plans");
	}

	/** Stores the plan, replacing any held for the pupil; true when it was new. */
	public boolean put(EhcPlan plan) {
		Document document = new Document("_id", plan.upn().value()).append("status", plan.status().name())
			.append("issuedDate", plan.issuedDate().toString())
			.append("namedSchoolUrn", plan.namedSchoolUrn())
			.append("lastReviewDate", plan.lastReview().map(LocalDate::toString).orElse(null));
		return this.plans.replaceOne(Filters.eq("_id", plan.upn().value()), document, new ReplaceOptions().upsert(true))
			.getUpsertedId() != null;
	}

	public Optional<EhcPlan> find(Upn upn) {
		Document document = this.plans.find(Filters.eq("_id", upn.value())).first();
		return Optional.ofNullable(document).map(EhcPlanStore::plan);
	}

	/**
	 * Every plan held. Dorset maintains a few thousand plans, so a scan is cheap; due
	 * dates are computed in Java, not stored.
	 */
	public List<EhcPlan> all() {
		List<EhcPlan> all = new ArrayList<>();
		this.plans.find().forEach(document -> all.add(plan(document)));
		return all;
	}

	private static EhcPlan plan(Document document) {
		Upn upn = new Upn(document.getString("_id"));
		String reviewed = document.getString("lastReviewDate");
		return new EhcPlan(upn, PlanStatus.valueOf(document.getString("status")),
				LocalDate.parse(document.getString("issuedDate")), document.getString("namedSchoolUrn"),
				(reviewed != null) ? LocalDate.parse(reviewed) : null);
	}

}
