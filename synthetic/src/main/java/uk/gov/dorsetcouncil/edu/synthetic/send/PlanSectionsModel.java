package uk.gov.dorsetcouncil.edu.synthetic.send;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;

/**
 * What an EHC plan says, as a SEND caseworker would record its sections: section B's
 * primary and secondary need with a mix near England's plans by primary need (the
 * assessment model's shares), section I's placement with about 40% in specialist
 * provision (Dorset, January 2024: dorset-facts), the child's date of birth and locality,
 * two to four outcomes and the provision in F (always) and G (one plan in three). Each
 * plan's draws are its own (by UPN), so adding plans changes no other plan. Shares with
 * no source say "assumption".
 */
public final class PlanSectionsModel {

	/** Section I's kinds of placement, as the send service names them. */
	static final String[] PLACEMENTS = { "MAINSTREAM", "INCLUSION_HUB_OR_RESOURCED_PROVISION", "SPECIAL_SCHOOL",
			"INDEPENDENT_OR_NON_MAINTAINED_SPECIAL_SCHOOL", "POST_16", "EOTAS" };

	/**
	 * Their shares: the three specialist kinds add up to 0.40 (Dorset: about 40% of plans
	 * in specialist provision); the split between them, post-16 and EOTAS are an
	 * assumption.
	 */
	static final double[] PLACEMENT_SHARE = { 0.52, 0.06, 0.26, 0.08, 0.06, 0.02 };

	/** Assumption: half of plans record a secondary need. */
	static final double SECONDARY_NEED = 0.5;

	/** Assumption: a third of plans specify health care provision in section G. */
	static final double HEALTH_PROVISION = 1.0 / 3;

	private static final String[] OUTCOMES = { "Takes part in a small-group conversation without adult prompts",
			"Reads and follows a visual timetable on their own", "Travels to school with a peer",
			"Manages their own medical routine with one reminder", "Writes a paragraph using a word bank",
			"Asks an adult for help when overwhelmed" };

	private static final String[] SUPPORT = { "Speech and language therapy programme delivered by a trained assistant",
			"Small-group teaching for literacy and numeracy", "Daily emotional check-in with a key adult",
			"Occupational therapy advice built into the school day", "Teaching assistant support in lessons" };

	private final long seed;

	public PlanSectionsModel(long seed) {
		this.seed = seed;
	}

	/**
	 * The sections of the plan of the child {@code upn}, born {@code bornOn}, living in
	 * {@code locality}, as the body of {@code PUT /api/v1/send/ehc-plans/{upn}/sections}.
	 * @param namesSchool whether the plan names a school: then its placement is never
	 * education otherwise than in a school (Children and Families Act 2014 s61), which
	 * becomes mainstream
	 */
	public Map<String, Object> sections(String upn, LocalDate bornOn, String locality, boolean namesSchool,
			LocalDate today) {
		SplittableRandom random = Draws.stream(this.seed, Purpose.EHC_PLAN, upn.hashCode());
		String primary = AssessmentModel.NEEDS[Draws.pick(AssessmentModel.NEED_SHARE, random)];
		String secondary = null;
		if (random.nextDouble() < SECONDARY_NEED) {
			String drawn = AssessmentModel.NEEDS[Draws.pick(AssessmentModel.NEED_SHARE, random)];
			secondary = drawn.equals(primary) ? null : drawn;
		}
		String placement = PLACEMENTS[Draws.pick(PLACEMENT_SHARE, random)];
		if (namesSchool && placement.equals("EOTAS")) {
			placement = "MAINSTREAM";
		}
		List<Map<String, Object>> outcomes = new ArrayList<>();
		int count = 2 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			Map<String, Object> outcome = new LinkedHashMap<>();
			outcome.put("text", OUTCOMES[random.nextInt(OUTCOMES.length)]);
			outcome.put("by", LocalDate.of(today.getYear() + 1, 7, 20).toString());
			outcomes.add(outcome);
		}
		List<Map<String, Object>> provision = new ArrayList<>();
		Map<String, Object> education = new LinkedHashMap<>();
		education.put("section", "F");
		education.put("description", SUPPORT[random.nextInt(SUPPORT.length)]);
		education.put("hoursPerWeek", (double) (1 + random.nextInt(20)));
		provision.add(education);
		if (random.nextDouble() < HEALTH_PROVISION) {
			Map<String, Object> health = new LinkedHashMap<>();
			health.put("section", "G");
			health.put("description", "Annual review of needs by the community paediatrician");
			provision.add(health);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("primaryNeed", primary);
		body.put("secondaryNeed", secondary);
		body.put("placementType", placement);
		body.put("bornOn", (bornOn != null) ? bornOn.toString() : null);
		body.put("locality", locality);
		body.put("outcomes", outcomes);
		body.put("provision", provision);
		body.put("summaries", Map.of("A", "What matters to the child and family, in their words"));
		return body;
	}

}
