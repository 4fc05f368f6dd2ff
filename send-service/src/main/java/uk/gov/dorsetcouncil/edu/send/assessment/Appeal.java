package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.LocalDate;

/**
 * What followed a refusal to assess or a decision not to issue a plan: mediation and an
 * appeal to the First-tier Tribunal (SEND). Every date may be absent until it happens.
 *
 * @param mediationCertificateOn when the mediation certificate was issued
 * @param lodgedOn when the appeal was lodged with the Tribunal
 * @param hearingOn the hearing date the Tribunal set
 * @param decidedOn when the Tribunal decided
 */
public record Appeal(LocalDate mediationCertificateOn, LocalDate lodgedOn, LocalDate hearingOn, LocalDate decidedOn) {

	public static final Appeal NONE = new Appeal(null, null, null, null);

}
