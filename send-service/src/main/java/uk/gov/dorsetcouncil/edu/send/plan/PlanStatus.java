package uk.gov.dorsetcouncil.edu.send.plan;

/**
 * Where an EHC plan stands: a draft sent to the family (Children and Families Act 2014
 * s38), a final plan the LA maintains (s39, s40), or a plan the LA has ceased to maintain
 * (s45).
 */
public enum PlanStatus {

	DRAFT, FINAL, CEASED

}
