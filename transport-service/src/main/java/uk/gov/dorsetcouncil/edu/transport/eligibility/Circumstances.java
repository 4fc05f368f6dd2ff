package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a decision rests on, gathered and measured: what {@link EligibilityRules}
 * decides from, in plain values.
 *
 * @param age the child's age in whole years on the date assessed
 * @param schoolUrn the school the child attends or will attend
 * @param compared the suitable schools, nearest first by the walking route (the attended
 * school among them when it is suitable)
 * @param roadMeasured whether road distances were measured (needed for extended rights
 * from 11)
 * @param distanceUnavailable why distances are unknown, or null
 * @param lowIncome free school meals or the maximum Working Tax Credit, evidenced
 * @param religionOrBelief the family's preference on grounds of religion or belief, or
 * null
 * @param mobilityNeed the child cannot reasonably be expected to walk because of SEN,
 * disability or mobility, evidenced
 * @param ehcPlan send-service's answer
 * @param unsafeSections sections assessed unsafe on the way to the attended school
 * @param eligibleUntil the last day of an eligibility decided earlier this academic year,
 * if any
 * @param endOfYear the last day of the academic year assessed
 */
public record Circumstances(int age, String schoolUrn, List<ComparedSchool> compared, boolean roadMeasured,
		String distanceUnavailable, boolean lowIncome, String religionOrBelief, boolean mobilityNeed,
		EhcPlanEvidence ehcPlan, List<RouteAssessment> unsafeSections, Optional<Earlier> earlier, LocalDate endOfYear) {

	public Circumstances {
		compared = List.copyOf(compared);
		unsafeSections = List.copyOf(unsafeSections);
	}

	/** An eligible decision earlier in the same academic year. */
	public record Earlier(String decisionId, EligibilityRule rule, LocalDate validUntil) {
	}

	/** The attended school among those compared. */
	public Optional<ComparedSchool> attended() {
		return this.compared.stream().filter(s -> s.urn().equals(this.schoolUrn)).findFirst();
	}

}
