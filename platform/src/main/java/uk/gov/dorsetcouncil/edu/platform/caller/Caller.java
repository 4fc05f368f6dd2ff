package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the person (or system) the gateway authenticated, the client they
 * called through, the organisation they act for, and what they may do. The gateway sets
 * it from a validated token; services check it again before answering.
 */
public record Caller(String subject, String clientId, Organisation organisation, Set<String> roles,
		Set<String> scopes) {

	public Caller {
		if (subject == null || subject.isBlank()) {
			throw new MissingCallerException("subject is empty");
		}
		Objects.requireNonNull(organisation, "organisation");
		clientId = (clientId == null || clientId.isBlank()) ? subject : clientId;
		roles = Set.copyOf(roles);
		scopes = Set.copyOf(scopes);
	}

	/** A service calling on its own behalf (a scheduled job, not a person's request). */
	public static Caller service(String name, Set<String> scopes) {
		return new Caller("service:" + name, name, Organisation.service(name), Set.of("SERVICE"), scopes);
	}

	public boolean hasScope(String scope) {
		return this.scopes.contains(scope);
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean actsForSchool() {
		return this.organisation.type() == Organisation.Type.SCHOOL;
	}

	/**
	 * Callers whose organisation covers the whole county: the LA and platform services.
	 */
	public boolean actsCountyWide() {
		return this.organisation.type() == Organisation.Type.LOCAL_AUTHORITY
				|| this.organisation.type() == Organisation.Type.SERVICE;
	}

}
