package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Exclusions and schools the domain tests share. */
public final class Exclusions {

	/** A school with Dorset's term dates and no INSET day held. */
	public static final String PLAIN = "990126";

	/**
	 * A school with INSET days on the first two days of the autumn term 2026, the Monday
	 * after half term and the first day of the spring term 2027.
	 */
	public static final String WITH_INSET = "990027";

	public static final DorsetCalendar CALENDAR = new DorsetCalendar(
			Map.of(WITH_INSET, Set.of(LocalDate.parse("2026-09-03"), LocalDate.parse("2026-09-04"),
					LocalDate.parse("2026-11-02"), LocalDate.parse("2027-01-04"))));

	static final Upn PUPIL = Upn.withCheckLetter("838200125001");

	private Exclusions() {
	}

	static Exclusion permanent(String urn, String start) {
		return new Exclusion(PUPIL.value() + "-1", PUPIL, urn, ExclusionType.PERMANENT_EXCLUSION,
				LocalDate.parse(start), null, List.of(ExclusionReason.PA), "Head", false, false, false, null, List.of(),
				"head@" + urn, Instant.parse("2026-09-01T08:00:00Z"));
	}

	static Exclusion suspension(String urn, String start, SuspensionLength length) {
		return new Exclusion(PUPIL.value() + "-1", PUPIL, urn, ExclusionType.SUSPENSION, LocalDate.parse(start), length,
				List.of(ExclusionReason.DB), "Head", false, false, false, null, List.of(), "head@" + urn,
				Instant.parse("2026-09-01T08:00:00Z"));
	}

	static Exclusion done(Exclusion exclusion, StepKind kind, String on, StepOutcome outcome) {
		List<Step> steps = new java.util.ArrayList<>(
				exclusion.steps().stream().filter(step -> step.kind() != kind).toList());
		steps.add(new Step(kind, kind.actor(), LocalDate.parse(on), LocalDate.parse(on), outcome));
		return exclusion.withSteps(steps);
	}

}
