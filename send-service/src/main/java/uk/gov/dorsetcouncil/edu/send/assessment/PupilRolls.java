package uk.gov.dorsetcouncil.edu.send.assessment;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Whether a UPN belongs to a pupil the platform knows: one on a school roll attendance
 * holds. A failure to find out is a problem (503), never a guess.
 */
public interface PupilRolls {

	boolean known(Upn upn);

}
