package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;

/**
 * Counts for rates as the DfE publishes them (domain-rules section 3): suspensions and
 * permanent exclusions per 100 pupils on roll, and pupils with one or more suspensions
 * per 100. A reinstated permanent exclusion is not counted as one.
 */
public final class ExclusionRates {

	private ExclusionRates() {
	}

	/**
	 * @param exclusions those of the area starting in the period
	 * @param groupsOf the groups each counts in (one for a partition, its reasons else)
	 * @param roll the enrolments, in total and by group (empty: every group is against
	 * the total, as reasons are)
	 */
	public static Counted count(List<Exclusion> exclusions, Function<Exclusion, List<String>> groupsOf,
			Roll.Enrolments roll) {
		Map<String, Tally> groups = new TreeMap<>(ExclusionRates::byName);
		roll.byGroup().keySet().forEach(group -> groups.put(group, new Tally()));
		Tally total = new Tally();
		for (Exclusion exclusion : exclusions) {
			total.add(exclusion);
			for (String group : groupsOf.apply(exclusion)) {
				groups.computeIfAbsent(group, g -> new Tally()).add(exclusion);
			}
		}
		List<RateCounts> rows = new ArrayList<>();
		groups.forEach((group, tally) -> rows.add(
				tally.counts(group, roll.byGroup().isEmpty() ? roll.total() : roll.byGroup().getOrDefault(group, 0L))));
		return new Counted(total.counts("all", roll.total()), rows);
	}

	/** The total and each group, groups in name order (year groups in number order). */
	public record Counted(RateCounts total, List<RateCounts> groups) {
	}

	private static int byName(String a, String b) {
		if (a.matches("-?\\d+") && b.matches("-?\\d+")) {
			return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
		}
		return a.compareTo(b);
	}

	private static final class Tally {

		long suspensions;

		long permanent;

		final Set<String> pupilsSuspended = new HashSet<>();

		void add(Exclusion exclusion) {
			if (!exclusion.permanent()) {
				this.suspensions++;
				this.pupilsSuspended.add(exclusion.upn().value());
			}
			else if (exclusion.reinstatedOn().isEmpty()) {
				this.permanent++;
			}
		}

		RateCounts counts(String group, long enrolments) {
			return new RateCounts(group, enrolments, this.suspensions, this.permanent, this.pupilsSuspended.size());
		}

	}

}
