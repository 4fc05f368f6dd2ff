package uk.gov.dorsetcouncil.edu.attendance.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Finds a child on the rolls from what a caller knows of them. Only the pupils that share
 * the query's date of birth (either way round) or its NHS number are compared: the rest
 * could not reach the threshold, and are never read. Asked county-wide only: the gateway
 * decides who may search (role, purpose, agreement) and asks as itself.
 */
public final class ChildSearch {

	/** The scope a caller needs here. */
	public static final String SCOPE = "children:search";

	private final PupilRecords pupils;

	private final Clock clock;

	public ChildSearch(PupilRecords pupils, Clock clock) {
		this.pupils = pupils;
		this.clock = clock;
	}

	/** The candidates, best first, and how many pupils were compared. */
	public record Found(List<ChildMatching.Candidate> candidates, int compared, LocalDate today) {
	}

	public Found find(Caller caller, ChildQuery query) {
		Access.requireCountyWide(caller, SCOPE);
		List<Pupil> compared = this.pupils.sharing(query.datesOfBirth(), query.nhsNumber());
		return new Found(ChildMatching.best(query, compared), compared.size(), LocalDate.now(this.clock));
	}

}
