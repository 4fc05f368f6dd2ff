package uk.gov.dorsetcouncil.edu.synthetic.school;

import java.util.EnumMap;
import java.util.Map;

/**
 * England's state-funded schools by phase for the england-day scale: about 22,000 in all,
 * in roughly the proportions of the DfE's "Schools, pupils and their characteristics"
 * (assumption: shares rounded from memory, not from a stored source).
 */
final class EnglandLayout {

	static final Map<Phase, Integer> SCHOOLS = new EnumMap<>(
			Map.of(Phase.FIRST, 300, Phase.PRIMARY, 16_400, Phase.MIDDLE, 100, Phase.SECONDARY, 3_350, Phase.UPPER, 50,
					Phase.ALL_THROUGH, 450, Phase.SPECIAL, 1_000, Phase.ALTERNATIVE_PROVISION, 350));

	static final int TOTAL = SCHOOLS.values().stream().mapToInt(Integer::intValue).sum();

	/** Number of LA codes the schools are spread over (England has about 150 LAs). */
	static final int LA_COUNT = 150;

	/**
	 * LA codes 800 to 949: valid UPN issuing codes (domain-rules 8.1 needs 201 or more).
	 */
	static String laCode(int schoolIndex) {
		return Integer.toString(800 + schoolIndex % LA_COUNT);
	}

	private EnglandLayout() {
	}

}
