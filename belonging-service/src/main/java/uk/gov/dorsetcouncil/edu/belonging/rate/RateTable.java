package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.time.Instant;
import java.util.List;

/**
 * Suspension and exclusion rates of an area over a period, by one dimension, as the
 * caller may see them.
 *
 * @param area whose
 * @param period the academic year or term
 * @param dimension how the groups are split
 * @param suppressed whether small numbers were hidden
 * @param total the area's figures
 * @param groups each group's, in name order
 * @param references published figures to compare with
 * @param comparatorsNotHeld comparators with no figure held
 * @param asOf when computed
 */
public record RateTable(RateArea area, RatePeriod period, RateDimension dimension, boolean suppressed,
		PublishedRates.Row total, List<PublishedRates.Row> groups, List<ReferenceFigures.Figure> references,
		List<String> comparatorsNotHeld, Instant asOf) {

}
