package uk.gov.dorsetcouncil.edu.pledge.measure;

import uk.gov.dorsetcouncil.edu.pledge.commitment.PlatformQuery;

/**
 * Asks the owning service for a figure. Never throws for a source that is down or slow:
 * the answer is then {@link ValueState#UNAVAILABLE}, saying which source and why.
 */
public interface PlatformFigures {

	PlatformFigure figure(PlatformQuery query);

}
