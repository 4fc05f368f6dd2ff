package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.util.Collection;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Which pupils have a child-in-need or child-protection plan. The roll does not hold this
 * characteristic yet (issue 3, item 2); until it does, the service wires
 * {@link #NONE_KNOWN} and the 96% rule cannot fire (ADR 0009).
 */
@FunctionalInterface
public interface SocialCarePlans {

	SocialCarePlans NONE_KNOWN = (upns) -> Set.of();

	Set<Upn> withPlan(Collection<Upn> upns);

}
