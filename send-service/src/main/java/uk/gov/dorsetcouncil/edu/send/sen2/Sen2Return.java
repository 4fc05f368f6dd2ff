package uk.gov.dorsetcouncil.edu.send.sen2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentMeasures;
import uk.gov.dorsetcouncil.edu.send.assessment.NeedType;
import uk.gov.dorsetcouncil.edu.send.plan.CeaseReason;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.Locality;
import uk.gov.dorsetcouncil.edu.send.plan.PlacementType;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecord;
import uk.gov.dorsetcouncil.edu.send.plan.PlanStatus;
import uk.gov.dorsetcouncil.edu.send.review.ReviewMeasures;

/**
 * The county's SEN2 figures for a census date: the flows of the calendar year before it
 * (requests received, assessed and refused; plans issued within 20 weeks, within the time
 * the exceptions allowed, or late; annual reviews held on time) and the plans held on the
 * day, by primary need, placement type, age group and locality, with the plans ceased in
 * the year by reason. Every breakdown adds up to {@link #plans()} (a plan with no
 * sections recorded counts as {@code UNKNOWN}); ceased plans add up to {@link #ceased()}.
 */
public record Sen2Return(LocalDate censusDate, LocalDate yearFrom, LocalDate yearTo, AssessmentMeasures requests,
		ReviewMeasures reviews, long plans, long specialist, Map<String, Long> byPrimaryNeed,
		Map<String, Long> byPlacementType, Map<String, Long> byAgeGroup, Map<String, Long> byLocality, long ceased,
		Map<String, Long> ceasedByReason) {

	static final String UNKNOWN = "UNKNOWN";

	/**
	 * The plans part counted from every plan record: a plan is held on the census date
	 * when it is final or ceased, was made on or before the day, and had not ceased by
	 * it.
	 */
	public static Sen2Return of(LocalDate censusDate, AssessmentMeasures requests, ReviewMeasures reviews,
			List<PlanRecord> records) {
		LocalDate yearFrom = LocalDate.of(censusDate.getYear() - 1, 1, 1);
		LocalDate yearTo = LocalDate.of(censusDate.getYear() - 1, 12, 31);
		Map<String, Long> needs = zeros(names(NeedType.values()));
		Map<String, Long> placements = zeros(names(PlacementType.values()));
		Map<String, Long> ages = zeros(names(AgeGroup.values()));
		Map<String, Long> localities = zeros(names(Locality.values()));
		Map<String, Long> reasons = new java.util.LinkedHashMap<>();
		names(CeaseReason.values()).forEach(name -> reasons.put(name, 0L));
		long plans = 0;
		long specialist = 0;
		long ceased = 0;
		for (PlanRecord record : records) {
			if (heldOn(record, censusDate)) {
				plans++;
				var content = record.content();
				needs.merge((content != null) ? content.primaryNeed().name() : UNKNOWN, 1L, Long::sum);
				placements.merge((content != null) ? content.placement().name() : UNKNOWN, 1L, Long::sum);
				ages.merge(AgeGroup.of((content != null) ? content.bornOn() : null, censusDate).name(), 1L, Long::sum);
				localities.merge((content != null && content.locality() != null) ? content.locality().name() : UNKNOWN,
						1L, Long::sum);
				if (content != null && content.placement().specialist()) {
					specialist++;
				}
			}
			if (record.ceased() != null && !record.ceased().on().isBefore(yearFrom)
					&& !record.ceased().on().isAfter(yearTo)) {
				ceased++;
				reasons.merge(record.ceased().reason().name(), 1L, Long::sum);
			}
		}
		return new Sen2Return(censusDate, yearFrom, yearTo, requests, reviews, plans, specialist, needs, placements,
				ages, localities, ceased, reasons);
	}

	static boolean heldOn(PlanRecord record, LocalDate day) {
		EhcPlan plan = record.plan();
		if (plan.status() == PlanStatus.DRAFT || plan.issuedDate().isAfter(day)) {
			return false;
		}
		if (plan.status() == PlanStatus.CEASED) {
			// a plan put as CEASED without a cessation recorded has no day: not held
			return record.ceased() != null && record.ceased().on().isAfter(day);
		}
		return true;
	}

	private static List<String> names(Enum<?>[] values) {
		List<String> names = new ArrayList<>();
		for (Enum<?> value : values) {
			if (!value.name().equals(UNKNOWN)) {
				names.add(value.name());
			}
		}
		return names;
	}

	private static Map<String, Long> zeros(List<String> names) {
		Map<String, Long> zeros = new java.util.LinkedHashMap<>();
		names.forEach(name -> zeros.put(name, 0L));
		zeros.put(UNKNOWN, 0L);
		return zeros;
	}

}
