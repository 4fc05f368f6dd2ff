package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The county's EHC needs assessment figures for the requests received in a period, as the
 * SEN2 return counts them: requests, decisions to assess and refusals, and the plans
 * issued within 20 weeks, within the time the exceptions allowed, or late. Each line adds
 * up: {@code received = assessed + refused + undecided}; {@code plansIssued =
 * withinTwentyWeeks + withinExceptions + late}.
 */
public record AssessmentMeasures(LocalDate from, LocalDate to, long received, long assessed, long refused,
		long undecided, long notToIssue, long plansIssued, long withinTwentyWeeks, long withinExceptions, long late) {

	public static AssessmentMeasures of(List<Assessment> assessments, LocalDate from, LocalDate to) {
		long received = 0;
		long assessed = 0;
		long refused = 0;
		long notToIssue = 0;
		long issued = 0;
		long within = 0;
		long excepted = 0;
		long late = 0;
		for (Assessment assessment : assessments) {
			if (assessment.receivedOn().isBefore(from) || assessment.receivedOn().isAfter(to)) {
				continue;
			}
			received++;
			if (assessment.decided(StepKind.DECISION_TO_ASSESS, StepOutcome.ASSESS)) {
				assessed++;
			}
			else if (assessment.decided(StepKind.DECISION_TO_ASSESS, StepOutcome.REFUSE)) {
				refused++;
			}
			if (assessment.decided(StepKind.DECISION_TO_ISSUE, StepOutcome.NOT_ISSUE)) {
				notToIssue++;
			}
			Step plan = assessment.step(StepKind.FINAL_PLAN).filter(Step::done).orElse(null);
			if (plan != null) {
				issued++;
				if (!plan.doneDate().isAfter(plan.statutoryDueDate())) {
					within++;
				}
				else if (!plan.doneDate().isAfter(plan.dueDate())) {
					excepted++;
				}
				else {
					late++;
				}
			}
		}
		return new AssessmentMeasures(from, to, received, assessed, refused, received - assessed - refused, notToIssue,
				issued, within, excepted, late);
	}

}
