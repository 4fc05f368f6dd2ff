package uk.gov.dorsetcouncil.edu.synthetic.exclusion;

import java.time.LocalDate;
import java.util.List;

/**
 * A suspension or permanent exclusion as the school's MIS would send it to the platform
 * ({@code POST /api/v1/belonging/exclusions}), with how promptly the school then does
 * what the law asks.
 *
 * @param urn the excluding school
 * @param upn the pupil
 * @param permanent a permanent exclusion (else a suspension)
 * @param startDate a school day with the pupil on roll
 * @param sessions a suspension's sessions (0 for lunchtimes or a permanent exclusion)
 * @param lunchtimes a lunchtime suspension's lunchtimes
 * @param reasons one to three DfE reason codes
 * @param lookedAfter the pupil is looked after
 * @param socialWorker the pupil has a social worker (child in need or on a CP plan)
 * @param noticesOnTime the school gives every notice on the first day
 * @param provisionOnTime education from the sixth day is in place on that day
 */
public record GeneratedExclusion(String urn, String upn, boolean permanent, LocalDate startDate, int sessions,
		int lunchtimes, List<String> reasons, boolean lookedAfter, boolean socialWorker, boolean noticesOnTime,
		boolean provisionOnTime) {

	public GeneratedExclusion {
		reasons = List.copyOf(reasons);
	}

	/** Half school days of suspension (a session or a lunchtime is half a day). */
	public int halfDays() {
		return this.sessions + this.lunchtimes;
	}

	/** A key that names it however often it is generated: the retry key of its upload. */
	public String key() {
		return this.upn + ":" + this.urn + ":" + this.startDate + (this.permanent ? ":P" : ":S");
	}

}
