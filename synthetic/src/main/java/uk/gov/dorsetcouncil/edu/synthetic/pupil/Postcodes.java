package uk.gov.dorsetcouncil.edu.synthetic.pupil;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.school.Locality;

/**
 * A fictional home postcode near the pupil's school: a real outward code (postcode
 * district) of the school's locality and a made-up inward code of the Royal Mail's shape
 * (a digit and two letters, never C, I, K, M, O or V). The address behind it is not a
 * real one; the district only makes a search by postcode behave as it would in Dorset.
 */
public final class Postcodes {

	/** Postcode districts of each locality's towns (Royal Mail), most pupils first. */
	static final Map<Locality, List<String>> DISTRICTS = Map.of(Locality.NORTH, List.of("SP7", "SP8", "DT10", "DT11"),
			Locality.CHESIL, List.of("DT3", "DT4", "DT5"), Locality.DORCHESTER, List.of("DT1", "DT2"), Locality.WEST,
			List.of("DT6", "DT7", "DT8"), Locality.EAST, List.of("BH21", "BH22", "BH31"), Locality.PURBECK,
			List.of("BH19", "BH20"));

	private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	private Postcodes() {
	}

	/** A postcode in one of the locality's districts, from the pupil's own draws. */
	public static String near(Locality locality, SplittableRandom random) {
		List<String> districts = DISTRICTS.get(locality);
		String district = districts.get(random.nextInt(districts.size()));
		return district + " " + (1 + random.nextInt(9)) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
				+ INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
	}

}
