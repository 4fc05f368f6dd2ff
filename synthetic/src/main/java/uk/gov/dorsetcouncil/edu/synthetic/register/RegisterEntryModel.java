package uk.gov.dorsetcouncil.edu.synthetic.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.SenProvision;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * Children on the registers officers keep (ADR 0030), drawn from the same pupils whose
 * registers are generated and weighted, as exclusions are, by their propensity to be
 * absent: a child who leaves for home education or goes missing has usually been absent a
 * lot first. Two registers:
 * <ul>
 * <li>elective home education: Dorset's 664 registered children (dorset-facts) among
 * about 76,500 pupils, so about 0.87 in 100 a year at the dorset scale, opened from a
 * notice given while on roll;</li>
 * <li>children missing education: a share of the mid-year leavers whose deletion return
 * gives no destination (assumption: one leaver in ten, about 0.3 in 100 pupils a year,
 * the order of the national CME figures), opened by belonging from attendance's
 * roll.</li>
 * </ul>
 * Checked at the dorset scale ({@code RegisterEntryModelTest}).
 */
public final class RegisterEntryModel {

	/**
	 * EHE notices a year per pupil in Y1 to Y11: Dorset's 664 (dorset-facts) over about
	 * 60,000 such pupils of its 76,500 (assumption); the phase factors and the weight's
	 * cap keep the mean near it (seed 2026 at the dorset scale: about 665).
	 */
	static final double HOME_EDUCATION = 664.0 / 60_000;

	/**
	 * Assumption: secondary pupils leave for home education about twice as often as
	 * primary (the national pattern of EHE by age), the rates set to keep the county's
	 * mean.
	 */
	static final double SECONDARY_FACTOR = 1.4;

	static final double PRIMARY_FACTOR = 0.7;

	/** Assumption: one mid-year leaver in ten leaves no known destination. */
	static final double MISSING_SHARE_OF_LEAVERS = 0.1;

	/**
	 * The weight of the most absent pupils is capped, so no pupil takes a school's share.
	 */
	static final double MAX_WEIGHT = 8.0;

	/** Assumption: the officer opens an EHE entry within a week of the notice. */
	static final int OPENED_WITHIN_DAYS = 7;

	private final long seed;

	private final Registers registers;

	public RegisterEntryModel(long seed, Registers registers) {
		this.seed = seed;
		this.registers = registers;
	}

	/**
	 * The school's children who leave for home education or go missing between
	 * {@code from} and {@code to} (never after the registers' as-of day, since an entry
	 * is opened once it has happened), earliest first.
	 */
	public List<GeneratedRegisterEntry> of(School school, List<Pupil> pupils, LocalDate from, LocalDate to) {
		LocalDate last = to.isAfter(this.registers.asOf()) ? this.registers.asOf() : to;
		if (pupils.isEmpty() || last.isBefore(from) || school.phase() == Phase.ALTERNATIVE_PROVISION) {
			return List.of();
		}
		double[] weights = new double[pupils.size()];
		double total = 0;
		for (int i = 0; i < pupils.size(); i++) {
			weights[i] = this.registers.propensity(school, pupils.get(i)).rate();
			total += weights[i];
		}
		double mean = total / pupils.size();
		double yearShare = Math.min(1.0, (last.toEpochDay() - from.toEpochDay() + 1) / 365.0);
		List<GeneratedRegisterEntry> all = new ArrayList<>();
		for (int i = 0; i < pupils.size(); i++) {
			Pupil pupil = pupils.get(i);
			if (pupil.yearGroup() < 1 || pupil.yearGroup() > 11) {
				continue;
			}
			double weight = Math.min(MAX_WEIGHT, weights[i] / mean);
			SplittableRandom random = Draws.stream(this.seed, Purpose.OFFICER_REGISTER,
					Registers.pupilKey(school, pupil));
			boolean plan = pupil.characteristics().senProvision() == SenProvision.E;
			if (missing(pupil, weightOf(school, pupil), random)) {
				all.add(new GeneratedRegisterEntry(GeneratedRegisterEntry.MISSING_EDUCATION, school.urn(), pupil.upn(),
						pupil.leavingDate(), pupil.leavingDate(), school.phase() == Phase.SPECIAL, plan));
				continue;
			}
			double factor = (pupil.yearGroup() >= 7) ? SECONDARY_FACTOR : PRIMARY_FACTOR;
			if (random.nextDouble() < HOME_EDUCATION * factor * weight * yearShare) {
				LocalDate start = (pupil.admissionDate().isAfter(from)) ? pupil.admissionDate() : from;
				LocalDate end = (pupil.leavingDate() != null && pupil.leavingDate().isBefore(last))
						? pupil.leavingDate() : last;
				if (end.isBefore(start)) {
					continue;
				}
				LocalDate notice = start.plusDays(random.nextLong(end.toEpochDay() - start.toEpochDay() + 1));
				LocalDate opened = notice.plusDays(random.nextInt(OPENED_WITHIN_DAYS + 1));
				all.add(new GeneratedRegisterEntry(GeneratedRegisterEntry.HOME_EDUCATION, school.urn(), pupil.upn(),
						notice, opened.isAfter(last) ? last : opened, school.phase() == Phase.SPECIAL, plan));
			}
		}
		all.sort(java.util.Comparator.comparing(GeneratedRegisterEntry::date)
			.thenComparing(GeneratedRegisterEntry::upn));
		return all;
	}

	/**
	 * Whether the pupil, a mid-year leaver, leaves no known destination: the deletion
	 * return the school sends then opens a CME entry. The same draw whoever asks, so the
	 * roll's deletion return and this register agree.
	 */
	public boolean leavesNoDestination(School school, Pupil pupil) {
		if (pupil.leavingDate() == null) {
			return false;
		}
		double weight = weightOf(school, pupil);
		return missing(pupil, weight,
				Draws.stream(this.seed, Purpose.OFFICER_REGISTER, Registers.pupilKey(school, pupil)));
	}

	private double weightOf(School school, Pupil pupil) {
		// The pupil's own propensity against the phase's typical one: a cheap stand-in
		// for the school's mean, which needs every pupil.
		return Math.min(MAX_WEIGHT, this.registers.propensity(school, pupil).rate() / typicalRate(school));
	}

	private static double typicalRate(School school) {
		return (school.phase() == Phase.SPECIAL) ? 0.12 : 0.06;
	}

	private static boolean missing(Pupil pupil, double weight, SplittableRandom random) {
		return pupil.leavingDate() != null && random.nextDouble() < Math.min(1.0, MISSING_SHARE_OF_LEAVERS * weight);
	}

}
