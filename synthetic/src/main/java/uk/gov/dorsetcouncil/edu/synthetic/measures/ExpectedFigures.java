package uk.gov.dorsetcouncil.edu.synthetic.measures;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Characteristics;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase.StatisticalPhase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * The DfE absence measures computed from generated marks, in plain Java: the "generated
 * truth" a calibration compares the platform's answers with. Enrol every pupil, then
 * count every mark; marks arrive as a stream and are not kept.
 *
 * <p>
 * Scope of the headline figures (domain-rules 2): enrolments of pupils aged 5 to 15 on 31
 * August before the year, in state-funded primary, secondary and special schools, with at
 * least one possible session; Learning Centres (AP) appear only in the phase figures.
 */
public final class ExpectedFigures {

	/** Ways the figures are broken down. */
	public enum Dimension {

		ALL(e -> "all"), PHASE(e -> e.phase.name()), SCHOOL_PHASE(e -> e.school.phase().name()),
		LOCALITY(e -> e.school.locality().name()),
		FREE_SCHOOL_MEALS(e -> e.traits.freeSchoolMeals() ? "FSM" : "non-FSM"),
		SEN(e -> e.traits.senProvision().name()), YEAR_GROUP(e -> String.format("Y%02d", e.pupil.yearGroup())),
		SEX(e -> e.pupil.sex().name()), GYPSY_ROMA_TRAVELLER(e -> e.traits.gypsyRomaOrTraveller() ? "GRT" : "other"),
		SOCIAL_CARE(e -> e.traits.lookedAfter() ? "looked after"
				: e.traits.childProtectionPlan() ? "CP plan" : e.traits.childInNeed() ? "CiN" : "none");

		private final Function<Enrolment, String> group;

		Dimension(Function<Enrolment, String> group) {
			this.group = group;
		}

	}

	private final AcademicYear year;

	private final Map<String, Map<String, Enrolment>> enrolments = new HashMap<>();

	private final long[] illnessByMonth = new long[12];

	private final long[] possibleByMonth = new long[12];

	private long marksOutsideRoll;

	private long unknownPupilMarks;

	private long unresolved;

	private LocalDate lastUnresolved;

	private LocalDate firstUnresolved;

	public ExpectedFigures(AcademicYear year) {
		this.year = year;
	}

	public void enrol(School school, Pupil pupil) {
		Enrolment enrolment = new Enrolment(school, pupil, this.year);
		this.enrolments.computeIfAbsent(school.urn(), u -> new HashMap<>()).put(pupil.upn(), enrolment);
	}

	public void count(SessionMark mark) {
		Map<String, Enrolment> roll = this.enrolments.get(mark.urn());
		Enrolment enrolment = (roll != null) ? roll.get(mark.upn()) : null;
		if (enrolment == null) {
			this.unknownPupilMarks++;
			return;
		}
		if (!enrolment.pupil.onRoll(mark.date())) {
			this.marksOutsideRoll++;
			return;
		}
		MarkCategory category = MarkCategory.of(mark.code());
		if (!category.possible()) {
			return;
		}
		enrolment.possible++;
		int month = mark.date().getMonthValue() - 1;
		this.possibleByMonth[month]++;
		switch (category) {
			case PRESENT, APPROVED_EDUCATIONAL_ACTIVITY -> enrolment.attended++;
			case AUTHORISED -> enrolment.authorised++;
			case UNAUTHORISED -> enrolment.unauthorised++;
			case NOT_COUNTED -> throw new IllegalStateException("not a possible session");
		}
		if (mark.code().equals("I")) {
			this.illnessByMonth[month]++;
		}
		if (mark.code().equals("N")) {
			this.unresolved++;
			if (this.lastUnresolved == null || mark.date().isAfter(this.lastUnresolved)) {
				this.lastUnresolved = mark.date();
			}
			if (this.firstUnresolved == null || mark.date().isBefore(this.firstUnresolved)) {
				this.firstUnresolved = mark.date();
			}
		}
	}

	public Measures measures() {
		Map<Dimension, Map<String, Tally>> tallies = new EnumMap<>(Dimension.class);
		for (Map<String, Enrolment> roll : this.enrolments.values()) {
			for (Enrolment e : roll.values()) {
				if (e.possible == 0 || !e.compulsoryAge) {
					continue;
				}
				add(tallies, Dimension.PHASE, e);
				if (e.phase == StatisticalPhase.ALTERNATIVE_PROVISION) {
					continue;
				}
				for (Dimension dimension : Dimension.values()) {
					if (dimension != Dimension.PHASE) {
						add(tallies, dimension, e);
					}
				}
			}
		}
		Map<Dimension, Map<String, Figures>> figures = new EnumMap<>(Dimension.class);
		tallies.forEach((dimension, groups) -> {
			Map<String, Figures> byGroup = new TreeMap<>();
			groups.forEach((group, tally) -> byGroup.put(group, tally.figures()));
			figures.put(dimension, byGroup);
		});
		Map<Month, Double> illness = new EnumMap<>(Month.class);
		for (int m = 0; m < 12; m++) {
			if (this.possibleByMonth[m] > 0) {
				illness.put(Month.of(m + 1), 100.0 * this.illnessByMonth[m] / this.possibleByMonth[m]);
			}
		}
		return new Measures(figures, illness, this.unresolved, this.firstUnresolved, this.lastUnresolved,
				this.marksOutsideRoll, this.unknownPupilMarks);
	}

	private static void add(Map<Dimension, Map<String, Tally>> tallies, Dimension dimension, Enrolment e) {
		tallies.computeIfAbsent(dimension, d -> new TreeMap<>())
			.computeIfAbsent(dimension.group.apply(e), g -> new Tally())
			.add(e);
	}

	private static final class Enrolment {

		final School school;

		final Pupil pupil;

		final Characteristics traits;

		final StatisticalPhase phase;

		final boolean compulsoryAge;

		int possible;

		int attended;

		int authorised;

		int unauthorised;

		Enrolment(School school, Pupil pupil, AcademicYear year) {
			this.school = school;
			this.pupil = pupil;
			this.traits = pupil.characteristics();
			this.phase = school.phase().statisticalPhase();
			int age = pupil.ageAtStartOfYear(year.startYear());
			this.compulsoryAge = age >= 5 && age <= 15;
		}

	}

	private static final class Tally {

		long enrolments;

		long possible;

		long attended;

		long authorised;

		long unauthorised;

		long persistent;

		long severe;

		void add(Enrolment e) {
			this.enrolments++;
			this.possible += e.possible;
			this.attended += e.attended;
			this.authorised += e.authorised;
			this.unauthorised += e.unauthorised;
			long absent = (long) e.authorised + e.unauthorised;
			// Exact counts, no rounding: 10% and 50% of the enrolment's own possible
			// sessions.
			if (absent * 10 >= e.possible) {
				this.persistent++;
			}
			if (absent * 2 >= e.possible) {
				this.severe++;
			}
		}

		Figures figures() {
			return Figures.of(this.enrolments, this.possible, this.attended, this.authorised, this.unauthorised,
					this.persistent, this.severe);
		}

	}

}
