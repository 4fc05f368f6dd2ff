package uk.gov.dorsetcouncil.edu.transport.entitlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangements;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Outcome;
import uk.gov.dorsetcouncil.edu.transport.eligibility.PupilDecisions;

/**
 * Entitled but not travelling (Attendance Strategy P5/001), in plain Java: for each pupil
 * with an eligible decision in force on the day (the latest for each school), the travel
 * arranged to that school on the day decides the reasons: none arranged, arranged with no
 * route, or arranged while the pupil is persistently absent. Attendance is asked only of
 * pupils with travel arranged: for the others the missing travel is the reason already.
 */
public final class EntitledNotTravelling {

	private EntitledNotTravelling() {
	}

	public static List<NotTravelling> on(LocalDate day, PupilDecisions decisions, TravelArrangements travel,
			PupilAttendance attendance) {
		List<NotTravelling> listed = new ArrayList<>();
		for (Decision decision : inForce(day, decisions)) {
			Optional<TravelArrangement> arranged = travel.toSchool(decision.schoolUrn())
				.arrangements()
				.stream()
				.filter(a -> a.inForceOn(day))
				.max(Comparator.comparing(TravelArrangement::validFrom));
			List<NotTravellingReason> reasons = new ArrayList<>();
			AttendanceReading reading = null;
			if (arranged.isEmpty()) {
				reasons.add(NotTravellingReason.NO_TRAVEL_ARRANGED);
			}
			else {
				if (arranged.get().routeId() == null) {
					reasons.add(NotTravellingReason.NO_ROUTE_ALLOCATED);
				}
				reading = attendance.of(decisions.upn());
				if (reading.known() && reading.persistentlyAbsent()) {
					reasons.add(NotTravellingReason.LOW_ATTENDANCE);
				}
			}
			if (!reasons.isEmpty()) {
				listed.add(new NotTravelling(decision.upn(), decision.schoolUrn(), decision.id(),
						decision.rule().name(), decision.validUntil(),
						arranged.map(TravelArrangement::routeId).orElse(null), reasons, reading));
			}
		}
		return listed;
	}

	/**
	 * For each school, the latest decision made by the day (one pending does not undo one
	 * made), when it is eligible and in force on the day.
	 */
	static List<Decision> inForce(LocalDate day, PupilDecisions decisions) {
		List<Decision> latest = new ArrayList<>();
		decisions.decisions()
			.stream()
			.filter(d -> d.outcome() != Outcome.PENDING && !d.assessedOn().isAfter(day))
			.sorted(Comparator.comparing(Decision::assessedOn).thenComparing(Decision::decidedAt).reversed())
			.forEach(d -> {
				if (latest.stream().noneMatch(held -> held.schoolUrn().equals(d.schoolUrn()))) {
					latest.add(d);
				}
			});
		return latest.stream()
			.filter(d -> d.outcome() == Outcome.ELIGIBLE)
			.filter(d -> d.validUntil() == null || !d.validUntil().isBefore(day))
			.sorted(Comparator.comparing(Decision::schoolUrn))
			.toList();
	}

}
