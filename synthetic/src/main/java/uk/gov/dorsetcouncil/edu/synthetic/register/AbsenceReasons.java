package uk.gov.dorsetcouncil.edu.synthetic.register;

/**
 * Which code an absence gets (SI 2024/208 reg 10 codes; shares are assumptions: illness
 * is about half of all absence, as in England, and the rest is split below).
 */
final class AbsenceReasons {

	/** Whole-day absence other than illness: O, G, C, E, R, and N never resolved. */
	static final String[] WHOLE_DAY_CODES = { "O", "G", "C", "E", "R", "N" };

	static final double[] WHOLE_DAY_SHARES = { 0.42, 0.24, 0.26, 0.04, 0.03, 0.01 };

	/** Disengaged pupils: mostly unexplained. */
	static final double[] WHOLE_DAY_SHARES_DISENGAGED = { 0.77, 0.05, 0.07, 0.08, 0.00, 0.03 };

	/**
	 * Assumption: Gypsy/Roma and traveller pupils' other absence recorded as T (mobile
	 * child).
	 */
	static final double TRAVELLING_SHARE = 0.4;

	/**
	 * Single sessions: medical appointments (M), and arriving after the register closed
	 * (U).
	 */
	static final double MEDICAL_SHARE = 0.75;

	private AbsenceReasons() {
	}

	static String wholeDay(Registers.PupilModel model, double draw) {
		double d = draw;
		if (model.gypsyRomaOrTraveller()) {
			if (d < TRAVELLING_SHARE) {
				return "T";
			}
			d = (d - TRAVELLING_SHARE) / (1 - TRAVELLING_SHARE);
		}
		double[] shares = model.propensity().disengaged() ? WHOLE_DAY_SHARES_DISENGAGED : WHOLE_DAY_SHARES;
		double cumulative = 0;
		for (int i = 0; i < shares.length; i++) {
			cumulative += shares[i];
			if (d < cumulative) {
				return WHOLE_DAY_CODES[i];
			}
		}
		return "O";
	}

	static String singleSession(boolean morning, double draw) {
		if (draw < MEDICAL_SHARE || !morning) {
			return "M";
		}
		return "U";
	}

	/** In the last week before "as of", an unexplained absence may still be N. */
	static String unresolved(String code) {
		return switch (code) {
			case "O", "G", "U", "I" -> "N";
			default -> code;
		};
	}

	/** An illness's length in calendar days, 1 to 7. */
	static int illnessLength(double draw) {
		double cumulative = 0;
		for (int i = 0; i < AbsenceModel.ILLNESS_LENGTH.length; i++) {
			cumulative += AbsenceModel.ILLNESS_LENGTH[i];
			if (draw < cumulative) {
				return i + 1;
			}
		}
		return AbsenceModel.ILLNESS_LENGTH.length;
	}

}
