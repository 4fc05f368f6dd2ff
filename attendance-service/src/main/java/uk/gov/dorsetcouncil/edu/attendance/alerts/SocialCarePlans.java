package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Which pupils have a child-in-need or child-protection plan: the 96% attendance rule
 * applies to them (Dorset Attendance Strategy; CiN and CP plans carry attendance targets
 * below 96%).
 */
@FunctionalInterface
public interface SocialCarePlans {

	SocialCarePlans NONE_KNOWN = (upns) -> Set.of();

	Set<Upn> withPlan(Collection<Upn> upns);

	/**
	 * As the roll records it (the school census CiN and CP characteristics), each pupil
	 * looked up by UPN: in the service, in the read model (ADR 0008).
	 */
	static SocialCarePlans fromRoll(Function<Upn, Optional<Pupil>> pupils) {
		return (upns) -> upns.stream()
			.map(pupils)
			.flatMap(Optional::stream)
			.filter((pupil) -> pupil.characteristics().childInNeed() || pupil.characteristics().childProtectionPlan())
			.map(Pupil::upn)
			.collect(Collectors.toUnmodifiableSet());
	}

}
