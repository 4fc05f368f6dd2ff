package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * An Education, Health and Care plan the LA holds for a pupil.
 *
 * @param upn the pupil
 * @param status draft, final or ceased
 * @param issuedDate when the draft was issued, or, for a final plan, when the plan was
 * made
 * @param namedSchoolUrn the school named in section I, when the plan names one (a plan
 * may name a type of school, or education otherwise than at school)
 * @param lastReviewDate when the plan was last reviewed, or null when it has not been
 */
public record EhcPlan(Upn upn, PlanStatus status, LocalDate issuedDate, String namedSchoolUrn,
		LocalDate lastReviewDate) {

	/**
	 * The months within which a plan must be reviewed, from when it was made and then
	 * from each review (Children and Families Act 2014 s44(1)).
	 */
	static final int REVIEW_PERIOD_MONTHS = 12;

	/**
	 * A plan from what a caller sent, every field checked at once.
	 * @param today the date in England, so that nothing dated in the future is accepted
	 * @throws ProblemException (invalid input) naming each field that is wrong
	 */
	public static EhcPlan fromSubmission(String upn, String status, String issuedDate, String namedSchoolUrn,
			String lastReviewDate, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		Upn.problemWith(upn).ifPresent(problem -> violations.add(new Violation("upn", problem)));
		PlanStatus planStatus = parseStatus(status, violations);
		LocalDate issued = parseDate("issuedDate", issuedDate, true, today, violations);
		LocalDate reviewed = parseDate("lastReviewDate", lastReviewDate, false, today, violations);
		if (namedSchoolUrn != null) {
			SchoolIdentifiers.urnProblem(namedSchoolUrn)
				.ifPresent(problem -> violations.add(new Violation("namedSchoolUrn", problem)));
		}
		if (planStatus == PlanStatus.DRAFT && namedSchoolUrn != null) {
			violations.add(new Violation("namedSchoolUrn",
					"a draft plan must not name a school (Children and Families Act 2014 s38(5))"));
		}
		if (planStatus == PlanStatus.DRAFT && reviewed != null) {
			violations.add(new Violation("lastReviewDate", "a draft plan has not been made, so it cannot be reviewed"));
		}
		if (issued != null && reviewed != null && reviewed.isBefore(issued)) {
			violations.add(new Violation("lastReviewDate",
					"the last review (" + reviewed + ") cannot be before the plan was issued (" + issued + ")"));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new EhcPlan(new Upn(upn), planStatus, issued, namedSchoolUrn, reviewed);
	}

	public Optional<String> namedSchool() {
		return Optional.ofNullable(this.namedSchoolUrn);
	}

	public Optional<LocalDate> lastReview() {
		return Optional.ofNullable(this.lastReviewDate);
	}

	/**
	 * The date by which the next annual review must take place: 12 months from when the
	 * plan was made or last reviewed (Children and Families Act 2014 s44(1)). A period of
	 * months ends on the corresponding date, or on the last day of the month when there
	 * is none, so a plan made on 29 February is due on 28 February (Dodds v Walker [1981]
	 * 1 WLR 1441). Only a final plan is reviewed: a draft has not been made and a ceased
	 * plan is no longer maintained.
	 */
	public Optional<LocalDate> nextAnnualReviewDue() {
		if (this.status != PlanStatus.FINAL) {
			return Optional.empty();
		}
		LocalDate from = (this.lastReviewDate != null) ? this.lastReviewDate : this.issuedDate;
		return Optional.of(from.plusMonths(REVIEW_PERIOD_MONTHS));
	}

	/** True when the annual review due date has passed without a later review. */
	public boolean annualReviewOverdueOn(LocalDate today) {
		return nextAnnualReviewDue().map(today::isAfter).orElse(false);
	}

	/** True when this plan names the given school, so that school may see it. */
	public boolean names(String schoolUrn) {
		return this.namedSchoolUrn != null && this.namedSchoolUrn.equals(schoolUrn);
	}

	private static PlanStatus parseStatus(String status, List<Violation> violations) {
		if (status == null || status.isBlank()) {
			violations.add(new Violation("status", "a status is required: DRAFT, FINAL or CEASED"));
			return null;
		}
		try {
			return PlanStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			violations.add(new Violation("status", "the status is DRAFT, FINAL or CEASED, not '" + status + "'"));
			return null;
		}
	}

	private static LocalDate parseDate(String field, String value, boolean required, LocalDate today,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "a date (yyyy-MM-dd) is required"));
			}
			return null;
		}
		LocalDate date = DateBounds.parse(field, value, violations);
		if (date == null) {
			return null;
		}
		Optional<String> problem = DateBounds.ehcPlanDateProblem(date, today);
		if (problem.isPresent()) {
			violations.add(new Violation(field, problem.get()));
			return null;
		}
		return date;
	}

}
