package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@link EligibilityRules}: the outcome, the rule that gave it (when
 * eligible), why it waits (when pending), until when it holds, and the finding under
 * every rule tried.
 */
public record Ruling(Outcome outcome, EligibilityRule rule, PendingReason pending, String pendingDetail,
		LocalDate validUntil, List<Finding> findings) {

	public Ruling {
		findings = List.copyOf(findings);
	}

}
