package uk.gov.dorsetcouncil.edu.synthetic.exclusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.Registers;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * Suspensions and permanent exclusions of a school's pupils. Each pupil's expected number
 * in a year is its phase's rate times its weight among the school's pupils, the weight
 * being its propensity to be absent (the same draw its registers use), so a pupil with
 * many suspensions also has poor attendance. Rates are set so that the county lands near
 * the national suspension rate (11.31 per 100 pupils, 2023/24) and Dorset's 69 permanent
 * exclusions (2022/23; dorset-facts); where a figure has no source it says "assumption".
 * The outcome is checked at the dorset scale ({@code ExclusionModelTest}).
 */
public final class ExclusionModel {

	/**
	 * Suspensions a year per pupil, by phase. Assumption: secondary pupils about ten
	 * times primary, special schools between (the national pattern), set to land near
	 * 11.31.
	 */
	static final double PRIMARY_SUSPENSIONS = 0.022;

	static final double SECONDARY_SUSPENSIONS = 0.215;

	static final double SPECIAL_SUSPENSIONS = 0.14;

	/**
	 * Permanent exclusions a year per pupil, by phase: 69 in a county of about 76,500
	 * pupils, nearly all secondary (assumption, as nationally).
	 */
	static final double PRIMARY_PERMANENT = 0.00016;

	static final double SECONDARY_PERMANENT = 0.0024;

	static final double SPECIAL_PERMANENT = 0.0007;

	/**
	 * The weight of the most absent pupils is capped, so no pupil takes a school's share.
	 */
	static final double MAX_WEIGHT = 8.0;

	/** A school year has about 190 school days. */
	static final double SCHOOL_DAYS_A_YEAR = 190;

	/**
	 * Lengths of a suspension in sessions, and how often each (assumption: most are
	 * short).
	 */
	static final int[] SESSIONS = { 1, 2, 4, 6, 8, 10, 12, 20 };

	static final double[] SESSIONS_SHARE = { 0.08, 0.44, 0.2, 0.12, 0.05, 0.05, 0.04, 0.02 };

	/**
	 * Assumption: one suspension in twenty-five is for lunchtimes, one to five of them.
	 */
	static final double LUNCHTIME_SHARE = 0.04;

	/**
	 * DfE reason codes with their shares: persistent disruptive behaviour 51% of reasons
	 * (2023/24, domain-rules section 3); the rest an assumption in the national order.
	 */
	static final String[] REASONS = { "DB", "VA", "PP", "VP", "PA", "DM", "BU", "OW", "DA", "RA", "MT", "SM", "TH",
			"LG", "DS" };

	static final double[] REASON_SHARE = { 0.51, 0.14, 0.09, 0.07, 0.05, 0.03, 0.02, 0.02, 0.02, 0.015, 0.015, 0.01,
			0.01, 0.005, 0.005 };

	/** Assumption: schools give their notices on time nine times in ten. */
	static final double NOTICES_ON_TIME = 0.9;

	/** Assumption: sixth-day provision is in place on time four times in five. */
	static final double PROVISION_ON_TIME = 0.8;

	private final long seed;

	private final Registers registers;

	public ExclusionModel(long seed, Registers registers) {
		this.seed = seed;
		this.registers = registers;
	}

	/**
	 * The school's exclusions between {@code from} and {@code to}, on the days
	 * {@code days} accepts, earliest first; a pupil's suspensions stay within 45 school
	 * days a year.
	 */
	public List<GeneratedExclusion> of(School school, List<Pupil> pupils, LocalDate from, LocalDate to,
			SchoolDays days) {
		List<LocalDate> schoolDays = days.between(school.urn(), from, to);
		if (schoolDays.isEmpty() || pupils.isEmpty() || school.phase() == Phase.ALTERNATIVE_PROVISION) {
			return List.of();
		}
		double yearShare = Math.min(1.0, schoolDays.size() / SCHOOL_DAYS_A_YEAR);
		double[] weights = this.registers.relativePropensities(school, pupils, MAX_WEIGHT);
		List<GeneratedExclusion> all = new ArrayList<>();
		for (int i = 0; i < pupils.size(); i++) {
			Pupil pupil = pupils.get(i);
			double weight = weights[i];
			SplittableRandom random = Draws.stream(this.seed, Purpose.EXCLUSION, Registers.pupilKey(school, pupil));
			List<LocalDate> onRoll = schoolDays.stream().filter(pupil::onRoll).toList();
			if (onRoll.isEmpty()) {
				continue;
			}
			boolean secondary = pupil.yearGroup() >= 7;
			boolean special = school.phase() == Phase.SPECIAL;
			double suspensions = (special ? SPECIAL_SUSPENSIONS
					: secondary ? SECONDARY_SUSPENSIONS : PRIMARY_SUSPENSIONS) * weight * yearShare;
			double permanent = (special ? SPECIAL_PERMANENT : secondary ? SECONDARY_PERMANENT : PRIMARY_PERMANENT)
					* weight * yearShare;
			int count = poisson(suspensions, random);
			int halfDays = 0;
			Set<LocalDate> starts = new HashSet<>();
			for (int n = 0; n < count; n++) {
				LocalDate start = onRoll.get(random.nextInt(onRoll.size()));
				boolean lunchtime = random.nextDouble() < LUNCHTIME_SHARE;
				int sessions = lunchtime ? 0 : pick(SESSIONS, SESSIONS_SHARE, random);
				int lunchtimes = lunchtime ? 1 + random.nextInt(5) : 0;
				if (!starts.add(start) || halfDays + sessions + lunchtimes > 90) {
					continue;
				}
				halfDays += sessions + lunchtimes;
				all.add(exclusion(school, pupil, false, start, sessions, lunchtimes, random));
			}
			if (random.nextDouble() < permanent) {
				LocalDate start = onRoll.get(random.nextInt(onRoll.size()));
				if (starts.add(start)) {
					all.add(exclusion(school, pupil, true, start, 0, 0, random));
				}
			}
		}
		all.sort(java.util.Comparator.comparing(GeneratedExclusion::startDate).thenComparing(GeneratedExclusion::upn));
		return all;
	}

	private static GeneratedExclusion exclusion(School school, Pupil pupil, boolean permanent, LocalDate start,
			int sessions, int lunchtimes, SplittableRandom random) {
		double extra = random.nextDouble();
		int reasonCount = (extra < 0.8) ? 1 : (extra < 0.95) ? 2 : 3;
		List<String> reasons = new ArrayList<>();
		while (reasons.size() < reasonCount) {
			String reason = REASONS[Draws.pick(REASON_SHARE, random)];
			if (!reasons.contains(reason)) {
				reasons.add(reason);
			}
		}
		var c = pupil.characteristics();
		return new GeneratedExclusion(school.urn(), pupil.upn(), permanent, start, sessions, lunchtimes, reasons,
				c.lookedAfter(), c.childInNeed() || c.childProtectionPlan(), random.nextDouble() < NOTICES_ON_TIME,
				random.nextDouble() < PROVISION_ON_TIME);
	}

	private static int pick(int[] values, double[] shares, SplittableRandom random) {
		return values[Draws.pick(shares, random)];
	}

	/** Knuth's method: fine for the small means here. */
	private static int poisson(double mean, SplittableRandom random) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			count++;
			product *= random.nextDouble();
		}
		return count;
	}

}
