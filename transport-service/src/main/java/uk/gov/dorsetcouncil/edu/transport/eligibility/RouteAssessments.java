package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.List;

/** The unsafe sections assessed on the way to each school. */
public interface RouteAssessments {

	List<RouteAssessment> unsafeOnTheWayTo(String schoolUrn);

}
