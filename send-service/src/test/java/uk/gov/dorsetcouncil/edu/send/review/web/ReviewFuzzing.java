package uk.gov.dorsetcouncil.edu.send.review.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.send.BodyFuzzing;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.PlanStatus;
import uk.gov.dorsetcouncil.edu.send.review.AnnualReview;
import uk.gov.dorsetcouncil.edu.send.review.HeldReviews;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRecording;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRequest;
import uk.gov.dorsetcouncil.edu.send.review.ReviewStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fuzz test of a review body checks: any bytes are read as the API reads them
 * (strict JSON) and applied to a plan made 10 January 2026 (a review arranged for 30
 * November and held that day, for the step and decision bodies), and the answer is a
 * review whose steps are in order, or a refusal naming a field; never another exception.
 */
final class ReviewFuzzing {

	static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write"));

	static final Upn CHILD = Upn.withCheckLetter("838200125001");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private ReviewFuzzing() {
	}

	/** A recording holding the child's final plan, today 7 December 2026. */
	static ReviewRecording recording() {
		HeldReviews held = new HeldReviews();
		held.plans.put(CHILD, new EhcPlan(CHILD, PlanStatus.FINAL, LocalDate.of(2026, 1, 10), "991001", null));
		return new ReviewRecording(held, held, LostRaceRetry.withoutPause(1),
				Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London")));
	}

	/** A recording holding a review arranged for 30 November 2026 and held that day. */
	static ReviewRecording held() {
		ReviewRecording recording = recording();
		recording.arrange(CASEWORKER, CHILD.value(), new ReviewRequest("2026-11-30", null, null, null));
		recording.recordStep(CASEWORKER, id(), "REVIEW_MEETING", "2026-11-30");
		return recording;
	}

	static String id() {
		return CHILD.value() + "-R1";
	}

	/** Reads the body, applies it, and checks the answer ({@link BodyFuzzing}). */
	static <B> void check(byte[] body, Class<B> type, Function<B, AnnualReview> apply) {
		BodyFuzzing.check(body, type, apply, answered -> {
			assertThat(answered.meetingOn()).isAfter(answered.reviewFrom());
			for (ReviewStep step : answered.steps()) {
				assertThat(step.dueDate()).isAfterOrEqualTo(step.startsOn());
				if (step.done()) {
					assertThat(step.doneDate()).isBetween(step.startsOn(), TODAY);
				}
			}
		});
	}

}
