package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import uk.gov.dorsetcouncil.edu.gateway.access.Locality;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

/**
 * Who may see which area's dashboard, deny by default: a school its own; a locality
 * officer their locality's and the schools in it; the local authority (its officers and
 * the Education Board analyst) every area; nobody else any. Figures are aggregates, but a
 * school's figures describe few enough children that they stay with the people
 * responsible for them.
 */
public sealed interface DashboardAccess {

	/** The caller may see the area's dashboard. */
	record Allowed() implements DashboardAccess {

	}

	/**
	 * The caller may see the school's dashboard if the school is in this locality (the
	 * attendance service knows which schools are).
	 */
	record IfSchoolIn(Locality locality) implements DashboardAccess {

	}

	/** The caller may not, and why. */
	record Refused(String reason) implements DashboardAccess {

	}

	static DashboardAccess school(Caller caller, String urn) {
		Organisation organisation = caller.organisation();
		return switch (organisation.type()) {
			case LOCAL_AUTHORITY -> new Allowed();
			case SCHOOL ->
				organisation.id().equals(urn) ? new Allowed() : new Refused("a school sees only its own dashboard");
			case LOCALITY -> Locality.named(organisation.id())
				.<DashboardAccess>map(IfSchoolIn::new)
				.orElseGet(() -> new Refused("the locality " + organisation.id() + " is not one of Dorset's"));
			default -> new Refused("dashboards are for schools, localities and the local authority");
		};
	}

	static DashboardAccess locality(Caller caller, Locality locality) {
		Organisation organisation = caller.organisation();
		return switch (organisation.type()) {
			case LOCAL_AUTHORITY -> new Allowed();
			case LOCALITY -> organisation.id().equals(locality.name()) ? new Allowed()
					: new Refused("a locality officer sees only their own locality's dashboard");
			case SCHOOL -> new Refused("a school sees only its own dashboard");
			default -> new Refused("dashboards are for schools, localities and the local authority");
		};
	}

	static DashboardAccess localAuthority(Caller caller) {
		return (caller.organisation().type() == Organisation.Type.LOCAL_AUTHORITY) ? new Allowed()
				: new Refused("the county dashboard is for the local authority");
	}

}
