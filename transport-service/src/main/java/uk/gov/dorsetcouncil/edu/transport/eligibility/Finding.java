package uk.gov.dorsetcouncil.edu.transport.eligibility;

/** What a decision found under one rule, in words a family can read. */
public record Finding(EligibilityRule rule, boolean met, String detail) {

}
