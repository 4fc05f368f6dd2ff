package uk.gov.dorsetcouncil.edu.pledge.report;

import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Measure;

/**
 * How a status is derived from measures against their targets (ADR 0039), as data
 * ({@code pledges/rag-rules.json}): a measure's status is the first band whose shortfall
 * covers the value's shortfall from the target (the direction says which way is short); a
 * commitment's status is the worst of its measures that have a value, and NO_DATA when
 * none has. The rules are kept in each report, so a report reads by the rules it was made
 * with.
 *
 * @param source where the rules come from (who agreed them, when)
 * @param bands in order, the last covering any shortfall
 */
public record RagRules(String source, List<RagBand> bands) {

	public RagRules {
		bands = List.copyOf(bands);
		List<String> problems = new ArrayList<>();
		if (bands.isEmpty() || bands.get(bands.size() - 1).shortfallAtMostPercent() != null) {
			problems.add("the last band covers any shortfall (no shortfallAtMostPercent)");
		}
		for (int i = 1; i < bands.size() - 1; i++) {
			if (bands.get(i).shortfallAtMostPercent() == null
					|| bands.get(i).shortfallAtMostPercent() < bands.get(i - 1).shortfallAtMostPercent()) {
				problems.add("the bands' shortfalls rise from first to last");
			}
		}
		if (bands.stream().anyMatch(band -> band.rag() == Rag.NO_DATA)) {
			problems.add("NO_DATA is for a measure without a value, not a band");
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("The status rules are wrong: " + String.join("; ", problems));
		}
	}

	/** A measure's status for a value, or NO_DATA without one. */
	public Rag measure(Measure measure, Double value) {
		if (value == null) {
			return Rag.NO_DATA;
		}
		double shortfall = measure.direction().shortfallPercent(value, measure.target());
		return this.bands.stream()
			.filter(band -> band.shortfallAtMostPercent() == null || shortfall <= band.shortfallAtMostPercent())
			.findFirst()
			.orElseThrow()
			.rag();
	}

	/**
	 * A commitment's status: the worst of its measures with a value, NO_DATA when none
	 * has.
	 */
	public static Rag commitment(List<Rag> measures) {
		return measures.stream().filter(rag -> rag != Rag.NO_DATA).max(Enum::compareTo).orElse(Rag.NO_DATA);
	}

}
