package uk.gov.dorsetcouncil.edu.transport.eligibility;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** The child's EHC plan status, from send-service; never throws for an outage. */
public interface EhcPlans {

	EhcPlanEvidence of(Upn upn);

}
