package uk.gov.dorsetcouncil.edu.transport.eligibility;

/**
 * A section of a walking route to a school assessed as unsafe for a child to walk, even
 * accompanied (Education Act 1996 Sch 35B para 4): data, with the section assessed.
 */
public record RouteAssessment(String id, String schoolUrn, String section, String reason) {

}
