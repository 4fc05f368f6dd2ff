package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.transport.distance.Destination;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.distance.Route;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteDistances;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteMeasurement;
import uk.gov.dorsetcouncil.edu.transport.distance.TravelMode;

/**
 * Assessing a child's eligibility: the request checked (a problem naming the field,
 * nothing stored), the suitable schools found and measured from the home, the EHC plan
 * asked of send-service, the rules applied ({@link EligibilityRules}) and the decision
 * stored with its explanation and a change for the feed.
 */
public final class EligibilityAssessing {

	/** Schools kept in a decision's comparison beyond the attended and preferred ones. */
	static final int SCHOOLS_EXPLAINED = 5;

	/** Reception to Year 11: compulsory school age for transport (domain-rules 6). */
	static final int FIRST_YEAR_GROUP = 0;

	static final int LAST_YEAR_GROUP = 11;

	private final SchoolSites schools;

	private final RouteAssessments assessments;

	private final RouteDistances distances;

	private final EhcPlans ehcPlans;

	private final DecisionStore store;

	private final LostRaceRetry retry;

	private final Clock clock;

	public EligibilityAssessing(SchoolSites schools, RouteAssessments assessments, RouteDistances distances,
			EhcPlans ehcPlans, DecisionStore store, LostRaceRetry retry, Clock clock) {
		this.schools = schools;
		this.assessments = assessments;
		this.distances = distances;
		this.ehcPlans = ehcPlans;
		this.store = store;
		this.retry = retry;
		this.clock = clock;
	}

	/** Checked input, ready to measure. */
	record Checked(Upn upn, LocalDate dateOfBirth, LocalDate assessedOn, GeoPoint home, SchoolSite school,
			LowIncome lowIncome, String lowIncomeEvidence, ReligionOrBelief religionOrBelief, MobilityNeed mobilityNeed,
			String mobilityEvidence, int age, int yearGroup) {
	}

	public Decision assess(Caller caller, AssessmentRequest request) {
		EligibilityAccess.checkMayAssess(caller);
		Checked checked = check(request);
		EhcPlanEvidence plan = this.ehcPlans.of(checked.upn());
		Measured measured = measure(checked, plan);
		return this.retry.untilWon("eligibility decision", () -> {
			PupilDecisions held = this.store.find(checked.upn());
			Optional<Circumstances.Earlier> earlier = held.eligibleEarlierInYear(checked.assessedOn())
				.map(d -> new Circumstances.Earlier(d.id(), d.rule(), d.validUntil()));
			Circumstances circumstances = new Circumstances(checked.age(), checked.school().urn(), measured.compared(),
					measured.roadMeasured(), measured.unavailable(), checked.lowIncome() != null,
					(checked.religionOrBelief() != null) ? checked.religionOrBelief().name() : null,
					checked.mobilityNeed() != null, plan, this.assessments.unsafeOnTheWayTo(checked.school().urn()),
					earlier, AcademicYear.endOf(checked.assessedOn()));
			Ruling ruling = EligibilityRules.decide(circumstances);
			Instant now = this.clock.instant();
			Decision decision = new Decision(held.nextId(), checked.upn().value(), checked.school().urn(),
					checked.assessedOn(), ruling.outcome(), ruling.rule(), ruling.pending(), ruling.validUntil(),
					new Decision.Explanation(checked.dateOfBirth(), checked.assessedOn(), checked.age(),
							checked.yearGroup(), checked.home(), ruling.findings(), measured.compared(),
							measured.measurements(), evidence(checked, plan, circumstances), ruling.pendingDetail()),
					caller.subject(), now);
			boolean saved = this.store.save(held.with(decision), List.of(DecisionChanges.decided(decision)));
			return saved ? Optional.of(decision) : Optional.empty();
		}, () -> "pupil " + checked.upn().value() + "'s decisions kept changing");
	}

	public Decision find(Caller caller, String id) {
		EligibilityAccess.checkMayRead(caller);
		Upn upn = upnOf(id);
		Decision decision = this.store.find(upn)
			.find(id)
			.orElseThrow(() -> ProblemException.notFound("no eligibility decision " + id));
		if (!EligibilityAccess.maySee(caller, decision)) {
			// Not told apart from a decision that does not exist.
			throw ProblemException.notFound("no eligibility decision " + id);
		}
		return decision;
	}

	public List<Decision> ofPupil(Caller caller, String upnValue) {
		EligibilityAccess.checkMayRead(caller);
		Upn upn = Upn.parse("upn", upnValue);
		return this.store.find(upn).decisions().stream().filter(d -> EligibilityAccess.maySee(caller, d)).toList();
	}

	Checked check(AssessmentRequest request) {
		List<Violation> invalid = new ArrayList<>();
		Upn upn = null;
		if (request.upn() == null || request.upn().isBlank()) {
			invalid.add(new Violation("upn", "the child's UPN is required"));
		}
		else {
			Optional<String> problem = Upn.problemWith(request.upn());
			if (problem.isPresent()) {
				invalid.add(new Violation("upn", problem.get()));
			}
			else {
				upn = new Upn(request.upn());
			}
		}
		LocalDate dateOfBirth = DateBounds.required("dateOfBirth", request.dateOfBirth(),
				"a date written yyyy-MM-dd is required", invalid);
		LocalDate assessedOn = DateBounds.parseOr("assessedOn", request.assessedOn(), LocalDate.now(this.clock),
				invalid);
		if (assessedOn != null && assessedOn.isAfter(LocalDate.now(this.clock).plusYears(1))) {
			invalid.add(new Violation("assessedOn", "more than a year ahead; assess for this year or the next"));
		}
		GeoPoint home = home(request, invalid);
		String urn = request.schoolUrn();
		if (urn == null || urn.isBlank()) {
			invalid.add(new Violation("schoolUrn", "the school the child attends or will attend is required"));
		}
		else {
			SchoolIdentifiers.urnProblem(urn).ifPresent(problem -> invalid.add(new Violation("schoolUrn", problem)));
		}
		LowIncome lowIncome = named(LowIncome.class, "lowIncome", request.lowIncome(), invalid);
		ReligionOrBelief religion = named(ReligionOrBelief.class, "religionOrBelief", request.religionOrBelief(),
				invalid);
		MobilityNeed need = named(MobilityNeed.class, "mobilityNeed", request.mobilityNeed(), invalid);
		String lowIncomeEvidence = evidence("lowIncomeEvidence", lowIncome != null, request.lowIncomeEvidence(),
				"what shows free school meals or the maximum Working Tax Credit", invalid);
		String mobilityEvidence = evidence("mobilityEvidence", need != null, request.mobilityEvidence(),
				"the report that shows the need (its author and date)", invalid);
		int age = 0;
		int yearGroup = 0;
		if (dateOfBirth != null && assessedOn != null) {
			age = AcademicYear.ageOn(dateOfBirth, assessedOn);
			yearGroup = AcademicYear.yearGroup(dateOfBirth, assessedOn);
			if (dateOfBirth.isAfter(assessedOn)) {
				invalid.add(new Violation("dateOfBirth", "after the date assessed (" + assessedOn + ")"));
			}
			else if (yearGroup < FIRST_YEAR_GROUP || yearGroup > LAST_YEAR_GROUP) {
				invalid.add(new Violation("dateOfBirth",
						"the child is aged " + age + " on " + assessedOn + ", in year group " + yearGroup
								+ ": not of compulsory school age (Reception to Year 11); post-16 travel is "
								+ "decided under another policy"));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		SchoolSite school = this.schools.find(urn)
			.orElseThrow(() -> ProblemException
				.ruleBroken(List.of(new Violation("schoolUrn", "no school " + urn + " is known in Dorset"))));
		if (!school.teaches(yearGroup)) {
			throw ProblemException.ruleBroken(List.of(new Violation("schoolUrn", school.name() + " teaches years "
					+ school.lowestYear() + " to " + school.highestYear() + ", not the child's year " + yearGroup)));
		}
		return new Checked(upn, dateOfBirth, assessedOn, home, school, lowIncome, lowIncomeEvidence, religion, need,
				mobilityEvidence, age, yearGroup);
	}

	private record Measured(List<ComparedSchool> compared, boolean roadMeasured, String unavailable,
			List<Decision.Measurement> measurements) {
	}

	/**
	 * The suitable schools, measured: mainstream schools that teach the child's year
	 * group and have a place, the attended school (a child on roll has a place), and the
	 * school a final EHC plan names.
	 */
	private Measured measure(Checked checked, EhcPlanEvidence plan) {
		List<SchoolSite> suitable = this.schools.all()
			.stream()
			.filter(s -> s.teaches(checked.yearGroup()))
			.filter(s -> (s.mainstream() && s.placeAvailable())
					|| s.urn().equals(checked.school().urn()) && s.mainstream()
					|| plan.namesSchool() && s.urn().equals(plan.namedSchoolUrn()))
			.toList();
		List<Destination> entrances = suitable.stream()
			.flatMap(s -> s.entrances().stream().map(e -> new Destination(e.id(), e.point())))
			.toList();
		List<Decision.Measurement> measurements = new ArrayList<>();
		RouteMeasurement walking = this.distances.from(checked.home(), TravelMode.WALKING, entrances);
		measurements.add(note(walking));
		if (!walking.available()) {
			return new Measured(List.of(), false, "walking distances: " + walking.unavailable(), measurements);
		}
		boolean roadNeeded = checked.lowIncome() != null && checked.age() >= 11;
		RouteMeasurement road = null;
		if (roadNeeded) {
			road = this.distances.from(checked.home(), TravelMode.ROAD, entrances);
			measurements.add(note(road));
		}
		List<ComparedSchool> all = new ArrayList<>();
		for (SchoolSite school : suitable) {
			Optional<Map.Entry<SchoolSite.Entrance, Route>> nearest = nearestEntrance(school, walking);
			if (nearest.isEmpty()) {
				if (school.urn().equals(checked.school().urn())) {
					return new Measured(List.of(), false,
							"no walking route was found to " + school.name() + " (" + school.urn() + ")", measurements);
				}
				continue;
			}
			Double roadMetres = null;
			if (road != null && road.available()) {
				roadMetres = nearestEntrance(school, road).map(e -> e.getValue().metres()).orElse(null);
			}
			Route route = nearest.get().getValue();
			all.add(new ComparedSchool(0, school.urn(), school.name(), school.religiousCharacter(),
					nearest.get().getKey().id(), route.metres(), roadMetres, route.sections()));
		}
		all.sort(Comparator.comparingDouble(ComparedSchool::walkingMetres).thenComparing(ComparedSchool::urn));
		List<ComparedSchool> kept = new ArrayList<>();
		String preferred = (checked.religionOrBelief() != null) ? checked.religionOrBelief().name() : null;
		boolean preferredKept = false;
		for (int i = 0; i < all.size(); i++) {
			ComparedSchool s = all.get(i);
			boolean firstPreferred = !preferredKept && s.religiousCharacter().equals(preferred);
			preferredKept |= firstPreferred;
			if (i < SCHOOLS_EXPLAINED || s.urn().equals(checked.school().urn()) || firstPreferred
					|| plan.namesSchool() && s.urn().equals(plan.namedSchoolUrn())) {
				kept.add(new ComparedSchool(i + 1, s.urn(), s.name(), s.religiousCharacter(), s.entrance(),
						s.walkingMetres(), s.roadMetres(), s.walkingSections()));
			}
		}
		return new Measured(kept, road != null && road.available(), null, measurements);
	}

	private static Optional<Map.Entry<SchoolSite.Entrance, Route>> nearestEntrance(SchoolSite school,
			RouteMeasurement measurement) {
		Map.Entry<SchoolSite.Entrance, Route> best = null;
		for (SchoolSite.Entrance entrance : school.entrances()) {
			Optional<Route> route = measurement.to(entrance.id());
			if (route.isPresent() && (best == null || route.get().metres() < best.getValue().metres())) {
				best = Map.entry(entrance, route.get());
			}
		}
		return Optional.ofNullable(best);
	}

	private static Decision.Measurement note(RouteMeasurement m) {
		return new Decision.Measurement(m.provider(), m.mode().name(), m.measuredAt(), m.accessPoint(),
				m.unavailable());
	}

	private static List<Decision.Evidence> evidence(Checked checked, EhcPlanEvidence plan, Circumstances c) {
		List<Decision.Evidence> evidence = new ArrayList<>();
		evidence.add(new Decision.Evidence("DATE_OF_BIRTH", "the assessing officer", checked.dateOfBirth() + ": aged "
				+ checked.age() + " on " + checked.assessedOn() + ", year group " + checked.yearGroup()));
		evidence.add(new Decision.Evidence("HOME", "the assessing officer", checked.home().toString()));
		if (checked.lowIncome() != null) {
			evidence.add(new Decision.Evidence(checked.lowIncome().name(), "the assessing officer",
					checked.lowIncomeEvidence()));
		}
		if (checked.religionOrBelief() != null) {
			evidence.add(new Decision.Evidence("RELIGION_OR_BELIEF", "the family",
					"a preference for a " + checked.religionOrBelief().name() + " school"));
		}
		if (checked.mobilityNeed() != null) {
			evidence.add(new Decision.Evidence(checked.mobilityNeed().name(), "the assessing officer",
					checked.mobilityEvidence()));
		}
		evidence.add(new Decision.Evidence("EHC_PLAN", "send-service",
				plan.known() ? (plan.hasPlan()
						? plan.status() + " plan"
								+ ((plan.namedSchoolUrn() != null && !plan.namedSchoolUrn().isBlank())
										? " naming school " + plan.namedSchoolUrn() : " naming no school")
						: "no EHC plan") : "unavailable: " + plan.detail()));
		for (RouteAssessment assessed : c.unsafeSections()) {
			evidence.add(new Decision.Evidence("ROUTE_ASSESSMENT", assessed.id(), "section " + assessed.section()
					+ " on the way to school " + assessed.schoolUrn() + " assessed unsafe: " + assessed.reason()));
		}
		return evidence;
	}

	private static GeoPoint home(AssessmentRequest request, List<Violation> invalid) {
		boolean ok = true;
		for (Map.Entry<String, Double> field : coordinates(request).entrySet()) {
			if (field.getValue() == null) {
				invalid.add(new Violation(field.getKey(), "the home's " + field.getKey() + " is required"));
				ok = false;
			}
			else if (!Double.isFinite(field.getValue())) {
				invalid.add(new Violation(field.getKey(), "not a number"));
				ok = false;
			}
		}
		if (!ok) {
			return null;
		}
		GeoPoint home = new GeoPoint(request.latitude(), request.longitude());
		if (!CountyBounds.holds(home)) {
			String field = (home.latitude() < CountyBounds.SOUTH || home.latitude() > CountyBounds.NORTH) ? "latitude"
					: "longitude";
			invalid.add(new Violation(field,
					"the home " + home + " is outside Dorset's bounds (" + CountyBounds.describe() + ")"));
			return null;
		}
		return home;
	}

	private static Map<String, Double> coordinates(AssessmentRequest request) {
		Map<String, Double> fields = new LinkedHashMap<>();
		fields.put("latitude", request.latitude());
		fields.put("longitude", request.longitude());
		return fields;
	}

	private static String evidence(String field, boolean needed, String text, String what, List<Violation> invalid) {
		String checked = TextField.LINE.check(field, text, invalid);
		if (needed && (checked == null || checked.isBlank())
				&& invalid.stream().noneMatch(v -> v.field().equals(field))) {
			invalid.add(new Violation(field, what + " is required"));
		}
		if (!needed && checked != null) {
			invalid.add(new Violation(field, "evidence without the claim it supports"));
		}
		return checked;
	}

	/**
	 * An enum value as a caller wrote it, or null when absent; a violation naming the
	 * field when it is none of the values.
	 */
	public static <E extends Enum<E>> E named(Class<E> type, String field, String value, List<Violation> invalid) {
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		invalid.add(new Violation(field,
				"'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())));
		return null;
	}

	private static Upn upnOf(String id) {
		int dash = id.lastIndexOf('-');
		if (dash <= 0) {
			throw ProblemException.invalid("id", "a decision's id is the pupil's UPN, '-' and a number");
		}
		return Upn.parse("id", id.substring(0, dash));
	}

	/** Free school meals or the maximum Working Tax Credit (Sch 35B para 9). */
	public enum LowIncome {

		FREE_SCHOOL_MEALS, MAXIMUM_WORKING_TAX_CREDIT

	}

	/** Religious characters a family may prefer on grounds of religion or belief. */
	public enum ReligionOrBelief {

		CHURCH_OF_ENGLAND, ROMAN_CATHOLIC

	}

	/** Why a child cannot reasonably be expected to walk (Sch 35B para 3). */
	public enum MobilityNeed {

		SEN, DISABILITY, MOBILITY, TEMPORARY_MEDICAL

	}

}
