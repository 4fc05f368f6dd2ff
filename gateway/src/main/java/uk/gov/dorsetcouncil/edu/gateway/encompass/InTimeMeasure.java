package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measure the guidance asks for, by school: of the notifications due at a school by
 * now, the share delivered before the school day started and the share read before it
 * (domain rules section 9: measure "received before next school day"). A notification not
 * yet due is not counted: it is neither in time nor late yet.
 */
public final class InTimeMeasure {

	private InTimeMeasure() {
	}

	/**
	 * One school's figures.
	 *
	 * @param school its URN
	 * @param due notifications due by now
	 * @param deliveredInTime of them, delivered before they were due
	 * @param readInTime of them, read before they were due
	 * @param deliveredShare deliveredInTime / due, 0 to 1
	 * @param readShare readInTime / due, 0 to 1
	 */
	public record SchoolFigures(String school, int due, int deliveredInTime, int readInTime, double deliveredShare,
			double readShare) {
	}

	public static List<SchoolFigures> bySchool(List<Notification> notifications, Instant now) {
		Map<String, int[]> counts = new TreeMap<>();
		for (Notification notification : notifications) {
			if (notification.route() == null || notification.route().recipient() != Routing.Recipient.SCHOOL
					|| notification.due() == null || notification.due().isAfter(now)) {
				continue;
			}
			int[] count = counts.computeIfAbsent(notification.route().school(), (school) -> new int[3]);
			count[0]++;
			if (before(notification.at(DeliveryState.DELIVERED), notification.due())) {
				count[1]++;
			}
			if (before(notification.at(DeliveryState.READ), notification.due())) {
				count[2]++;
			}
		}
		List<SchoolFigures> figures = new ArrayList<>();
		counts.forEach((school, count) -> figures.add(new SchoolFigures(school, count[0], count[1], count[2],
				(double) count[1] / count[0], (double) count[2] / count[0])));
		return figures;
	}

	private static boolean before(Instant at, Instant due) {
		return at != null && !at.isAfter(due);
	}

}
