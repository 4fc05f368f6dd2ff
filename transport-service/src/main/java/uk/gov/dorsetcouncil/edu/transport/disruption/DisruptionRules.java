package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangements;

/**
 * Which pupils' sessions a disruption took transport from: every pupil with an
 * arrangement in force on the day that runs on a route named, or to a school named, for
 * each session named, on each weekday of the disruption (a weekday that is not a school
 * day is harmless: attendance reads no session on it).
 */
public final class DisruptionRules {

	private DisruptionRules() {
	}

	public static List<Disruption.AffectedSession> affected(LocalDate first, LocalDate last, List<String> sessions,
			Set<String> routeIds, Set<String> schoolUrns, List<TravelArrangements> pupils) {
		List<Disruption.AffectedSession> affected = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (TravelArrangements pupil : pupils) {
				for (TravelArrangement arrangement : pupil.arrangements()) {
					if (arrangement.inForceOn(day)
							&& ((arrangement.routeId() != null && routeIds.contains(arrangement.routeId()))
									|| schoolUrns.contains(arrangement.schoolUrn()))) {
						for (String session : sessions) {
							affected.add(new Disruption.AffectedSession(pupil.upn().value(), arrangement.schoolUrn(),
									day, session));
						}
						break;
					}
				}
			}
		}
		return affected;
	}

}
