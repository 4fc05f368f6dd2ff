package uk.gov.dorsetcouncil.edu.send.review.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.send.plan.PlanDeadlines;
import uk.gov.dorsetcouncil.edu.send.plan.PlanKeeping;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRecording;
import uk.gov.dorsetcouncil.edu.send.review.ReviewStepKind;
import uk.gov.dorsetcouncil.edu.send.review.store.MongoReviewStore;
import uk.gov.dorsetcouncil.edu.send.review.store.StoredPlans;

/**
 * Annual reviews: the store, the plans they review, the rules, and their steps in the
 * deadlines view.
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	MongoReviewStore reviewStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoReviewStore(database, relay);
	}

	@Bean
	ReviewRecording reviewRecording(MongoReviewStore store, EhcPlanStore plans, PlanKeeping keeping,
			LostRaceRetry retry, Clock clock) {
		return new ReviewRecording(store, new StoredPlans(plans, keeping), retry, clock);
	}

	/**
	 * The steps of arranged reviews for ListDeadlinesDue, named ANNUAL_REVIEW_ and the
	 * step; the meeting itself is the plan's own ANNUAL_REVIEW deadline already.
	 */
	@Bean
	PlanDeadlines reviewDeadlines(ReviewRecording reviews) {
		return (caller, from, to, includeOverdue) -> reviews
			.queue(caller, to,
					step -> step.kind() != ReviewStepKind.REVIEW_MEETING
							&& (includeOverdue || !step.dueDate().isBefore(from)))
			.stream()
			.map(due -> new PlanDeadlines.Deadline(due.upn().value(), "ANNUAL_REVIEW_" + due.step().kind().name(),
					due.step().dueDate(), due.schoolUrn(), due.step().kind().rule()))
			.toList();
	}

}
