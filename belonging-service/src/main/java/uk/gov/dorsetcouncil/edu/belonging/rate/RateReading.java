package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.CensusTerm;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Suspension and permanent exclusion rates per 100 enrolments, and the one-or-more
 * suspensions rate, of the county, a locality or a school, over an academic year or a
 * term, by one dimension; small numbers hidden for whoever has no pupil-level right over
 * the area ({@link RateAccess#suppressFor}).
 */
public final class RateReading {

	private static final List<String> LOCALITIES = List.of("NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK");

	private final ExclusionStore exclusions;

	private final Roll roll;

	private final Localities localities;

	private final ReferenceFigures references;

	private final SmallNumberSuppression suppression;

	private final Clock clock;

	public RateReading(ExclusionStore exclusions, Roll roll, Localities localities, ReferenceFigures references,
			SmallNumberSuppression suppression, Clock clock) {
		this.exclusions = exclusions;
		this.roll = roll;
		this.localities = localities;
		this.references = references;
		this.suppression = suppression;
		this.clock = clock;
	}

	/**
	 * @param yearLabel for example 2025/26 (default the current academic year)
	 * @param termName AUTUMN, SPRING or SUMMER (default the whole year)
	 * @param byName the dimension (default LOCALITY for the county, SCHOOL for a
	 * locality, REASON for a school)
	 * @param urn a school, or
	 * @param locality a locality, or neither for the county
	 */
	public RateTable rates(Caller caller, String yearLabel, String termName, String byName, String urn,
			String locality) {
		RateArea area = area(urn, locality);
		RateAccess.checkMayRead(caller, area, this.localities);
		RatePeriod period = period(yearLabel, termName);
		RateDimension dimension = dimension(byName, area);
		boolean suppress = RateAccess.suppressFor(caller, area);
		Roll.Enrolments enrolments = this.roll.enrolments(area, dimension, period);
		List<Exclusion> held = new ArrayList<>();
		this.exclusions.forEach(pupil -> pupil.exclusions()
			.stream()
			.filter(e -> period.includes(e.startDate()))
			.filter(e -> area.type() == RateArea.Type.LOCAL_AUTHORITY || enrolments.schools().contains(e.schoolUrn()))
			.forEach(held::add));
		ExclusionRates.Counted counted = ExclusionRates.count(held, groupsOf(dimension, held), enrolments);
		PublishedRates.Published shown = PublishedRates
			.publish(suppress ? this.suppression : SmallNumberSuppression.off(), counted, dimension.partitions());
		return new RateTable(area, period, dimension, suppress, shown.total(), shown.groups(), this.references.all(),
				this.references.notHeld(), this.clock.instant());
	}

	private Function<Exclusion, List<String>> groupsOf(RateDimension dimension, List<Exclusion> held) {
		if (dimension == RateDimension.REASON) {
			return e -> e.reasons().stream().map(reason -> reason.code()).toList();
		}
		if (dimension == RateDimension.SCHOOL) {
			return e -> List.of(e.schoolUrn());
		}
		List<Roll.PupilAtSchool> pupils = new ArrayList<>(new LinkedHashSet<>(
				held.stream().map(e -> new Roll.PupilAtSchool(e.upn().value(), e.schoolUrn())).toList()));
		List<String> groups = pupils.isEmpty() ? List.of() : this.roll.groups(pupils, dimension);
		Map<Roll.PupilAtSchool, String> byPupil = new HashMap<>();
		for (int i = 0; i < pupils.size(); i++) {
			byPupil.put(pupils.get(i), groups.get(i));
		}
		return e -> List.of(byPupil.get(new Roll.PupilAtSchool(e.upn().value(), e.schoolUrn())));
	}

	private static RateArea area(String urn, String locality) {
		boolean school = urn != null && !urn.isBlank();
		boolean inLocality = locality != null && !locality.isBlank();
		if (school && inLocality) {
			throw ProblemException.invalid("locality", "a school's rates or a locality's, not both");
		}
		if (school) {
			SchoolIdentifiers.urnProblem(urn).ifPresent(problem -> {
				throw ProblemException.invalid("urn", problem);
			});
			return new RateArea(RateArea.Type.SCHOOL, urn);
		}
		if (inLocality) {
			String name = locality.strip().toUpperCase(Locale.ROOT);
			if (!LOCALITIES.contains(name)) {
				throw ProblemException.invalid("locality", "one of " + LOCALITIES + ", not '" + locality + "'");
			}
			return new RateArea(RateArea.Type.LOCALITY, name);
		}
		return RateArea.county();
	}

	private RatePeriod period(String yearLabel, String termName) {
		int year;
		if (yearLabel == null || yearLabel.isBlank()) {
			year = CensusTerm.academicYearOf(LocalDate.now(this.clock));
		}
		else if (yearLabel.matches("20\\d\\d/\\d\\d") && (Integer.parseInt(yearLabel.substring(0, 4)) + 1)
				% 100 == Integer.parseInt(yearLabel.substring(5))) {
			year = Integer.parseInt(yearLabel.substring(0, 4));
		}
		else {
			throw ProblemException.invalid("year", "an academic year written like 2025/26, not '" + yearLabel + "'");
		}
		if (termName == null || termName.isBlank()) {
			return new RatePeriod(year, null);
		}
		for (CensusTerm.Season season : CensusTerm.Season.values()) {
			if (season.name().equals(termName.strip().toUpperCase(Locale.ROOT))) {
				return new RatePeriod(year, season);
			}
		}
		throw ProblemException.invalid("term",
				"AUTUMN, SPRING or SUMMER, or leave it out for the year; not '" + termName + "'");
	}

	private static RateDimension dimension(String name, RateArea area) {
		if (name == null || name.isBlank()) {
			return switch (area.type()) {
				case LOCAL_AUTHORITY -> RateDimension.LOCALITY;
				case LOCALITY -> RateDimension.SCHOOL;
				case SCHOOL -> RateDimension.REASON;
			};
		}
		return RateDimension.named(name)
			.orElseThrow(() -> ProblemException.invalid("by",
					"one of " + List.of(RateDimension.values()) + ", not '" + name + "'"));
	}

}
