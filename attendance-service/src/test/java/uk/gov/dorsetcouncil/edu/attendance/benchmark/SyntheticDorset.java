package uk.gov.dorsetcouncil.edu.attendance.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Ethnicity;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.SenProvision;
import uk.gov.dorsetcouncil.edu.attendance.roll.Sex;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A fictional Dorset year at full scale, the same every run (fixed seed): 159 schools in
 * six localities, 75,000 pupils with characteristics in roughly Dorset's proportions
 * (dorset-facts.md), and a mark for every school session of 2025/26 for each pupil on
 * roll. No real child or school is represented.
 */
final class SyntheticDorset {

	static final AcademicYear YEAR = new AcademicYear(2025);

	static final int SCHOOLS = 159;

	private final SplittableRandom random;

	final List<SchoolRow> schools = new ArrayList<>();

	final List<Pupil> pupils = new ArrayList<>();

	/** Per pupil, the share of possible sessions missed, skewed as absence is. */
	final double[] absenceRate;

	/** School days of the year, in order (no school closures). */
	final List<LocalDate> schoolDays = new ArrayList<>();

	record SchoolRow(String urn, String laestab, String name, Phase phase, Locality locality, int firstYear,
			int lastYear) {
	}

	SyntheticDorset(int pupilCount, long seed) {
		this.random = new SplittableRandom(seed);
		// Mostly primary-phase schools, as in Dorset; the last nine special schools and
		// AP.
		Phase[] phases = { Phase.FIRST, Phase.PRIMARY, Phase.PRIMARY, Phase.PRIMARY, Phase.MIDDLE, Phase.SECONDARY,
				Phase.UPPER };
		for (int i = 0; i < SCHOOLS; i++) {
			Phase phase = (i < 150) ? phases[i % phases.length]
					: (i < 156) ? Phase.SPECIAL : Phase.ALTERNATIVE_PROVISION;
			int[] years = switch (phase) {
				case FIRST -> new int[] { 0, 4 };
				case PRIMARY -> new int[] { 0, 6 };
				case MIDDLE -> new int[] { 5, 8 };
				case SECONDARY -> new int[] { 7, 11 };
				case UPPER -> new int[] { 9, 13 };
				default -> new int[] { 1, 11 };
			};
			String urn = String.valueOf(300000 + i);
			this.schools.add(new SchoolRow(urn, "838" + String.format("%04d", 2000 + i), "Synthetic School " + i, phase,
					Locality.values()[i % Locality.values().length], years[0], years[1]));
		}
		SchoolCalendar calendar = new SchoolCalendar(TermDates.dorset(), Set.of());
		for (LocalDate day = YEAR.firstDay(); !day.isAfter(YEAR.lastDay()); day = day.plusDays(1)) {
			if (calendar.isSchoolDay(day)) {
				this.schoolDays.add(day);
			}
		}
		this.absenceRate = new double[pupilCount];
		for (int p = 0; p < pupilCount; p++) {
			SchoolRow school = this.schools.get(schoolFor(p, pupilCount));
			int yearGroup = school.firstYear() + this.random.nextInt(school.lastYear() - school.firstYear() + 1);
			// Born between September and August of the cohort's school year.
			LocalDate dateOfBirth = LocalDate.of(YEAR.startYear() - 5 - yearGroup, 9, 1)
				.minusYears(1)
				.plusDays(this.random.nextInt(365));
			LocalDate admission = (this.random.nextInt(100) < 3)
					? this.schoolDays.get(this.random.nextInt(this.schoolDays.size())) : LocalDate.of(2021, 9, 1);
			LocalDate leaving = (this.random.nextInt(100) < 3)
					? this.schoolDays.get(this.random.nextInt(this.schoolDays.size())) : null;
			if (leaving != null && leaving.isBefore(admission)) {
				leaving = null;
			}
			Characteristics characteristics = new Characteristics(chance(21), sen(), chance(0.6), chance(3),
					chance(0.5), chance(10), ethnicity(), chance(2));
			this.pupils.add(new Pupil(upn(p), "Pupil", "Synthetic", dateOfBirth, yearGroup,
					this.random.nextBoolean() ? Sex.F : Sex.M, List.of(new Enrolment(school.urn(), admission, leaving)),
					characteristics, 0));
			double draw = this.random.nextDouble();
			this.absenceRate[p] = (draw < 0.78) ? 0.01 + 0.07 * this.random.nextDouble()
					: (draw < 0.97) ? 0.10 + 0.30 * this.random.nextDouble() : 0.50 + 0.40 * this.random.nextDouble();
		}
	}

	/**
	 * Pupils go to schools in order, so a stream carries one school's pupils together.
	 */
	static int schoolFor(int pupil, int pupilCount) {
		return (int) ((long) pupil * SCHOOLS / pupilCount);
	}

	/** Dorset's LA code, a fictional establishment and 2025, then a serial. */
	static Upn upn(int serial) {
		return Upn.withCheckLetter(
				"838" + String.format("%04d", serial / 1000) + "25" + String.format("%03d", serial % 1000));
	}

	/**
	 * The code a pupil gets for a session, drawn from the pupil's absence rate: absences
	 * mostly illness, then unauthorised and other authorised reasons.
	 */
	String code(int pupil, Session session, SplittableRandom sessionRandom) {
		if (sessionRandom.nextDouble() >= this.absenceRate[pupil]) {
			int late = sessionRandom.nextInt(50);
			return (late == 0) ? "L" : (session == Session.AM) ? "/" : "\\";
		}
		int reason = sessionRandom.nextInt(100);
		if (reason < 50) {
			return "I";
		}
		if (reason < 56) {
			return "M";
		}
		if (reason < 62) {
			return "C";
		}
		if (reason < 75) {
			return "O";
		}
		if (reason < 85) {
			return "G";
		}
		if (reason < 90) {
			return "U";
		}
		if (reason < 93) {
			return "N";
		}
		if (reason < 96) {
			return "E";
		}
		return "C2";
	}

	private boolean chance(double percent) {
		return this.random.nextDouble() * 100 < percent;
	}

	private SenProvision sen() {
		double draw = this.random.nextDouble() * 100;
		return (draw < 4) ? SenProvision.E : (draw < 17) ? SenProvision.K : SenProvision.N;
	}

	private Ethnicity ethnicity() {
		double draw = this.random.nextDouble() * 100;
		if (draw < 90) {
			return Ethnicity.WBRI;
		}
		if (draw < 90.5) {
			return Ethnicity.WROM;
		}
		if (draw < 90.8) {
			return Ethnicity.WIRT;
		}
		Ethnicity[] others = { Ethnicity.WOTH, Ethnicity.MWBC, Ethnicity.MWAS, Ethnicity.AIND, Ethnicity.BAFR,
				Ethnicity.CHNE, Ethnicity.OOTH, Ethnicity.NOBT };
		return others[this.random.nextInt(others.length)];
	}

}
