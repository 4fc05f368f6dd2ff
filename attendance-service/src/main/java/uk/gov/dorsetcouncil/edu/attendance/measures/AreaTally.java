package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.attendance.school.School;

/**
 * The running counters of one area request: for the area and for each group of each
 * dimension asked, enrolments with a possible session, the five session counts, and
 * persistent and severe absentees on exact counts (as {@link AttendanceFigures}). Plain
 * arrays indexed by group key, so that adding up ~75,000 enrolments allocates nothing.
 */
final class AreaTally {

	private static final int WIDTH = 8;

	private final List<School> schools;

	private final List<CohortDimension> dimensions;

	private final CohortDimension[] asked;

	/** [dimension][group key * WIDTH + counter]. */
	private final long[][] groups;

	private final long[] total = new long[WIDTH];

	private int schoolIndex;

	private School school;

	private int lastMarkedDay = -1;

	AreaTally(List<School> schools, List<CohortDimension> dimensions) {
		this.schools = schools;
		this.dimensions = dimensions;
		this.asked = dimensions.toArray(CohortDimension[]::new);
		this.groups = new long[this.asked.length][];
		for (int d = 0; d < this.asked.length; d++) {
			this.groups[d] = new long[this.asked[d].keys(schools.size()) * WIDTH];
		}
	}

	/** The school whose enrolments are added next, the {@code index}th of the area. */
	void school(int index, School school) {
		this.schoolIndex = index;
		this.school = school;
	}

	/**
	 * Adds one enrolment with at least one possible session; {@code present} includes
	 * approved educational activity when {@code educational} is not kept apart.
	 */
	void add(int traits, int possible, int present, int educational, int authorised, int unauthorised) {
		long absent = (long) authorised + unauthorised;
		int persistent = (absent * 100 >= (long) AttendanceFigures.PERSISTENT_PERCENT * possible) ? 1 : 0;
		int severe = (absent * 100 >= (long) AttendanceFigures.SEVERE_PERCENT * possible) ? 1 : 0;
		addTo(this.total, 0, possible, present, educational, authorised, unauthorised, persistent, severe);
		for (int d = 0; d < this.asked.length; d++) {
			int at = this.asked[d].key(traits, this.schoolIndex, this.school) * WIDTH;
			addTo(this.groups[d], at, possible, present, educational, authorised, unauthorised, persistent, severe);
		}
	}

	private static void addTo(long[] into, int at, int possible, int present, int educational, int authorised,
			int unauthorised, int persistent, int severe) {
		into[at]++;
		into[at + 1] += possible;
		into[at + 2] += present;
		into[at + 3] += educational;
		into[at + 4] += authorised;
		into[at + 5] += unauthorised;
		into[at + 6] += persistent;
		into[at + 7] += severe;
	}

	/** A day (index of the year) with a mark counted here. */
	void marked(int day) {
		this.lastMarkedDay = Math.max(this.lastMarkedDay, day);
	}

	/** The last day with a mark counted, as an index of the year, or -1. */
	int lastMarkedDay() {
		return this.lastMarkedDay;
	}

	GroupCounts total(String label) {
		return counts("ALL", "ALL", label, this.total, 0);
	}

	/**
	 * The groups of a dimension that have at least one enrolment, unordered; labels are
	 * the group names.
	 */
	List<GroupCounts> groups(CohortDimension dimension) {
		int d = this.dimensions.indexOf(dimension);
		long[] counters = this.groups[d];
		List<GroupCounts> found = new ArrayList<>();
		for (int key = 0; key < counters.length / WIDTH; key++) {
			if (counters[key * WIDTH] > 0) {
				String group = dimension.group(key, this.schools);
				found.add(counts(dimension.name(), group, group, counters, key * WIDTH));
			}
		}
		return found;
	}

	private static GroupCounts counts(String dimension, String group, String label, long[] counters, int at) {
		return new GroupCounts(dimension, group, label, (int) counters[at],
				new SessionCounts((int) counters[at + 1], (int) counters[at + 2], (int) counters[at + 3],
						(int) counters[at + 4], (int) counters[at + 5]),
				(int) counters[at + 6], (int) counters[at + 7]);
	}

}
