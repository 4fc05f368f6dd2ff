package uk.gov.dorsetcouncil.edu.synthetic.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * Session registers. A pupil's marks for a day depend only on the seed, the pupil, the
 * day (and, for illness that began on an earlier day, the few days before it) and the "as
 * of" date, after which nothing is generated and before which the last week's unexplained
 * absences may still be {@code N}. So any register, day or pupil can be regenerated
 * alone, in any order.
 */
public final class Registers {

	/**
	 * Absences in the last week before "as of" whose reason is not yet known
	 * (assumption).
	 */
	static final int UNRESOLVED_DAYS = 7;

	static final double UNRESOLVED_SHARE = 0.4;

	private final long seed;

	private final LocalDate asOf;

	public Registers(long seed, LocalDate asOf) {
		this.seed = seed;
		this.asOf = asOf;
	}

	public LocalDate asOf() {
		return this.asOf;
	}

	/** The registers of one school, whose roll is {@code pupils}. */
	public SchoolRegisters of(School school, List<Pupil> pupils) {
		List<PupilModel> models = new ArrayList<>(pupils.size());
		for (Pupil pupil : pupils) {
			long key = pupilKey(school, pupil);
			AbsenceModel.Propensity propensity = AbsenceModel.propensity(school, pupil,
					Draws.stream(this.seed, Purpose.PROPENSITY, key));
			models.add(new PupilModel(pupil, key, propensity));
		}
		return new SchoolRegisters(school, models);
	}

	/**
	 * The pupil's propensity to be absent, as its registers are generated: other parts of
	 * the county (suspensions) follow the same pupils.
	 */
	public AbsenceModel.Propensity propensity(School school, Pupil pupil) {
		return AbsenceModel.propensity(school, pupil,
				Draws.stream(this.seed, Purpose.PROPENSITY, pupilKey(school, pupil)));
	}

	/**
	 * Each pupil's propensity to be absent as a multiple of the school's mean, capped at
	 * {@code cap}: the weight by which the models of suspensions and part-time timetables
	 * put them on the same pupils as poor attendance.
	 */
	public double[] relativePropensities(School school, List<Pupil> pupils, double cap) {
		double[] weights = new double[pupils.size()];
		double total = 0;
		for (int i = 0; i < pupils.size(); i++) {
			weights[i] = propensity(school, pupils.get(i)).rate();
			total += weights[i];
		}
		double mean = total / pupils.size();
		for (int i = 0; i < weights.length; i++) {
			weights[i] = Math.min(cap, weights[i] / mean);
		}
		return weights;
	}

	public static long pupilKey(School school, Pupil pupil) {
		return ((long) school.index() << 16) | ((long) (pupil.yearGroup() + 4) << 10) | pupil.serial();
	}

	/** One school's registers, ready to generate. */
	public final class SchoolRegisters {

		private final School school;

		private final List<PupilModel> pupils;

		SchoolRegisters(School school, List<PupilModel> pupils) {
			this.school = school;
			this.pupils = pupils;
		}

		/**
		 * Every mark from {@code from} to {@code to} (inclusive, and never after "as
		 * of"), day by day, morning register then afternoon, for the days {@code days}
		 * accepts and the pupils on roll each day.
		 */
		public Stream<SessionMark> marks(LocalDate from, LocalDate to, SchoolDays days) {
			LocalDate last = to.isAfter(Registers.this.asOf) ? Registers.this.asOf : to;
			if (last.isBefore(from)) {
				return Stream.empty();
			}
			return Stream.iterate(from, d -> !d.isAfter(last), d -> d.plusDays(1))
				.filter(d -> days.isSchoolDay(this.school.urn(), d))
				.flatMap(d -> day(d).stream());
		}

		/** One register: the marks of every pupil on roll for one session. */
		public List<SessionMark> register(LocalDate date, Session session) {
			return day(date).stream().filter(m -> m.session() == session).toList();
		}

		/** The morning then the afternoon marks of one day. */
		public List<SessionMark> day(LocalDate date) {
			List<SessionMark> am = new ArrayList<>(this.pupils.size());
			List<SessionMark> pm = new ArrayList<>(this.pupils.size());
			if (date.isAfter(Registers.this.asOf)) {
				return am;
			}
			String urn = this.school.urn();
			for (PupilModel model : this.pupils) {
				Pupil pupil = model.pupil();
				if (!pupil.onRoll(date)) {
					continue;
				}
				String[] codes = codes(model, date);
				am.add(new SessionMark(urn, pupil.upn(), date, Session.AM, codes[0]));
				pm.add(new SessionMark(urn, pupil.upn(), date, Session.PM, codes[1]));
			}
			am.addAll(pm);
			return am;
		}

		private String[] codes(PupilModel model, LocalDate date) {
			long day = date.toEpochDay();
			SplittableRandom random = Draws.stream(Registers.this.seed, Purpose.DAY, model.key(), day);
			double wholeDayDraw = random.nextDouble();
			double singleDraw = random.nextDouble();
			double whichSession = random.nextDouble();
			double reasonDraw = random.nextDouble();
			double lateDraw = random.nextDouble();
			double unresolvedDraw = random.nextDouble();
			double rate = model.propensity().rate();
			double illShare = model.illnessShare();
			double illToday = Math.min(0.9, rate * illShare * AbsenceModel.illnessSeason(date.getMonth()));
			double otherRate = rate * (1 - illShare) / (1 - illToday);
			String am;
			String pm;
			if (ill(model, day)) {
				am = "I";
				pm = "I";
			}
			else if (wholeDayDraw < otherRate * AbsenceModel.WHOLE_DAY_SHARE) {
				am = AbsenceReasons.wholeDay(model, reasonDraw);
				pm = am;
			}
			else if (singleDraw < 2 * otherRate * (1 - AbsenceModel.WHOLE_DAY_SHARE)) {
				boolean morning = whichSession < 0.5;
				String reason = AbsenceReasons.singleSession(morning, reasonDraw);
				am = morning ? reason : present(Session.AM, lateDraw);
				pm = morning ? "\\" : reason;
			}
			else {
				am = present(Session.AM, lateDraw);
				pm = "\\";
			}
			if (onVisit(model, day)) {
				am = isPresent(am) ? "V" : am;
				pm = isPresent(pm) ? "V" : pm;
			}
			long daysBeforeAsOf = ChronoUnit.DAYS.between(date, Registers.this.asOf);
			if (daysBeforeAsOf < UNRESOLVED_DAYS && unresolvedDraw < UNRESOLVED_SHARE) {
				am = AbsenceReasons.unresolved(am);
				pm = AbsenceReasons.unresolved(pm);
			}
			return new String[] { am, pm };
		}

		/**
		 * Ill today if an illness began on one of the last seven calendar days and lasts
		 * until today. Episodes begin at a rate that makes the expected share of days ill
		 * the pupil's illness propensity for the month.
		 */
		private boolean ill(PupilModel model, long day) {
			for (int back = 0; back < AbsenceModel.ILLNESS_LENGTH.length; back++) {
				long start = day - back;
				double startDraw = Draws.unit(Registers.this.seed, Purpose.ILLNESS_START, model.key(), start, 0);
				if (startDraw < model.illnessStartRate(LocalDate.ofEpochDay(start).getMonthValue())) {
					double lengthDraw = Draws.unit(Registers.this.seed, Purpose.ILLNESS_START, model.key(), start, 1);
					if (AbsenceReasons.illnessLength(lengthDraw) > back) {
						return true;
					}
				}
			}
			return false;
		}

		private boolean onVisit(PupilModel model, long day) {
			long yearGroupKey = ((long) this.school.index() << 8) | (model.pupil().yearGroup() + 4);
			return Draws.unit(Registers.this.seed, Purpose.SESSION, yearGroupKey, day,
					0) < AbsenceModel.EDUCATIONAL_VISIT;
		}

	}

	private static String present(Session session, double lateDraw) {
		if (session == Session.AM) {
			return (lateDraw < AbsenceModel.LATE) ? "L" : "/";
		}
		return "\\";
	}

	private static boolean isPresent(String code) {
		return code.equals("/") || code.equals("\\") || code.equals("L");
	}

	/** A pupil with its propensity and the illness start rate for each month. */
	record PupilModel(Pupil pupil, long key, AbsenceModel.Propensity propensity, double[] startRates) {

		PupilModel(Pupil pupil, long key, AbsenceModel.Propensity propensity) {
			this(pupil, key, propensity, startRates(propensity));
		}

		double illnessShare() {
			return this.propensity.disengaged() ? AbsenceModel.ILLNESS_SHARE_DISENGAGED : AbsenceModel.ILLNESS_SHARE;
		}

		double illnessStartRate(int month) {
			return this.startRates[month - 1];
		}

		boolean gypsyRomaOrTraveller() {
			return this.pupil.characteristics().gypsyRomaOrTraveller();
		}

		private static double[] startRates(AbsenceModel.Propensity propensity) {
			double share = propensity.disengaged() ? AbsenceModel.ILLNESS_SHARE_DISENGAGED : AbsenceModel.ILLNESS_SHARE;
			double[] rates = new double[12];
			for (java.time.Month month : java.time.Month.values()) {
				double ill = Math.min(0.9, propensity.rate() * share * AbsenceModel.illnessSeason(month));
				rates[month.ordinal()] = -Math.log(1 - ill) / AbsenceModel.MEAN_ILLNESS_LENGTH;
			}
			return rates;
		}

	}

}
