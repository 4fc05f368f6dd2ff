package uk.gov.dorsetcouncil.edu.local;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.SyntheticEducation;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.InsetDays;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.exclusion.GeneratedExclusion;
import uk.gov.dorsetcouncil.edu.synthetic.timetable.GeneratedTimetable;
import uk.gov.dorsetcouncil.edu.synthetic.register.GeneratedRegisterEntry;
import uk.gov.dorsetcouncil.edu.synthetic.measures.Measures;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Characteristics;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.SenProvision;
import uk.gov.dorsetcouncil.edu.synthetic.register.Session;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.send.AssessmentModel;
import uk.gov.dorsetcouncil.edu.synthetic.send.PlanSectionsModel;
import uk.gov.dorsetcouncil.edu.synthetic.send.GeneratedAssessment;

/**
 * The fictional county the local run and the calibration load: the synthetic generator's
 * schools, pupils and registers at a scale, each school's INSET days (recorded as
 * closures in the platform's calendar) and the requests that put them in the platform.
 * Registers are generated only for the days the platform's calendar will accept: Dorset's
 * term weekdays less the school's INSET days.
 */
public final class County {

	/** The seed of the local run's data: the same seed gives the same county. */
	public static final long SEED = 2026;

	/** The demo school a school persona acts for unless another URN is asked for. */
	public static final String DEMO_FIRST_SCHOOL_URN = Scale.DEMO.schools().apply(SEED).get(0).urn();

	private final SyntheticEducation data;

	private final Map<String, Set<LocalDate>> insetDays;

	private final SchoolDays schoolDays;

	private County(SyntheticEducation data) {
		this.data = data;
		this.insetDays = InsetDays.of(data.seed(), data.schools(), data.scale().year());
		this.schoolDays = InsetDays.termWeekdaysWithout(this.insetDays);
	}

	public static County generate(long seed, Scale scale) {
		return new County(SyntheticEducation.generate(seed, scale));
	}

	public static County demo() {
		return generate(SEED, Scale.DEMO);
	}

	public SyntheticEducation data() {
		return this.data;
	}

	public Scale scale() {
		return this.data.scale();
	}

	public List<School> schools() {
		return this.data.schools();
	}

	public School school(String urn) {
		return this.data.school(urn);
	}

	public List<Pupil> pupilsOf(School school) {
		return this.data.pupils(school);
	}

	/**
	 * The school's pupils admitted by the scale's last register day: the roll as the
	 * school knows it then (a pupil who joins later is not on it yet).
	 */
	public List<Pupil> pupilsOnRollBy(School school) {
		return pupilsOf(school).stream().filter(p -> !p.admissionDate().isAfter(scale().to())).toList();
	}

	/** Every pupil on roll by the scale's last register day: for small scales. */
	public List<Pupil> pupils() {
		return schools().stream().flatMap(s -> pupilsOnRollBy(s).stream()).toList();
	}

	/** The school's INSET days in the scale's academic year. */
	public Set<LocalDate> insetDays(School school) {
		return this.insetDays.get(school.urn());
	}

	/** The platform's calendar as loaded: term weekdays less each school's INSET days. */
	public SchoolDays schoolDays() {
		return this.schoolDays;
	}

	/** The school's marks over the scale's dates, on its school days only. */
	public Stream<SessionMark> marks(School school) {
		return this.data.marks(school, this.schoolDays);
	}

	/** One register: every pupil on the school's roll that day, one session. */
	public List<SessionMark> register(School school, LocalDate date, Session session) {
		return this.data.register(school, date, session);
	}

	/** The school's suspensions and permanent exclusions, on the loaded calendar. */
	public List<GeneratedExclusion> exclusions(School school) {
		return this.data.exclusions(school, this.schoolDays);
	}

	/**
	 * The county's requests for EHC needs assessments in the year to the scale's last
	 * register day, earliest first, with the steps the LA then took.
	 */
	/**
	 * {@code PUT /api/v1/send/ehc-plans/{upn}/sections}: the sections of the pupil's plan
	 * ({@link PlanSectionsModel}), naming the pupil's school, the child living in its
	 * locality.
	 */
	public Map<String, Object> ehcPlanSections(Pupil pupil) {
		return new PlanSectionsModel(this.data.seed()).sections(pupil.upn(), pupil.dateOfBirth(),
				school(pupil.urn()).locality().name(), true, scale().to());
	}

	public List<GeneratedAssessment> assessments() {
		return new AssessmentModel(this.data.seed()).of(pupils(), scale().to());
	}

	/** {@code POST /api/v1/send/assessments}, as a SEND caseworker records it. */
	static Map<String, Object> assessmentRecord(GeneratedAssessment assessment) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("upn", assessment.upn());
		body.put("requestedBy", assessment.requestedBy());
		body.put("receivedOn", assessment.receivedOn().toString());
		body.put("schoolUrn", assessment.urn());
		if (assessment.primaryNeed() != null) {
			body.put("primaryNeed", assessment.primaryNeed());
		}
		return body;
	}

	/** The school's children leaving for home education or going missing (ADR 0030). */
	public List<GeneratedRegisterEntry> registerEntries(School school) {
		return this.data.registerEntries(school);
	}

	/**
	 * {@code POST /api/v1/belonging/registers/entries} for a home-education notice, as
	 * the EHE officer sends it.
	 */
	static Map<String, Object> homeEducationRecord(GeneratedRegisterEntry entry) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("kind", entry.kind());
		body.put("upn", entry.upn());
		body.put("schoolLeftUrn", entry.urn());
		body.put("openedOn", entry.openedOn().toString());
		body.put("noticeDate", entry.date().toString());
		body.put("specialSchool", entry.specialSchool());
		body.put("ehcPlan", entry.ehcPlan());
		return body;
	}

	/** {@code POST /api/v1/belonging/exclusions}, as the school's DSL sends it. */
	static Map<String, Object> exclusionRecord(GeneratedExclusion exclusion) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("upn", exclusion.upn());
		body.put("schoolUrn", exclusion.urn());
		body.put("type", exclusion.permanent() ? "PERMANENT_EXCLUSION" : "SUSPENSION");
		body.put("startDate", exclusion.startDate().toString());
		if (exclusion.sessions() > 0) {
			body.put("sessions", exclusion.sessions());
		}
		if (exclusion.lunchtimes() > 0) {
			body.put("lunchtimes", exclusion.lunchtimes());
		}
		body.put("reasons", exclusion.reasons());
		body.put("decidedBy", "Headteacher");
		body.put("lookedAfter", exclusion.lookedAfter());
		body.put("socialWorker", exclusion.socialWorker());
		return body;
	}

	/** The school's part-time timetables, on the loaded calendar. */
	public List<GeneratedTimetable> partTimeTimetables(School school) {
		return DemoProvision.timetables(this, school, this.data.partTimeTimetables(school, this.schoolDays));
	}

	/**
	 * {@code POST /api/v1/belonging/part-time-timetables}, as the school's DSL sends it.
	 */
	static Map<String, Object> timetableRecord(GeneratedTimetable timetable) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("upn", timetable.upn());
		body.put("schoolUrn", timetable.urn());
		body.put("startDate", timetable.startDate().toString());
		body.put("hoursPerWeek", timetable.hoursPerWeek());
		body.put("reason", timetable.reason());
		body.put("parentAgreedOn", timetable.parentAgreedOn().toString());
		body.put("reintegrationPlan", "Hours agreed with the family, rising as the pupil settles; reviewed with them.");
		body.put("reviewDates", timetable.reviewDates().stream().map(LocalDate::toString).toList());
		if (timetable.endDate() != null) {
			body.put("endDate", timetable.endDate().toString());
		}
		return body;
	}

	/** The DfE measures of the generated marks, on the loaded calendar. */
	public Measures expectedFigures() {
		return this.data.expectedFigures(this.schoolDays);
	}

	/** {@code PUT /api/v1/attendance/schools/{urn}}. */
	static Map<String, Object> schoolRecord(School school) {
		return Map.of("laestab", school.laestab(), "name", school.name(), "phase", school.phase().name(), "locality",
				school.locality().name());
	}

	/**
	 * {@code PUT /api/v1/attendance/schools/{urn}/pupils/{upn}}: the roll entry and the
	 * characteristics the cohort measures split by, as known on the scale's last register
	 * day.
	 */
	Map<String, Object> rollRecord(Pupil pupil) {
		Characteristics c = pupil.characteristics();
		// A leaving date after the last register day is not known yet.
		LocalDate leaving = (pupil.leavingDate() != null && !pupil.leavingDate().isAfter(scale().to()))
				? pupil.leavingDate() : null;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("givenName", pupil.givenName());
		body.put("familyName", pupil.familyName());
		body.put("dateOfBirth", pupil.dateOfBirth().toString());
		body.put("yearGroup", pupil.yearGroup());
		body.put("sex", pupil.sex().name());
		body.put("admissionDate", pupil.admissionDate().toString());
		body.put("leavingDate", (leaving != null) ? leaving.toString() : null);
		if (leaving != null && this.data.leavesNoDestination(this.data.school(pupil.urn()), pupil)) {
			// No known destination: belonging opens a CME entry from attendance's roll
			// changes (ADR 0030).
			body.put("deletionGround", "CONTINUOUS_ABSENCE_NOT_LOCATED");
		}
		else if (leaving != null) {
			// The generator's mid-year leavers move to another school (assumption).
			body.put("deletionGround", "REGISTERED_AT_ANOTHER_SCHOOL");
			body.put("destination", "another school");
		}
		body.put("freeSchoolMeals", c.freeSchoolMeals());
		body.put("senProvision", c.senProvision().name());
		body.put("lookedAfter", c.lookedAfter());
		body.put("childInNeed", c.childInNeed());
		body.put("childProtectionPlan", c.childProtectionPlan());
		body.put("everSocialWorker", c.everSocialWorker());
		body.put("youngCarer", c.youngCarer());
		body.put("ethnicity", c.ethnicity());
		body.put("postcode", pupil.postcode());
		body.put("nhsNumber", pupil.nhsNumber());
		return body;
	}

	/** Whether the pupil has an EHC plan, and so a plan record in the SEND service. */
	static boolean hasEhcPlan(Pupil pupil) {
		return pupil.characteristics().senProvision() == SenProvision.E;
	}

	/**
	 * Of the annual reviews falling due, the share held on time: 91% in Dorset in 2023/24
	 * (dorset-facts). The rest were missed: the last review is the one before.
	 */
	static final int REVIEWS_MISSED_PER_HUNDRED = 9;

	/**
	 * {@code PUT /api/v1/send/ehc-plans/{upn}}: a final plan naming the pupil's school,
	 * issued on a day of the year before the pupil's admission (spread by UPN so that
	 * annual reviews fall due through the year), and reviewed every year up to
	 * {@code asOf} up to four weeks before each anniversary (Children and Families Act
	 * 2014 s44(1)), except that for 9 plans in 100 the last review due was missed, so
	 * their review is overdue, by less than a year, on {@code asOf}.
	 */
	static Map<String, Object> ehcPlanRecord(Pupil pupil, LocalDate asOf) {
		List<LocalDate> reviews = ehcPlanReviews(pupil, asOf);
		LocalDate issued = ehcPlanIssued(pupil);
		Map<String, Object> plan = new java.util.LinkedHashMap<>();
		plan.put("status", "FINAL");
		plan.put("issuedDate", issued.toString());
		plan.put("namedSchoolUrn", pupil.urn());
		plan.put("lastReviewDate", reviews.isEmpty() ? null : reviews.get(reviews.size() - 1).toString());
		return plan;
	}

	/**
	 * The day the pupil's plan was made: a day of the year before the pupil's admission.
	 */
	static LocalDate ehcPlanIssued(Pupil pupil) {
		int spread = Math.floorMod(pupil.upn().hashCode(), 360);
		return LocalDate.of(pupil.admissionDate().getYear() - 1, 1, 10).plusDays(spread);
	}

	/**
	 * The annual review meetings held for the pupil's plan up to {@code asOf}, earliest
	 * first ({@link #ehcPlanRecord}): each up to four weeks before its anniversary, the
	 * last due missed for 9 plans in 100.
	 */
	static List<LocalDate> ehcPlanReviews(Pupil pupil, LocalDate asOf) {
		LocalDate issued = ehcPlanIssued(pupil);
		java.util.SplittableRandom draws = new java.util.SplittableRandom(pupil.upn().hashCode());
		int early = draws.nextInt(28);
		List<LocalDate> reviews = new java.util.ArrayList<>();
		LocalDate due = issued.plusMonths(12);
		while (!due.minusDays(early).isAfter(asOf)) {
			LocalDate held = due.minusDays(early);
			reviews.add(held);
			due = held.plusMonths(12);
		}
		if (!reviews.isEmpty() && draws.nextInt(100) < REVIEWS_MISSED_PER_HUNDRED) {
			reviews.remove(reviews.size() - 1);
		}
		return reviews;
	}

}
