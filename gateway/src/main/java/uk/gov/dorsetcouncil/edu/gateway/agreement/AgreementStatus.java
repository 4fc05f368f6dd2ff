package uk.gov.dorsetcouncil.edu.gateway.agreement;

/** Where an agreement stands. Only an active agreement releases anything. */
public enum AgreementStatus {

	ACTIVE, SUSPENDED, REVOKED

}
