package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.send.plan.domain.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.domain.PlanStatus;

/**
 * EHC plans in MongoDB, one document per pupil ({@code _id} = UPN): a pupil has at most
 * one plan the LA maintains, and putting a plan is a single-document upsert, so a retry
 * gives the same state. Dates are ISO strings; all date arithmetic is done in Java.
 */
@Component
class EhcPlanStore {

	private final MongoCollection<Document> plans;

	EhcPlanStore(MongoDatabase database) {
		this.plans = database.getCollection("ehc_plans");
	}

	/** Stores the plan, replacing any held for the pupil; true when it was new. */
	boolean put(EhcPlan plan) {
		Document document = new Document("_id", plan.upn().value()).append("status", plan.status().name())
			.append("issuedDate", plan.issuedDate().toString())
			.append("namedSchoolUrn", plan.namedSchoolUrn())
			.append("lastReviewDate", plan.lastReview().map(LocalDate::toString).orElse(null));
		return this.plans.replaceOne(Filters.eq("_id", plan.upn().value()), document, new ReplaceOptions().upsert(true))
			.getUpsertedId() != null;
	}

	Optional<EhcPlan> find(Upn upn) {
		Document document = this.plans.find(Filters.eq("_id", upn.value())).first();
		if (document == null) {
			return Optional.empty();
		}
		String reviewed = document.getString("lastReviewDate");
		return Optional.of(new EhcPlan(upn, PlanStatus.valueOf(document.getString("status")),
				LocalDate.parse(document.getString("issuedDate")), document.getString("namedSchoolUrn"),
				(reviewed != null) ? LocalDate.parse(reviewed) : null));
	}

}
