package uk.gov.dorsetcouncil.edu.belonging.exclusion;

/**
 * How long a suspension lasts, counted as the DfE counts it: in sessions (a school day
 * has two), or in lunchtimes, each of which counts as half a school day towards the
 * 45-day limit and the governing board's thresholds (DfE Suspension and permanent
 * exclusion guidance 2024; domain-rules.md section 3). Exactly one of the two is
 * positive.
 *
 * @param sessions morning and afternoon sessions, consecutive school sessions from the
 * start
 * @param lunchtimes lunchtimes, one on each school day from the start
 */
public record SuspensionLength(int sessions, int lunchtimes) {

	public SuspensionLength {
		if (sessions < 0 || lunchtimes < 0 || (sessions > 0) == (lunchtimes > 0)) {
			throw new IllegalArgumentException("a suspension lasts some sessions or some lunchtimes, not both or none");
		}
	}

	public static SuspensionLength ofSessions(int sessions) {
		return new SuspensionLength(sessions, 0);
	}

	public static SuspensionLength ofLunchtimes(int lunchtimes) {
		return new SuspensionLength(0, lunchtimes);
	}

	/**
	 * Half school days: the unit of every limit (a session or a lunchtime is half a day).
	 */
	public int halfDays() {
		return this.sessions + this.lunchtimes;
	}

	/** School days it touches: two sessions a day, or one lunchtime a day. */
	public int schoolDaysTouched() {
		return (this.lunchtimes > 0) ? this.lunchtimes : (this.sessions + 1) / 2;
	}

	public boolean lunchtime() {
		return this.lunchtimes > 0;
	}

	/** Half days written as school days, for explanations: {@code 5.5}, {@code 3}. */
	public static String asSchoolDays(int halfDays) {
		return (halfDays % 2 == 0) ? Integer.toString(halfDays / 2) : (halfDays / 2) + ".5";
	}

}
