package uk.gov.dorsetcouncil.edu.pledge.report;

/**
 * One row of the status rules: a measure whose value falls short of its target by at most
 * this share of the target (in percent) has this status; null for any shortfall.
 *
 * @param rag the status
 * @param shortfallAtMostPercent the largest shortfall it covers, or null for any
 */
public record RagBand(Rag rag, Double shortfallAtMostPercent) {

}
