package uk.gov.dorsetcouncil.edu.synthetic;

import java.util.SplittableRandom;

/**
 * Every random number the generator uses comes from here, keyed by the seed, a purpose
 * and the coordinates of what is being generated (school, pupil, day). Nothing depends on
 * the order things are asked for, so any school, pupil or day can be regenerated alone
 * and comes out the same.
 */
public final class Draws {

	/** What a draw is for; part of its key so that two purposes never share a stream. */
	public enum Purpose {

		SCHOOL, ROLL, PUPIL, PROPENSITY, ILLNESS_START, DAY, SESSION, INSET,

		/**
		 * Added after the others, so that no earlier purpose's draws changed (the ordinal
		 * is part of the key); the calibration report's exclusion figures are drawn with
		 * this order.
		 */
		EXCLUSION, ADDRESS,

		/** EHC needs assessment requests and their steps, added last like the others. */
		EHC_ASSESSMENT,
		/** Added last, for the same reason. */
		PART_TIME_TIMETABLE,
		/**
		 * The fictional road and footpath network, school entrances and homes on it
		 * (transport), after the others for the same reason.
		 */
		NETWORK, SCHOOL_SITE, HOME,
		/** The registers officers keep (EHE, CME); added last for the same reason. */
		OFFICER_REGISTER,
		/**
		 * The sections of EHC plans (needs, placement, provision); added last likewise.
		 */
		EHC_PLAN

	}

	private Draws() {
	}

	/** The index drawn with the given shares (the last takes what they leave). */
	public static int pick(double[] shares, SplittableRandom random) {
		double draw = random.nextDouble();
		double sum = 0;
		for (int i = 0; i < shares.length; i++) {
			sum += shares[i];
			if (draw < sum) {
				return i;
			}
		}
		return shares.length - 1;
	}

	/** A stream of draws for one purpose at one set of coordinates. */
	public static SplittableRandom stream(long seed, Purpose purpose, long... coordinates) {
		return new SplittableRandom(key(seed, purpose, coordinates));
	}

	/** One uniform draw in [0, 1) at the given coordinates. */
	public static double unit(long seed, Purpose purpose, long a, long b, long c) {
		long h = mix(seed ^ 0x632BE59BD9B4E019L);
		h = mix(h ^ (purpose.ordinal() + 1));
		h = mix(h ^ a);
		h = mix(h ^ b);
		h = mix(h ^ c);
		return (h >>> 11) * 0x1.0p-53;
	}

	static long key(long seed, Purpose purpose, long... coordinates) {
		long h = mix(seed ^ 0x632BE59BD9B4E019L);
		h = mix(h ^ (purpose.ordinal() + 1));
		for (long c : coordinates) {
			h = mix(h ^ c);
		}
		return h;
	}

	/** SplitMix64's finaliser (Steele, Lea and Flood 2014): a cheap, well-mixed hash. */
	static long mix(long z) {
		z += 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
