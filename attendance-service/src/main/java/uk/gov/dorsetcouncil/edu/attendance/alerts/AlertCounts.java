package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many children in an area are on the "needs help now" list today, by reason, and how
 * the attendance plans of severely absent children stand (Attendance Strategy P1/013).
 * Children are counted once each, however many schools' rolls they are on.
 *
 * @param areaType SCHOOL, LOCALITY or LOCAL_AUTHORITY
 * @param area which one: a URN, a locality's name, or 838
 * @param asOf the day the alerts were computed for
 * @param childrenNeedingHelp children with at least one alert
 * @param children children with each alert type, every type present, in {@link AlertType}
 * order
 * @param severelyAbsent severely absent children
 * @param severelyAbsentWithCurrentPlan of those, children with an attendance plan whose
 * review is not overdue
 */
public record AlertCounts(String areaType, String area, LocalDate asOf, int childrenNeedingHelp,
		Map<AlertType, Integer> children, int severelyAbsent, int severelyAbsentWithCurrentPlan) {

	public AlertCounts {
		EnumMap<AlertType, Integer> every = new EnumMap<>(AlertType.class);
		for (AlertType type : AlertType.values()) {
			every.put(type, children.getOrDefault(type, 0));
		}
		children = java.util.Collections.unmodifiableMap(every);
	}

}
