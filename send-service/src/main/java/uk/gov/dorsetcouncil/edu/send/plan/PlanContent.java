package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.send.assessment.NeedType;

/**
 * What an EHC plan says, held as data where it is structured (SEND Regulations 2014 reg
 * 12): section B's primary and secondary need as school census SEN type codes, section
 * E's outcomes, sections F, G, H1 and H2's provision, section I's placement type, and the
 * text summaries of A, C, D, J and K.
 *
 * @param primaryNeed the need ranked 1 in the census
 * @param secondaryNeed the need ranked 2, or null
 * @param placement section I's kind of placement
 * @param bornOn the child's date of birth as the plan gives it, or null (SEN2 counts
 * plans by age)
 * @param locality the locality the child lives in, or null
 * @param outcomes section E, in the plan's order
 * @param provision sections F to H2, in the plan's order
 * @param summaries the text sections, by section
 */
public record PlanContent(NeedType primaryNeed, NeedType secondaryNeed, PlacementType placement, LocalDate bornOn,
		Locality locality, List<Outcome> outcomes, List<Provision> provision, Map<PlanSection, String> summaries) {

	/** The longest text a section, an outcome or a provision may hold. */
	static final int LONGEST_TEXT = 4000;

	/** The most hours a week one provision may specify: a whole school week and more. */
	static final double MOST_HOURS = 60;

	public PlanContent {
		outcomes = List.copyOf(outcomes);
		provision = List.copyOf(provision);
		summaries = Map.copyOf(summaries);
	}

	/** An outcome of section E: what the child should achieve, and by when if said. */
	public record Outcome(String text, LocalDate by) {
	}

	/** A provision of section F, G, H1 or H2, with its hours a week when specified. */
	public record Provision(PlanSection section, String description, Double hoursPerWeek) {
	}

	/** The sections as a caller wrote them. */
	public record Request(String primaryNeed, String secondaryNeed, String placementType, String bornOn,
			String locality, List<OutcomeRequest> outcomes, List<ProvisionRequest> provision,
			Map<String, String> summaries) {
	}

	/**
	 * The oldest a young person with a plan can be: s46, to the end of the year they are
	 * 25.
	 */
	static final int OLDEST = 26;

	public record OutcomeRequest(String text, String by) {
	}

	public record ProvisionRequest(String section, String description, Double hoursPerWeek) {
	}

	/**
	 * The content from what a caller wrote, every field checked at once; the problems are
	 * added to {@code violations} under {@code prefix} (for example {@code sections.}).
	 * @return the content, or null when anything is wrong
	 */
	public static PlanContent from(Request request, String prefix, LocalDate today, List<Violation> violations) {
		int before = violations.size();
		if (request == null) {
			violations.add(new Violation(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
					"the plan's sections are required"));
			return null;
		}
		NeedType primary = need(prefix + "primaryNeed", request.primaryNeed(), true, violations);
		NeedType secondary = need(prefix + "secondaryNeed", request.secondaryNeed(), false, violations);
		if (primary != null && primary == secondary) {
			violations.add(new Violation(prefix + "secondaryNeed",
					"the secondary need is another need than the primary (" + primary + ")"));
		}
		PlacementType placement = null;
		if (request.placementType() == null || request.placementType().isBlank()) {
			violations.add(new Violation(prefix + "placementType",
					"section I's placement type is required: " + Arrays.toString(PlacementType.values())));
		}
		else {
			placement = Arrays.stream(PlacementType.values())
				.filter(type -> type.name().equals(request.placementType()))
				.findFirst()
				.orElse(null);
			if (placement == null) {
				violations.add(new Violation(prefix + "placementType", "'" + shortened(request.placementType())
						+ "' is not one of " + Arrays.toString(PlacementType.values())));
			}
		}
		LocalDate bornOn = DateBounds.parse(prefix + "bornOn", request.bornOn(), violations);
		if (bornOn != null && (bornOn.isAfter(today) || bornOn.isBefore(today.minusYears(OLDEST)))) {
			violations.add(new Violation(prefix + "bornOn",
					"born " + bornOn + ", the child would be outside the ages plans are kept for, 0 to 25 (s46)"));
		}
		Locality locality = null;
		if (request.locality() != null) {
			locality = Arrays.stream(Locality.values())
				.filter(l -> l.name().equals(request.locality()))
				.findFirst()
				.orElse(null);
			if (locality == null) {
				violations.add(new Violation(prefix + "locality", "'" + shortened(request.locality())
						+ "' is not one of Dorset's localities " + Arrays.toString(Locality.values())));
			}
		}
		List<Outcome> outcomes = new ArrayList<>();
		List<OutcomeRequest> askedOutcomes = (request.outcomes() != null) ? request.outcomes() : List.of();
		for (int i = 0; i < askedOutcomes.size(); i++) {
			String field = prefix + "outcomes[" + i + "]";
			OutcomeRequest asked = askedOutcomes.get(i);
			if (asked == null) {
				violations.add(new Violation(field, "an outcome is an object with its text"));
				continue;
			}
			String text = text(field + ".text", asked.text(), true, violations);
			LocalDate by = DateBounds.parse(field + ".by", asked.by(), violations);
			outcomes.add(new Outcome(text, by));
		}
		List<Provision> provision = new ArrayList<>();
		List<ProvisionRequest> askedProvision = (request.provision() != null) ? request.provision() : List.of();
		for (int i = 0; i < askedProvision.size(); i++) {
			String field = prefix + "provision[" + i + "]";
			ProvisionRequest asked = askedProvision.get(i);
			if (asked == null) {
				violations.add(new Violation(field, "a provision is an object with its section and description"));
				continue;
			}
			PlanSection section = section(asked.section());
			if (section == null || !section.provision()) {
				violations.add(new Violation(field + ".section",
						"provision is specified in section F, G, H1 or H2 (reg 12(1)(f) to (h)), not '"
								+ shortened(String.valueOf(asked.section())) + "'"));
			}
			String description = text(field + ".description", asked.description(), true, violations);
			Double hours = asked.hoursPerWeek();
			if (hours != null && (hours.isNaN() || hours <= 0 || hours > MOST_HOURS)) {
				violations.add(new Violation(field + ".hoursPerWeek",
						"hours a week are more than 0 and at most " + (int) MOST_HOURS + ", not " + hours));
			}
			provision.add(new Provision(section, description, hours));
		}
		if (askedProvision.stream().noneMatch(p -> p != null && "F".equals(p.section()))) {
			violations.add(new Violation(prefix + "provision",
					"a plan specifies its special educational provision in section F (reg 12(1)(f))"));
		}
		Map<PlanSection, String> summaries = new EnumMap<>(PlanSection.class);
		Map<String, String> asked = (request.summaries() != null) ? request.summaries() : Map.of();
		for (Map.Entry<String, String> entry : new LinkedHashMap<>(asked).entrySet()) {
			PlanSection section = section(entry.getKey());
			String field = prefix + "summaries." + shortened(String.valueOf(entry.getKey()));
			if (section == null || !section.summary()) {
				violations.add(new Violation(field,
						"the text sections are A, C, D, J and K; B, E, F to H2 and I are held as data"));
				continue;
			}
			String text = text(field, entry.getValue(), false, violations);
			if (text != null) {
				summaries.put(section, text);
			}
		}
		if (violations.size() > before) {
			return null;
		}
		return new PlanContent(primary, secondary, placement, bornOn, locality, outcomes, provision, summaries);
	}

	/**
	 * The content as named fields with their values as text, for the plan's history: a
	 * change is a field whose text differs.
	 */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("primaryNeed", this.primaryNeed.name());
		fields.put("secondaryNeed", (this.secondaryNeed != null) ? this.secondaryNeed.name() : null);
		fields.put("placementType", this.placement.name());
		fields.put("bornOn", (this.bornOn != null) ? this.bornOn.toString() : null);
		fields.put("locality", (this.locality != null) ? this.locality.name() : null);
		for (int i = 0; i < this.outcomes.size(); i++) {
			Outcome outcome = this.outcomes.get(i);
			fields.put("outcomes[" + i + "]", outcome.text() + ((outcome.by() != null) ? " by " + outcome.by() : ""));
		}
		for (int i = 0; i < this.provision.size(); i++) {
			Provision p = this.provision.get(i);
			fields.put("provision[" + i + "]", p.section() + ": " + p.description()
					+ ((p.hoursPerWeek() != null) ? " (" + p.hoursPerWeek() + " h a week)" : ""));
		}
		for (PlanSection section : PlanSection.values()) {
			if (this.summaries.containsKey(section)) {
				fields.put("summaries." + section, this.summaries.get(section));
			}
		}
		return fields;
	}

	/**
	 * The census need for a code, refusing NSA: NSA (no specialist assessment) is valid
	 * only with provision K, SEN support, never with an EHC plan (E).
	 */
	static NeedType need(String field, String code, boolean required, List<Violation> violations) {
		if (code == null || code.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "a school census SEN type code is required (section B)"));
			}
			return null;
		}
		if ("NSA".equals(code)) {
			violations.add(new Violation(field,
					"NSA (no specialist assessment) goes only with SEN support (census provision K), never an EHC plan"));
			return null;
		}
		Optional<NeedType> need = NeedType.ofCode(code);
		if (need.isEmpty()) {
			violations.add(new Violation(field, "'" + shortened(code) + "' is not a school census SEN type: "
					+ Arrays.toString(NeedType.values()) + " (uppercase)"));
			return null;
		}
		return need.get();
	}

	private static PlanSection section(String name) {
		return Arrays.stream(PlanSection.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
	}

	private static String text(String field, String value, boolean required, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "a text is required"));
			}
			return null;
		}
		if (value.length() > LONGEST_TEXT) {
			violations.add(new Violation(field, "at most " + LONGEST_TEXT + " characters, not " + value.length()));
			return null;
		}
		return value.strip();
	}

	static String shortened(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
