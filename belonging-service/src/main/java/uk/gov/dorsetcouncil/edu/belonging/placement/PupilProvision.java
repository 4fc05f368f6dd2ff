package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A pupil's placements and managed moves as one caller may see them, with the alerts they
 * raise.
 */
public record PupilProvision(Upn upn, List<ApPlacement> placements, List<ManagedMove> moves, List<RaisedAlert> alerts) {

}
