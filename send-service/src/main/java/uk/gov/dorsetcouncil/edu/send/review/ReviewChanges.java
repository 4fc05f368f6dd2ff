package uk.gov.dorsetcouncil.edu.send.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of annual reviews (ADR 0023): entity {@code annual_review},
 * key the review's id; {@code CREATED} when the meeting is arranged, {@code UPDATED} when
 * a step is done or the decision recorded. Each concerns the LA and the plan's school.
 */
final class ReviewChanges {

	static final String ENTITY = "annual_review";

	static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY:838";

	private ReviewChanges() {
	}

	static Change change(AnnualReview review, String what, long newVersion, Instant at) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", review.upn().value());
		payload.put("meetingOn", review.meetingOn().toString());
		payload.put("status", review.status().name());
		if (what != null) {
			payload.put("change", what);
		}
		Set<String> concerning = new TreeSet<>(Set.of(LOCAL_AUTHORITY));
		if (review.schoolUrn() != null) {
			concerning.add("SCHOOL:" + review.schoolUrn());
		}
		return new Change(review.id() + ":" + newVersion, ENTITY, review.id(),
				(what == null) ? ChangeType.CREATED : ChangeType.UPDATED, concerning, at, payload);
	}

}
