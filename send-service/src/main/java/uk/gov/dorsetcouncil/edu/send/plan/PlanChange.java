package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.Instant;

/**
 * One entry of a plan's history: who changed which field when, from what to what (null
 * where the field was or became empty).
 */
public record PlanChange(Instant at, String by, String field, String from, String to) {
}
