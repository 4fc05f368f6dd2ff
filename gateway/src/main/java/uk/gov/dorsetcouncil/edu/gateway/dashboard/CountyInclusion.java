package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;

/**
 * The county overview's belonging and SEND figures, each asked of the API separately as
 * the viewer: a part the viewer may not see, or a service that did not answer, is that
 * part's status, and the rest of the page still shows.
 */
public record CountyInclusion(Part<ExclusionRates> rates, Part<PartTimeTimetables.Statistics> timetables,
		Part<Registers.Counts> registers, Part<Registers.Neet> neet, Part<SendTimeliness.Assessments> assessments,
		Part<SendTimeliness.Reviews> reviews) {

}
