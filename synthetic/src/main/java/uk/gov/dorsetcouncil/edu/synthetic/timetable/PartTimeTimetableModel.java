package uk.gov.dorsetcouncil.edu.synthetic.timetable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.Registers;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * Part-time timetables of a school's pupils of compulsory school age (years 1 to 11).
 * Each pupil's chance in a year is its phase's rate times its weight among the school's
 * pupils, the weight being its propensity to be absent (the same draw its registers use),
 * so the pupils on part-time timetables are those with poor attendance. Rates are set so
 * that the county lands near Dorset's 244 pupils (end of 2022/23; dorset-facts), 99% of
 * them for over six weeks; where a figure has no source it says "assumption". The outcome
 * is checked at the dorset scale ({@code PartTimeTimetableModelTest}).
 */
public final class PartTimeTimetableModel {

	/**
	 * Timetables a year per pupil, by phase. Assumption: secondary pupils about four
	 * times primary, special schools as secondary; set to land near 244 a year.
	 */
	static final double PRIMARY_RATE = 0.0014;

	static final double SECONDARY_RATE = 0.0056;

	static final double SPECIAL_RATE = 0.0056;

	/** The weight of the most absent pupils is capped, as for exclusions. */
	static final double MAX_WEIGHT = 8.0;

	static final double SCHOOL_DAYS_A_YEAR = 190;

	/** Dorset 2022/23: 99% of pupils on a part-time timetable for over six weeks. */
	static final double OVER_SIX_WEEKS = 0.99;

	/** Assumption: two timetables in five are agreed with no end date. */
	static final double NO_END_DATE = 0.4;

	/** Assumption: a school keeps four reviews in five. */
	static final double REVIEW_KEPT = 0.8;

	/** Reviews every four weeks (assumption: the guidance says only "regularly"). */
	static final int REVIEW_EVERY_DAYS = 28;

	/** Reasons of the belonging service's table, and how often each (assumption). */
	static final String[] REASONS = { "MEDICAL_CONDITION", "REINTEGRATION_AFTER_ABSENCE",
			"REINTEGRATION_AFTER_EXCLUSION", "SPECIAL_EDUCATIONAL_NEEDS", "OTHER_EXCEPTIONAL" };

	static final double[] REASON_SHARE = { 0.3, 0.25, 0.15, 0.2, 0.1 };

	private final long seed;

	private final Registers registers;

	public PartTimeTimetableModel(long seed, Registers registers) {
		this.seed = seed;
		this.registers = registers;
	}

	/**
	 * The school's part-time timetables starting between {@code from} and {@code to}, on
	 * the days {@code days} accepts, earliest first; at most one a pupil.
	 */
	public List<GeneratedTimetable> of(School school, List<Pupil> pupils, LocalDate from, LocalDate to,
			SchoolDays days) {
		List<LocalDate> schoolDays = days.between(school.urn(), from, to);
		if (schoolDays.isEmpty() || pupils.isEmpty() || school.phase() == Phase.ALTERNATIVE_PROVISION) {
			return List.of();
		}
		double yearShare = Math.min(1.0, schoolDays.size() / SCHOOL_DAYS_A_YEAR);
		double[] weights = this.registers.relativePropensities(school, pupils, MAX_WEIGHT);
		List<GeneratedTimetable> all = new ArrayList<>();
		for (int i = 0; i < pupils.size(); i++) {
			Pupil pupil = pupils.get(i);
			if (pupil.yearGroup() < 1 || pupil.yearGroup() > 11) {
				continue;
			}
			SplittableRandom random = Draws.stream(this.seed, Purpose.PART_TIME_TIMETABLE,
					Registers.pupilKey(school, pupil));
			double rate = (school.phase() == Phase.SPECIAL) ? SPECIAL_RATE
					: (pupil.yearGroup() >= 7) ? SECONDARY_RATE : PRIMARY_RATE;
			if (random.nextDouble() >= rate * weights[i] * yearShare) {
				continue;
			}
			// Assumption: a timetable is rarely begun in the six weeks before the
			// period's end
			// (the summer term's last weeks), so those on one at the end have mostly been
			// on
			// it longer, as Dorset's 99% says.
			LocalDate lastStart = to.minusWeeks(6);
			List<LocalDate> onRoll = schoolDays.stream()
				.filter(pupil::onRoll)
				.filter(day -> !day.isAfter(lastStart))
				.toList();
			if (!onRoll.isEmpty()) {
				all.add(timetable(school, pupil, onRoll.get(random.nextInt(onRoll.size())), to, random));
			}
		}
		all.sort(Comparator.comparing(GeneratedTimetable::startDate).thenComparing(GeneratedTimetable::upn));
		return all;
	}

	private static GeneratedTimetable timetable(School school, Pupil pupil, LocalDate start, LocalDate to,
			SplittableRandom random) {
		// over six weeks: 7 to 30 weeks; else 2 to 6 weeks
		int weeks = (random.nextDouble() < OVER_SIX_WEEKS) ? 7 + random.nextInt(24) : 2 + random.nextInt(5);
		LocalDate plannedEnd = start.plusWeeks(weeks).minusDays(1);
		LocalDate end = (random.nextDouble() < NO_END_DATE) ? null : plannedEnd;
		LocalDate lastReview = (end != null) ? end : plannedEnd;
		List<LocalDate> reviews = new ArrayList<>();
		List<LocalDate> kept = new ArrayList<>();
		for (LocalDate review = start.plusDays(REVIEW_EVERY_DAYS); !review.isAfter(lastReview); review = review
			.plusDays(REVIEW_EVERY_DAYS)) {
			reviews.add(review);
			if (!review.isAfter(to) && random.nextDouble() < REVIEW_KEPT) {
				kept.add(review);
			}
		}
		if (reviews.isEmpty()) {
			reviews.add(start.plusDays(7));
		}
		double hours = 10 + random.nextInt(31) * 0.5;
		String reason = REASONS[Draws.pick(REASON_SHARE, random)];
		return new GeneratedTimetable(school.urn(), pupil.upn(), start, hours, reason,
				start.minusDays(1 + random.nextInt(5)), reviews, kept, end);
	}

}
