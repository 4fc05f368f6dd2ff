package uk.gov.dorsetcouncil.edu.synthetic.school;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;

/**
 * The fictional schools: Dorset's 159 across six localities, or about 22,000 for a day of
 * England. A school depends only on the seed and its place in the catalogue.
 */
public final class SchoolCatalogue {

	/** Dorset Council's LA code since April 2019 (dorset-facts). */
	public static final String DORSET_LA_CODE = "838";

	/**
	 * URNs 99xxxx for Dorset, 9xxxxx below that for England: no real establishment's URN
	 * is this high (GIAS URNs run to about 15xxxx; assumption, not checked against every
	 * record).
	 */
	static final int DORSET_FIRST_URN = 990001;

	static final int ENGLAND_FIRST_URN = 900001;

	/**
	 * Dorset's schools by phase and locality: 159 in all (dorset-facts). First, middle
	 * and upper schools sit in the north and east, where three-tier systems remain; the
	 * split is an assumption shaped on that.
	 */
	static final Map<Phase, int[]> DORSET_LAYOUT = layout();

	/**
	 * Share of schools that are academies, by phase (assumption; dorset-facts: "more
	 * academies than maintained").
	 */
	static final Map<Phase, Double> ACADEMY_SHARE = Map.of(Phase.FIRST, 0.62, Phase.PRIMARY, 0.62, Phase.MIDDLE, 0.85,
			Phase.SECONDARY, 0.9, Phase.UPPER, 0.9, Phase.ALL_THROUGH, 0.9, Phase.SPECIAL, 0.25,
			Phase.ALTERNATIVE_PROVISION, 0.0);

	/**
	 * The four inclusion hubs (SRPs) at mainstream schools (dorset-facts): which school
	 * hosts one, by phase and locality, and its places (places are an assumption).
	 */
	static final List<Placement> INCLUSION_HUBS = List.of(new Placement(Phase.PRIMARY, Locality.CHESIL, 16),
			new Placement(Phase.PRIMARY, Locality.WEST, 12), new Placement(Phase.SECONDARY, Locality.EAST, 20),
			new Placement(Phase.SECONDARY, Locality.NORTH, 16));

	/** The two free schools (dorset-facts): phase and locality (assumption). */
	static final List<Placement> FREE_SCHOOLS = List.of(new Placement(Phase.PRIMARY, Locality.EAST, 0),
			new Placement(Phase.SPECIAL, Locality.DORCHESTER, 0));

	/** Share of secondary schools with a sixth form (assumption). */
	static final double SIXTH_FORM_SHARE = 0.7;

	/**
	 * Spread of school size around the phase's mean: Dorset has many small village
	 * schools.
	 */
	static final double SIZE_SPREAD = 0.4;

	private SchoolCatalogue() {
	}

	/** Dorset's 159 schools. */
	public static List<School> dorset(long seed) {
		List<School> schools = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Map<Locality, Integer> placeCursor = new EnumMap<>(Locality.class);
		Map<String, Integer> establishmentCursor = new HashMap<>();
		for (Phase phase : Phase.values()) {
			int[] perLocality = DORSET_LAYOUT.get(phase);
			for (Locality locality : Locality.values()) {
				for (int n = 0; n < perLocality[locality.ordinal()]; n++) {
					int index = schools.size();
					SplittableRandom random = Draws.stream(seed, Purpose.SCHOOL, index);
					String place = place(phase, locality, n, placeCursor);
					String name = uniqueName(place, phase, random, names);
					Governance governance = governance(phase, locality, n, random);
					int hub = (n > 0) ? 0
							: INCLUSION_HUBS.stream()
								.filter(h -> h.phase() == phase && h.locality() == locality)
								.mapToInt(Placement::places)
								.sum();
					String laestab = DORSET_LA_CODE + establishmentNumber(phase, DORSET_LA_CODE, establishmentCursor);
					schools.add(school(index, Integer.toString(DORSET_FIRST_URN + index), laestab,
							name + governanceSuffix(phase, governance), phase, locality, governance, hub, random,
							CohortSizes.DORSET));
				}
			}
		}
		return List.copyOf(schools);
	}

	/**
	 * About 22,000 schools for one day of England: phases in England's proportions,
	 * spread over {@link EnglandLayout#LA_COUNT} LA codes. Each is given one of Dorset's
	 * localities (by its index) only so that it loads through the platform's API, which
	 * knows no others.
	 */
	public static List<School> england(long seed) {
		List<School> schools = new ArrayList<>(EnglandLayout.TOTAL);
		Map<String, Integer> establishmentCursor = new HashMap<>();
		for (Phase phase : Phase.values()) {
			int count = EnglandLayout.SCHOOLS.get(phase);
			for (int n = 0; n < count; n++) {
				int index = schools.size();
				SplittableRandom random = Draws.stream(seed, Purpose.SCHOOL, index);
				String laCode = EnglandLayout.laCode(index);
				Locality locality = Locality.values()[index % Locality.values().length];
				Governance governance = (random.nextDouble() < ACADEMY_SHARE.get(phase)) ? Governance.ACADEMY
						: Governance.MAINTAINED;
				String urn = Integer.toString(ENGLAND_FIRST_URN + index);
				String name = PlaceNames.DESCRIPTORS.get(random.nextInt(PlaceNames.DESCRIPTORS.size())) + " "
						+ phase.nameSuffix() + " " + urn;
				schools.add(school(index, urn, laCode + establishmentNumber(phase, laCode, establishmentCursor), name,
						phase, locality, governance, 0, random, CohortSizes.ENGLAND));
			}
		}
		return List.copyOf(schools);
	}

	private static School school(int index, String urn, String laestab, String name, Phase phase, Locality locality,
			Governance governance, int hubPlaces, SplittableRandom random, CohortSizes sizes) {
		int lowest = phase.lowestYear();
		int highest = phase.highestYear();
		if ((phase == Phase.SECONDARY || phase == Phase.UPPER) && random.nextDouble() >= SIXTH_FORM_SHARE) {
			highest = 11;
		}
		double schoolSize = (phase.mainstream())
				? Math.min(3, Math.exp(SIZE_SPREAD * random.nextGaussian() - SIZE_SPREAD * SIZE_SPREAD / 2))
				: 0.75 + 0.5 * random.nextDouble();
		List<Integer> cohorts = new ArrayList<>();
		for (int year = lowest; year <= highest; year++) {
			double yearVariation = 0.92 + 0.16 * random.nextDouble();
			cohorts.add(Math.max(1, (int) Math.round(sizes.mean(phase, year) * schoolSize * yearVariation)));
		}
		int roll = cohorts.stream().mapToInt(Integer::intValue).sum() + hubPlaces;
		double fill = 0.82 + 0.2 * random.nextDouble();
		int capacity = (int) (Math.ceil(roll / fill / 5.0) * 5);
		return new School(index, urn, laestab, name, phase, locality, governance, lowest, highest, capacity, hubPlaces,
				cohorts);
	}

	private static String place(Phase phase, Locality locality, int n, Map<Locality, Integer> cursor) {
		List<String> places = PlaceNames.PLACES.get(locality);
		if (phase != Phase.FIRST && phase != Phase.PRIMARY) {
			// Larger schools sit in the towns, which come first in each list.
			return places.get(n % 3);
		}
		int next = cursor.merge(locality, 1, Integer::sum) - 1;
		return places.get(next % places.size());
	}

	private static String uniqueName(String place, Phase phase, SplittableRandom random, Set<String> names) {
		int start = random.nextInt(PlaceNames.DESCRIPTORS.size());
		for (int i = 0; i < PlaceNames.DESCRIPTORS.size(); i++) {
			String name = place + " " + PlaceNames.DESCRIPTORS.get((start + i) % PlaceNames.DESCRIPTORS.size());
			if (names.add(name)) {
				return name;
			}
		}
		throw new IllegalStateException("ran out of school names for " + place);
	}

	private static Governance governance(Phase phase, Locality locality, int n, SplittableRandom random) {
		boolean free = n == 0 && FREE_SCHOOLS.stream().anyMatch(f -> f.phase() == phase && f.locality() == locality);
		if (free) {
			return Governance.FREE_SCHOOL;
		}
		return (random.nextDouble() < ACADEMY_SHARE.get(phase)) ? Governance.ACADEMY : Governance.MAINTAINED;
	}

	private static String governanceSuffix(Phase phase, Governance governance) {
		if (phase == Phase.SECONDARY && governance == Governance.MAINTAINED) {
			return " School";
		}
		if ((phase == Phase.PRIMARY || phase == Phase.FIRST) && governance != Governance.MAINTAINED) {
			return " " + phase.nameSuffix().replace("School", "Academy");
		}
		return " " + phase.nameSuffix();
	}

	/**
	 * Conventional establishment-number ranges (2xxx primary, 4xxx secondary, 7xxx
	 * special, 1xxx PRU/AP; domain-rules 8.3 says they are not confirmed), taken from the
	 * high end of each range to stay clear of real schools (assumption).
	 */
	private static String establishmentNumber(Phase phase, String laCode, Map<String, Integer> cursor) {
		int base = switch (phase) {
			case FIRST, PRIMARY -> 2800;
			case MIDDLE, SECONDARY, UPPER, ALL_THROUGH -> 4800;
			case SPECIAL -> 7800;
			case ALTERNATIVE_PROVISION -> 1800;
		};
		int next = cursor.merge(laCode + ":" + base, 1, Integer::sum) - 1;
		if (next >= 1000) {
			throw new IllegalStateException("too many " + phase + " schools in LA " + laCode);
		}
		return Integer.toString(base + next);
	}

	private static Map<Phase, int[]> layout() {
		Map<Phase, int[]> layout = new EnumMap<>(Phase.class);
		// NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK
		layout.put(Phase.FIRST, new int[] { 12, 0, 0, 0, 14, 0 });
		layout.put(Phase.PRIMARY, new int[] { 18, 20, 16, 18, 8, 12 });
		layout.put(Phase.MIDDLE, new int[] { 3, 0, 0, 0, 4, 0 });
		layout.put(Phase.SECONDARY, new int[] { 2, 3, 2, 3, 2, 3 });
		layout.put(Phase.UPPER, new int[] { 2, 0, 0, 0, 2, 0 });
		layout.put(Phase.ALL_THROUGH, new int[] { 0, 1, 1, 1, 0, 0 });
		layout.put(Phase.SPECIAL, new int[] { 1, 2, 1, 1, 2, 1 });
		layout.put(Phase.ALTERNATIVE_PROVISION, new int[] { 1, 1, 1, 0, 1, 0 });
		return layout;
	}

	/** A school of a phase in a locality, and places (for a hub). */
	record Placement(Phase phase, Locality locality, int places) {
	}

}
