package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides eligibility from measured {@link Circumstances}: every rule is tried and says
 * what it found; the first rule met gives the decision. An eligibility decided earlier in
 * the same academic year continues to its end when no rule is met now (guidance 2024 para
 * 35: a birthday or a change of income mid-year does not end it). Where a rule cannot be
 * judged (a distance or an EHC plan status unknown) and no other rule is met, the
 * decision waits: never a wrong answer.
 */
public final class EligibilityRules {

	/**
	 * Extended rights from 11: one of the three nearest suitable schools (Sch 35B para
	 * 13).
	 */
	static final int NEAREST_SCHOOLS_COMPARED = 3;

	private EligibilityRules() {
	}

	public static Ruling decide(Circumstances c) {
		if (c.distanceUnavailable() != null) {
			if (c.earlier().isPresent()) {
				return continued(c, List.of());
			}
			return pending(PendingReason.DISTANCE_UNAVAILABLE, c.distanceUnavailable(), List.of());
		}
		Optional<ComparedSchool> found = c.attended();
		if (found.isEmpty()) {
			if (!c.ehcPlan().known()) {
				return pending(PendingReason.EHC_PLAN_STATUS_UNAVAILABLE,
						"school " + c.schoolUrn() + " is not a suitable mainstream school for the child; an EHC plan "
								+ "naming it would make it so, and send-service could not be asked: "
								+ c.ehcPlan().detail(),
						List.of());
			}
			return notEligible(List.of(new Finding(EligibilityRule.STATUTORY_WALKING_DISTANCE, false, "school "
					+ c.schoolUrn()
					+ " is not a suitable school for the child (it does not teach the child's year group, has no place, "
					+ "or is a special school no EHC plan names), so no rule gives travel to it")));
		}
		ComparedSchool attended = found.get();
		ComparedSchool nearest = nearestSuitable(c);
		boolean isNearest = nearest.urn().equals(attended.urn());
		String where = isNearest ? nearestWords(c, attended)
				: ordinal(attended.order()) + " nearest suitable school; the nearest is " + nearest.name() + " ("
						+ nearest.urn() + ") at " + miles(nearest.walkingMetres()) + " miles";
		DistanceLimit walkingLimit = DistanceLimit.statutoryWalking(c.age());
		boolean beyondWalking = walkingLimit.beyond(attended.walkingMetres());
		List<Finding> findings = new ArrayList<>();
		List<Pending> pending = new ArrayList<>();

		// Sch 35B para 2/5: beyond statutory walking distance of the nearest suitable
		// school.
		findings.add(new Finding(EligibilityRule.STATUTORY_WALKING_DISTANCE, isNearest && beyondWalking,
				attended.name() + " is the " + where + "; the walking route is " + miles(attended.walkingMetres())
						+ " miles, " + (beyondWalking ? "beyond" : "within") + " the " + walkingLimit.miles()
						+ "-mile statutory walking distance for a child aged " + c.age()));

		// Sch 35B para 3/6: SEN, disability or mobility, whatever the distance.
		if (c.mobilityNeed()) {
			findings.add(new Finding(EligibilityRule.SEN_DISABILITY_MOBILITY, isNearest,
					isNearest
							? "the child cannot reasonably be expected to walk to the nearest suitable school "
									+ "(need and evidence recorded)"
							: "a need is recorded, but " + attended.name() + " is the " + where));
			if (!isNearest && !c.ehcPlan().known()) {
				pending.add(new Pending(PendingReason.EHC_PLAN_STATUS_UNAVAILABLE,
						"an EHC plan naming the school would make it the suitable school; send-service could not be asked: "
								+ c.ehcPlan().detail()));
			}
		}
		else {
			findings.add(new Finding(EligibilityRule.SEN_DISABILITY_MOBILITY, false,
					"no special educational need, disability or mobility problem recorded that prevents walking"));
		}

		// Sch 35B para 4/7: within walking distance, on a route assessed unsafe.
		findings.add(unsafeRoute(c, attended, isNearest, beyondWalking, where, pending));

		// Sch 35B paras 9-14: extended rights for low-income families.
		findings.addAll(extendedRights(c, attended, isNearest, where, pending));

		return findings.stream()
			.filter(Finding::met)
			.findFirst()
			.map(met -> new Ruling(Outcome.ELIGIBLE, met.rule(), null, null, c.endOfYear(), findings))
			.orElseGet(() -> {
				if (c.earlier().isPresent()) {
					return continued(c, findings);
				}
				if (!pending.isEmpty()) {
					return pending(pending.get(0).reason(), pending.get(0).detail(), findings);
				}
				return notEligible(findings);
			});
	}

	private static Finding unsafeRoute(Circumstances c, ComparedSchool attended, boolean isNearest,
			boolean beyondWalking, String where, List<Pending> pending) {
		if (!isNearest) {
			return new Finding(EligibilityRule.UNSAFE_ROUTE, false, attended.name() + " is the " + where);
		}
		if (beyondWalking) {
			return new Finding(EligibilityRule.UNSAFE_ROUTE, false,
					"beyond statutory walking distance: the route's safety does not decide");
		}
		if (attended.walkingSections() == null) {
			if (!c.unsafeSections().isEmpty()) {
				pending.add(new Pending(PendingReason.ROUTE_SECTIONS_UNKNOWN,
						"sections on the way to " + attended.name() + " are assessed unsafe ("
								+ String.join(", ", c.unsafeSections().stream().map(RouteAssessment::section).toList())
								+ ") and the provider did not say which sections the walking route takes"));
				return new Finding(EligibilityRule.UNSAFE_ROUTE, false,
						"the walking route's sections are unknown; an unsafe section is assessed on the way to the school");
			}
			return new Finding(EligibilityRule.UNSAFE_ROUTE, false,
					"no section on the way to " + attended.name() + " is assessed unsafe");
		}
		List<RouteAssessment> passed = c.unsafeSections()
			.stream()
			.filter(assessed -> attended.walkingSections().contains(assessed.section()))
			.toList();
		if (passed.isEmpty()) {
			return new Finding(EligibilityRule.UNSAFE_ROUTE, false, "the walking route ("
					+ attended.walkingSections().size() + " sections) passes no section assessed unsafe");
		}
		RouteAssessment first = passed.get(0);
		return new Finding(EligibilityRule.UNSAFE_ROUTE, true, "the walking route passes section " + first.section()
				+ ", assessed unsafe (" + first.id() + ": " + first.reason() + ")");
	}

	private static List<Finding> extendedRights(Circumstances c, ComparedSchool attended, boolean isNearest,
			String where, List<Pending> pending) {
		List<Finding> findings = new ArrayList<>();
		if (!c.lowIncome()) {
			findings.add(new Finding(EligibilityRule.EXTENDED_RIGHTS_NEAREST, false,
					"no evidence of free school meals or the maximum Working Tax Credit"));
			return findings;
		}
		DistanceLimit lower = DistanceLimit.EXTENDED_RIGHTS_LOWER;
		boolean beyondLower = lower.beyond(attended.walkingMetres());
		String walked = "the walking route is " + miles(attended.walkingMetres()) + " miles ("
				+ (beyondLower ? "more than" : "not more than") + " 2)";
		if (c.age() < 8) {
			findings.add(new Finding(EligibilityRule.EXTENDED_RIGHTS_NEAREST, false,
					"aged " + c.age() + ": under 8 the 2-mile statutory walking distance already applies"));
			return findings;
		}
		if (c.age() < 11) {
			findings.add(new Finding(EligibilityRule.EXTENDED_RIGHTS_NEAREST, isNearest && beyondLower,
					"aged " + c.age() + " (8 to 10): " + attended.name() + " is the " + where + "; " + walked));
			return findings;
		}
		boolean amongThree = attended.order() <= NEAREST_SCHOOLS_COMPARED;
		DistanceLimit six = DistanceLimit.EXTENDED_RIGHTS_THREE_NEAREST_UPPER;
		findings.add(
				upperLimited(EligibilityRule.EXTENDED_RIGHTS_THREE_NEAREST, c, attended, six, amongThree && beyondLower,
						"aged " + c.age() + " (11 to 16): " + attended.name() + " is the " + ordinal(attended.order())
								+ " nearest suitable school (" + (amongThree ? "one of" : "not one of")
								+ " the three nearest); " + walked,
						pending));
		if (c.religionOrBelief() == null) {
			findings.add(new Finding(EligibilityRule.EXTENDED_RIGHTS_RELIGION_OR_BELIEF, false,
					"no preference on grounds of religion or belief stated"));
			return findings;
		}
		Optional<ComparedSchool> preferred = c.compared()
			.stream()
			.filter(s -> c.religionOrBelief().equals(s.religiousCharacter()))
			.findFirst();
		boolean isPreferred = preferred.isPresent() && preferred.get().urn().equals(attended.urn());
		String which = preferred
			.map(p -> "the nearest suitable " + words(c.religionOrBelief()) + " school is " + p.name() + " (" + p.urn()
					+ ")")
			.orElse("no suitable school compared has a " + words(c.religionOrBelief()) + " character");
		findings.add(upperLimited(EligibilityRule.EXTENDED_RIGHTS_RELIGION_OR_BELIEF, c, attended,
				DistanceLimit.EXTENDED_RIGHTS_RELIGION_OR_BELIEF_UPPER, isPreferred && beyondLower,
				"preference on grounds of religion or belief (" + words(c.religionOrBelief()) + "): " + which + "; "
						+ walked,
				pending));
		return findings;
	}

	/** A rule with an upper limit by road, once its other conditions hold. */
	private static Finding upperLimited(EligibilityRule rule, Circumstances c, ComparedSchool attended,
			DistanceLimit upper, boolean otherwiseMet, String detail, List<Pending> pending) {
		if (!otherwiseMet) {
			return new Finding(rule, false, detail);
		}
		if (attended.roadMetres() == null) {
			pending.add(new Pending(PendingReason.DISTANCE_UNAVAILABLE,
					"the road distance to " + attended.name() + " could not be measured"));
			return new Finding(rule, false, detail + "; the road distance is unknown");
		}
		boolean within = !upper.beyond(attended.roadMetres());
		return new Finding(rule, within, detail + "; by road " + miles(attended.roadMetres()) + " miles ("
				+ (within ? "not more than " : "more than ") + upper.miles() + ")");
	}

	private static ComparedSchool nearestSuitable(Circumstances c) {
		if (c.ehcPlan().namesSchool()) {
			Optional<ComparedSchool> named = c.compared()
				.stream()
				.filter(s -> s.urn().equals(c.ehcPlan().namedSchoolUrn()))
				.findFirst();
			if (named.isPresent()) {
				return named.get();
			}
		}
		return c.compared().get(0);
	}

	private static String nearestWords(Circumstances c, ComparedSchool attended) {
		return (c.ehcPlan().namesSchool() && c.ehcPlan().namedSchoolUrn().equals(attended.urn()))
				? "school named in the child's final EHC plan (the suitable school)" : "nearest suitable school";
	}

	private static Ruling continued(Circumstances c, List<Finding> findings) {
		Circumstances.Earlier earlier = c.earlier().get();
		List<Finding> all = new ArrayList<>(findings);
		all.add(new Finding(EligibilityRule.CONTINUED_TO_END_OF_YEAR, true, "eligible under " + earlier.rule()
				+ " by decision " + earlier.decisionId() + " this academic year; it continues to " + c.endOfYear()));
		return new Ruling(Outcome.ELIGIBLE, EligibilityRule.CONTINUED_TO_END_OF_YEAR, null, null, c.endOfYear(), all);
	}

	private static Ruling pending(PendingReason reason, String detail, List<Finding> findings) {
		return new Ruling(Outcome.PENDING, null, reason, detail, null, findings);
	}

	private static Ruling notEligible(List<Finding> findings) {
		return new Ruling(Outcome.NOT_ELIGIBLE, null, null, null, null, findings);
	}

	static String miles(double metres) {
		return String.format(Locale.ROOT, "%.3f", DistanceLimit.miles(metres));
	}

	private static String ordinal(int n) {
		return switch (n) {
			case 1 -> "1st";
			case 2 -> "2nd";
			case 3 -> "3rd";
			default -> n + "th";
		};
	}

	private static String words(String code) {
		return code.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private record Pending(PendingReason reason, String detail) {
	}

}
