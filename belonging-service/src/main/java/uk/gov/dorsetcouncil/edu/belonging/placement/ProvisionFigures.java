package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Alternative provision over an academic year to a day, as the Belonging Plan's measures
 * 14 to 16 read it: pupils in a placement at any time, placements ended and how, the
 * median time in provision of those ended, and pupils placed away from their home
 * locality.
 *
 * @param first the year's first day (1 August)
 * @param asOf its last day counted (31 July, or today for the current year)
 * @param pupilsInProvision pupils in a placement at some day of the period
 * @param pupilsAwayFromHomeLocality of those, pupils in a placement outside their home
 * locality
 * @param placementsEnded placements whose outcome was recorded in the period
 * @param reintegrated of those, back at the home school or on a new school's roll
 * @param medianDaysEnded the median days in provision of the placements ended, or null
 */
public record ProvisionFigures(LocalDate first, LocalDate asOf, int pupilsInProvision, int pupilsAwayFromHomeLocality,
		int placementsEnded, int reintegrated, Integer medianDaysEnded) {

	static ProvisionFigures of(Collection<ApPlacement> placements, LocalDate first, LocalDate asOf) {
		List<ApPlacement> during = placements.stream().filter(p -> p.overlaps(first, asOf)).toList();
		Set<String> pupils = during.stream().map(p -> p.upn().value()).collect(Collectors.toSet());
		Set<String> away = during.stream()
			.filter(ApPlacement::awayFromHomeLocality)
			.map(p -> p.upn().value())
			.collect(Collectors.toSet());
		List<ApPlacement> ended = during.stream()
			.filter(p -> p.outcome() != null && !p.endDate().isBefore(first) && !p.endDate().isAfter(asOf))
			.toList();
		int reintegrated = (int) ended.stream()
			.filter(p -> p.outcome() == PlacementOutcome.REINTEGRATED || p.outcome() == PlacementOutcome.NEW_SCHOOL)
			.count();
		long[] days = ended.stream().mapToLong(p -> p.daysInProvision(asOf)).sorted().toArray();
		Integer median = (days.length == 0) ? null : (int) Math.round((days.length % 2 == 1) ? days[days.length / 2]
				: (days[days.length / 2 - 1] + days[days.length / 2]) / 2.0);
		return new ProvisionFigures(first, asOf, pupils.size(), away.size(), ended.size(), reintegrated, median);
	}

}
