package uk.gov.dorsetcouncil.edu.transport.entitlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.transport.arrangement.ArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.DecisionStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityAccess;
import uk.gov.dorsetcouncil.edu.transport.eligibility.PupilDecisions;

/**
 * The list of entitled pupils not travelling, for the local authority's transport
 * officers (P5/001): every pupil with an eligible decision in force, read with the travel
 * arranged and, where travel is arranged, attendance-service's reading.
 */
public final class EntitlementListing {

	/** The list is read for a day within a year of today, either way. */
	static final int MAX_DAYS_AWAY = 366;

	private final DecisionStore decisions;

	private final ArrangementStore arrangements;

	private final PupilAttendance attendance;

	private final Clock clock;

	public EntitlementListing(DecisionStore decisions, ArrangementStore arrangements, PupilAttendance attendance,
			Clock clock) {
		this.decisions = decisions;
		this.arrangements = arrangements;
		this.attendance = attendance;
		this.clock = clock;
	}

	/** The list on a day, by school and pupil. */
	public record Listed(LocalDate day, List<NotTravelling> pupils) {

		public Listed {
			pupils = List.copyOf(pupils);
		}

	}

	/** The list on a day (today when absent). */
	public Listed on(Caller caller, String date) {
		EligibilityAccess.checkMayRead(caller);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("the list of entitled pupils not travelling is the local authority's");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asked = DateBounds.parameter("date", date);
		LocalDate day = (asked == null) ? today : asked;
		if (Math.abs(day.toEpochDay() - today.toEpochDay()) > MAX_DAYS_AWAY) {
			throw ProblemException.invalid("date", "more than a year from today (" + today + ")");
		}
		List<NotTravelling> listed = new ArrayList<>();
		for (PupilDecisions pupil : this.decisions.all()) {
			listed.addAll(EntitledNotTravelling.on(day, pupil, this.arrangements.find(pupil.upn()), this.attendance));
		}
		listed.sort(Comparator.comparing(NotTravelling::schoolUrn).thenComparing(NotTravelling::upn));
		return new Listed(day, listed);
	}

}
