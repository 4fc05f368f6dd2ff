package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Which group of each {@link CohortDimension} a pupil at a school falls in, by the same
 * rules the area figures count enrolments with, so that another service can tally its
 * records (belonging's suspensions) against those figures' enrolments and its rates add
 * up. Pupil-level: the local authority and platform services only, never the Education
 * Board analyst (who reads aggregates).
 */
public final class PupilClassification {

	/** More than a county's year of suspensions in one request is a mistake. */
	public static final int MAX_PUPILS = 20_000;

	private final PupilRecords pupils;

	private final SchoolDirectory schools;

	public PupilClassification(PupilRecords pupils, SchoolDirectory schools) {
		this.pupils = pupils;
		this.schools = schools;
	}

	/** A pupil at a school, and its group in each dimension asked, by name. */
	public record Classified(String upn, String urn, Map<String, String> groups) {
	}

	public List<Classified> classify(Caller caller, List<String[]> pupilsAtSchools, List<String> by) {
		Access.requireCountyWide(caller, Access.ATTENDANCE_READ);
		if (caller.hasRole(AreaMeasures.ANALYST_ROLE)) {
			throw ProblemException.forbidden("pupils' characteristics are not released to the Education Board analyst");
		}
		if (pupilsAtSchools.size() > MAX_PUPILS) {
			throw ProblemException.invalid("pupils",
					"at most " + MAX_PUPILS + " pupils, not " + pupilsAtSchools.size());
		}
		List<CohortDimension> dimensions = new ArrayList<>();
		for (String name : by) {
			dimensions.add(dimension(name));
		}
		List<Classified> classified = new ArrayList<>();
		for (int i = 0; i < pupilsAtSchools.size(); i++) {
			String upn = pupilsAtSchools.get(i)[0];
			String urn = pupilsAtSchools.get(i)[1];
			int index = i;
			Upn.problemWith(upn).ifPresent(problem -> {
				throw ProblemException.invalid("pupils[" + index + "].upn", problem);
			});
			SchoolIdentifiers.urnProblem(urn).ifPresent(problem -> {
				throw ProblemException.invalid("pupils[" + index + "].urn", problem);
			});
			School school = this.schools.find(urn)
				.orElseThrow(() -> ProblemException.invalid("pupils[" + index + "].urn", "no school " + urn));
			int traits = this.pupils.find(new Upn(upn)).map(Traits::of).orElse(Traits.UNKNOWN);
			Map<String, String> groups = new LinkedHashMap<>();
			for (CohortDimension dimension : dimensions) {
				groups.put(dimension.name(), (dimension == CohortDimension.SCHOOL) ? urn
						: dimension.group(dimension.key(traits, 0, school), List.of(school)));
			}
			classified.add(new Classified(upn, urn, groups));
		}
		return classified;
	}

	private static CohortDimension dimension(String name) {
		for (CohortDimension dimension : CohortDimension.values()) {
			if (name != null && dimension.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
				return dimension;
			}
		}
		throw ProblemException.invalid("by", "one of " + List.of(CohortDimension.values()) + "; not '" + name + "'");
	}

}
