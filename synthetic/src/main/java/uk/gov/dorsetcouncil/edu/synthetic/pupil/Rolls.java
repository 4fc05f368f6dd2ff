package uk.gov.dorsetcouncil.edu.synthetic.pupil;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.school.SchoolCatalogue;

/**
 * The pupils on each school's roll in one academic year. A pupil depends only on the
 * seed, the school, the year group and its serial, so one school's roll can be generated
 * without any other's; only the NHS numbers need a running count over the catalogue,
 * which comes from the roll plans (counts), not from the pupils.
 */
public final class Rolls {

	/** Mid-year joiners and leavers come and go between these dates (assumption). */
	static final int MID_YEAR_FIRST_DAY = 7;

	static final int MID_YEAR_LAST_DAY = 310;

	private final long seed;

	private final AcademicYear year;

	private final double fraction;

	private final NhsNumbers nhsNumbers;

	private final long[] nhsOffsets;

	private final long pupils;

	/**
	 * @param schools the whole catalogue (for NHS number offsets)
	 * @param fraction the share of each year group to generate (1 = full scale)
	 */
	public Rolls(long seed, List<School> schools, AcademicYear year, double fraction, NhsNumbers nhsNumbers) {
		this.seed = seed;
		this.year = year;
		this.fraction = fraction;
		this.nhsNumbers = nhsNumbers;
		this.nhsOffsets = new long[schools.stream().mapToInt(School::index).max().orElse(-1) + 1];
		long total = 0;
		for (School school : schools) {
			this.nhsOffsets[school.index()] = total;
			total += plan(school).pupils();
		}
		this.pupils = total;
		if (total > nhsNumbers.capacity()) {
			throw new IllegalArgumentException(total + " pupils do not fit NHS number range " + nhsNumbers);
		}
	}

	public AcademicYear academicYear() {
		return this.year;
	}

	/** Pupils ever on roll in the year, over the whole catalogue. */
	public long pupilCount() {
		return this.pupils;
	}

	public RollPlan plan(School school) {
		List<RollPlan.YearGroup> groups = new ArrayList<>();
		int years = school.highestYear() - school.lowestYear() + 1;
		int hubPupils = (int) Math.round(school.inclusionHubPlaces() * this.fraction);
		for (int year = school.lowestYear(); year <= school.highestYear(); year++) {
			int i = year - school.lowestYear();
			int hub = (i + 1) * hubPupils / years - i * hubPupils / years;
			int regular = (int) Math.round(school.cohort(year) * this.fraction);
			SplittableRandom random = Draws.stream(this.seed, Purpose.ROLL, school.index(), year);
			double expectedJoiners = regular * PupilRates.JOINING_MID_YEAR;
			int joiners = (int) expectedJoiners + ((random.nextDouble() < expectedJoiners % 1) ? 1 : 0);
			groups.add(new RollPlan.YearGroup(year, regular + hub, hub, joiners));
		}
		return new RollPlan(school.lowestYear(), groups);
	}

	/**
	 * Every pupil on the school's roll at some time in the year, by year group and
	 * serial.
	 */
	public List<Pupil> pupils(School school) {
		RollPlan plan = plan(school);
		List<Pupil> pupils = new ArrayList<>(plan.pupils());
		long ordinal = this.nhsOffsets[school.index()];
		for (RollPlan.YearGroup group : plan.yearGroups()) {
			for (int serial = 0; serial < group.pupils(); serial++) {
				pupils.add(pupil(school, group, serial, ordinal++));
			}
		}
		return pupils;
	}

	private Pupil pupil(School school, RollPlan.YearGroup group, int serial, long ordinal) {
		if (serial > 999) {
			throw new IllegalStateException("more than 999 pupils in year " + group.year() + " at " + school.urn());
		}
		SplittableRandom random = Draws.stream(this.seed, Purpose.PUPIL, school.index(), group.year(), serial);
		int yearGroup = group.year();
		boolean joiner = serial >= group.atStart();
		boolean hub = serial < group.hub();
		Sex sex = (random.nextDouble() < PupilRates.MALE) ? Sex.M : Sex.F;
		LocalDate bornFrom = LocalDate.of(this.year.startYear() - 5 - yearGroup, 9, 1);
		LocalDate born = bornFrom.plusDays(random.nextInt(365));
		LocalDate admitted = joiner ? midYearDay(random) : admission(school, yearGroup, random);
		LocalDate left = (!joiner && random.nextDouble() < PupilRates.LEAVING_MID_YEAR) ? midYearDay(random) : null;
		Characteristics characteristics = characteristics(school, hub, random);
		String upn = upn(school, yearGroup, serial, joiner, random);
		return new Pupil(school.urn(), upn, this.nhsNumbers.forOrdinal(ordinal), PeopleNames.given(sex, random),
				PeopleNames.family(random), born, yearGroup, sex, admitted, left, characteristics, serial,
				Postcodes.near(school.locality(),
						Draws.stream(this.seed, Purpose.ADDRESS, school.index(), group.year(), serial)));
	}

	/**
	 * UPN: LA code, the issuing school's establishment number (taken to be this
	 * school's), the last two digits of the year the pupil started Reception, and the
	 * serial.
	 */
	private String upn(School school, int yearGroup, int serial, boolean joiner, SplittableRandom random) {
		int startedSchool = this.year.startYear() - yearGroup;
		double laDraw = random.nextDouble();
		String la = school.laCode();
		if (la.equals(SchoolCatalogue.DORSET_LA_CODE)) {
			if (joiner && laDraw < PupilRates.JOINER_FROM_ANOTHER_LA) {
				la = PupilRates.OTHER_LA_CODES[(int) (laDraw / PupilRates.JOINER_FROM_ANOTHER_LA
						* PupilRates.OTHER_LA_CODES.length)];
			}
			else if (startedSchool <= 2018) {
				// Dorset Council (838) replaced Dorset County (835) in April 2019.
				double d = random.nextDouble();
				la = (d < PupilRates.PRE_2019_FROM_POOLE) ? "836"
						: (d < PupilRates.PRE_2019_FROM_POOLE + PupilRates.PRE_2019_FROM_BOURNEMOUTH) ? "837" : "835";
			}
		}
		String last12 = la + school.establishmentNumber()
				+ String.format("%02d%03d", Math.floorMod(startedSchool, 100), serial);
		return Upn.withCheckLetter(last12).value();
	}

	private Characteristics characteristics(School school, boolean hub, SplittableRandom random) {
		String ethnicity = Ethnicity.pick(random.nextDouble());
		boolean grt = Ethnicity.GYPSY_ROMA_TRAVELLER.contains(ethnicity);
		double fsmRate = switch (school.phase()) {
			case SPECIAL -> PupilRates.FREE_SCHOOL_MEALS_SPECIAL;
			case ALTERNATIVE_PROVISION -> PupilRates.FREE_SCHOOL_MEALS_ALTERNATIVE_PROVISION;
			default -> PupilRates.FREE_SCHOOL_MEALS * PupilRates.FREE_SCHOOL_MEALS_BY_LOCALITY.get(school.locality());
		};
		if (grt) {
			fsmRate = Math.max(fsmRate, PupilRates.FREE_SCHOOL_MEALS_GYPSY_ROMA_TRAVELLER);
		}
		boolean fsm = random.nextDouble() < fsmRate;
		boolean lookedAfter = random.nextDouble() < PupilRates.LOOKED_AFTER;
		SenProvision sen = sen(school.phase(), hub, fsm, lookedAfter, random.nextDouble());
		double socialCare = given(fsm, PupilRates.FSM_RELATIVE_RISK_SOCIAL_CARE);
		boolean protectionPlan = !lookedAfter && random.nextDouble() < PupilRates.CHILD_PROTECTION_PLAN * socialCare;
		boolean inNeed = !lookedAfter && !protectionPlan && random.nextDouble() < PupilRates.CHILD_IN_NEED * socialCare;
		boolean socialWorker = lookedAfter || protectionPlan || inNeed
				|| random.nextDouble() < PupilRates.EVER_HAD_SOCIAL_WORKER_OTHERWISE * socialCare;
		boolean youngCarer = random.nextDouble() < PupilRates.YOUNG_CARER;
		return new Characteristics(fsm, sen, lookedAfter, inNeed, protectionPlan, socialWorker, ethnicity, youngCarer,
				hub);
	}

	private static SenProvision sen(Phase phase, boolean hub, boolean fsm, boolean lookedAfter, double draw) {
		double ehc;
		double support;
		if (hub) {
			return SenProvision.E;
		}
		if (phase == Phase.SPECIAL) {
			ehc = PupilRates.EHC_PLAN_SPECIAL;
			support = 1 - ehc;
		}
		else if (phase == Phase.ALTERNATIVE_PROVISION) {
			ehc = PupilRates.EHC_PLAN_ALTERNATIVE_PROVISION;
			support = PupilRates.SEN_SUPPORT_ALTERNATIVE_PROVISION;
		}
		else if (lookedAfter) {
			ehc = PupilRates.LOOKED_AFTER_EHC_PLAN;
			support = PupilRates.LOOKED_AFTER_SEN_SUPPORT;
		}
		else {
			double relative = given(fsm, PupilRates.FSM_RELATIVE_RISK_SEN);
			ehc = PupilRates.EHC_PLAN_MAINSTREAM * relative;
			support = PupilRates.SEN_SUPPORT * relative;
		}
		if (draw < ehc) {
			return SenProvision.E;
		}
		return (draw < ehc + support) ? SenProvision.K : SenProvision.N;
	}

	/**
	 * The factor on a rate for a pupil with or without FSM, so that the county rate stays
	 * as stated while FSM pupils carry {@code relativeRisk} times the risk of others.
	 */
	static double given(boolean fsm, double relativeRisk) {
		double f = PupilRates.FREE_SCHOOL_MEALS;
		double withoutFsm = 1 / (f * relativeRisk + 1 - f);
		return fsm ? relativeRisk * withoutFsm : withoutFsm;
	}

	private LocalDate admission(School school, int yearGroup, SplittableRandom random) {
		int entryYear = switch (school.phase()) {
			case SPECIAL -> school.lowestYear() + random.nextInt(yearGroup - school.lowestYear() + 1);
			case ALTERNATIVE_PROVISION -> yearGroup;
			default -> school.lowestYear();
		};
		LocalDate september = weekdayFrom(LocalDate.of(this.year.startYear() - (yearGroup - entryYear), 9, 1));
		if (school.phase() == Phase.ALTERNATIVE_PROVISION) {
			// Learning Centre places are short: admitted at some time in the past year.
			return weekdayFrom(september.minusDays(random.nextInt(365)));
		}
		return september;
	}

	private LocalDate midYearDay(SplittableRandom random) {
		LocalDate start = this.year.start();
		long span = ChronoUnit.DAYS.between(start.plusDays(MID_YEAR_FIRST_DAY), start.plusDays(MID_YEAR_LAST_DAY));
		return weekdayFrom(start.plusDays(MID_YEAR_FIRST_DAY + random.nextLong(span)));
	}

	private static LocalDate weekdayFrom(LocalDate date) {
		LocalDate d = date;
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

}
