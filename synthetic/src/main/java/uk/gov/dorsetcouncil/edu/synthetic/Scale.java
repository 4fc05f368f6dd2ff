package uk.gov.dorsetcouncil.edu.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.NhsNumbers;
import uk.gov.dorsetcouncil.edu.synthetic.school.Locality;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.school.SchoolCatalogue;

/**
 * How much to generate: which schools, what share of each year group, and the registers'
 * dates ({@code from} to {@code to}; unexplained absences in the week before {@code to}
 * may still be unresolved, N).
 */
public record Scale(String name, LongFunction<List<School>> schools, double fraction, AcademicYear year, LocalDate from,
		LocalDate to, NhsNumbers nhsNumbers) {

	/**
	 * Like the local run's demo: one primary school and one other school in each locality
	 * (four secondaries, a special school, a Learning Centre), a tenth of each year group
	 * (about 750 pupils), registers from 1 September to 20 November 2026.
	 */
	public static final Scale DEMO = new Scale("demo", Scale::demoSchools, 0.1, new AcademicYear(2026),
			LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 20), NhsNumbers.TEST_RANGE);

	/**
	 * The county: 159 schools, about 75,000 pupils, registers for the whole of 2025/26.
	 */
	public static final Scale DORSET = dorset(1.0);

	/** The county in the autumn term of 2026/27. */
	public static final Scale DORSET_AUTUMN_2026 = new Scale("dorset-autumn-2026", SchoolCatalogue::dorset, 1.0,
			new AcademicYear(2026), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18), NhsNumbers.TEST_RANGE);

	/**
	 * One day of England: about 22,000 schools and 9 million pupils, registers for
	 * Tuesday 20 January 2026. Stream it; do not collect it.
	 */
	public static final Scale ENGLAND_DAY = englandDay(1.0);

	public static final List<Scale> NAMED = List.of(DEMO, DORSET, DORSET_AUTUMN_2026, ENGLAND_DAY);

	/** The county's 159 schools with {@code fraction} of each year group, for 2025/26. */
	public static Scale dorset(double fraction) {
		return new Scale((fraction == 1.0) ? "dorset" : "dorset-" + fraction, SchoolCatalogue::dorset, fraction,
				new AcademicYear(2025), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 31), NhsNumbers.TEST_RANGE);
	}

	/** England's schools with {@code fraction} of each year group, for one day. */
	public static Scale englandDay(double fraction) {
		LocalDate day = LocalDate.of(2026, 1, 20);
		return new Scale((fraction == 1.0) ? "england-day" : "england-day-" + fraction, SchoolCatalogue::england,
				fraction, new AcademicYear(2025), day, day, NhsNumbers.ENGLAND_DAY);
	}

	public static Scale named(String name) {
		return NAMED.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"no scale '" + name + "'; choose one of " + NAMED.stream().map(Scale::name).toList()));
	}

	/**
	 * Restricts this scale to some of its schools (the rest of the catalogue is
	 * unchanged).
	 */
	public Scale withSchools(String name, java.util.function.Predicate<School> keep) {
		LongFunction<List<School>> all = this.schools;
		return new Scale(name, seed -> all.apply(seed).stream().filter(keep).toList(), this.fraction, this.year,
				this.from, this.to, this.nhsNumbers);
	}

	private static List<School> demoSchools(long seed) {
		List<School> all = SchoolCatalogue.dorset(seed);
		List<Phase> others = List.of(Phase.SECONDARY, Phase.SECONDARY, Phase.ALTERNATIVE_PROVISION, Phase.SECONDARY,
				Phase.SPECIAL, Phase.SECONDARY);
		List<Locality> localities = List.of(Locality.NORTH, Locality.CHESIL, Locality.DORCHESTER, Locality.WEST,
				Locality.EAST, Locality.PURBECK);
		java.util.ArrayList<School> chosen = new java.util.ArrayList<>();
		for (int i = 0; i < localities.size(); i++) {
			Locality locality = localities.get(i);
			Phase other = others.get(i);
			all.stream()
				.filter(s -> s.locality() == locality && s.phase() == Phase.PRIMARY)
				.findFirst()
				.ifPresent(chosen::add);
			all.stream().filter(s -> s.locality() == locality && s.phase() == other).findFirst().ifPresent(chosen::add);
		}
		return List.copyOf(chosen);
	}

}
