package uk.gov.dorsetcouncil.edu.gateway;

import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The local run's personas (deploy's {@code Persona}), as the gateway sees them in
 * tokens: organisation, roles and scopes.
 */
public enum TestPersona {

	ATTENDANCE_LEAD("SCHOOL:991001", "SCHOOL_ATTENDANCE_LEAD",
			"attendance:read registers:write schools:write profile:read"),
	SCHOOL_DSL("SCHOOL:991001", "SCHOOL_DSL",
			"attendance:read ehcp:read transport:read profile:read access-log:read belonging:read belonging:write "
					+ "encompass:read"),
	SENCO("SCHOOL:991001", "SENCO", "attendance:read ehcp:read transport:read profile:read"),
	INCLUSION_OFFICER("LOCAL_AUTHORITY:838", "LA_INCLUSION_OFFICER",
			"attendance:read registers:write schools:write belonging:read belonging:write transport:read pledges:read ehcp:read "
					+ "profile:read dashboards:read deadlines:read encompass:manage"),
	SEND_CASEWORKER("LOCAL_AUTHORITY:838", "SEND_CASEWORKER",
			"ehcp:read ehcp:write attendance:read belonging:read transport:read profile:read deadlines:read"),
	TRANSPORT_OFFICER("LOCAL_AUTHORITY:838", "TRANSPORT_OFFICER",
			"transport:read transport:write attendance:read alternative-provision:read profile:read deadlines:read"),
	EHE_CME_OFFICER("LOCAL_AUTHORITY:838", "EHE_CME_OFFICER",
			"attendance:read belonging:read ehcp:read profile:read belonging:registers deadlines:read "
					+ "encompass:manage"),
	LOCALITY_OFFICER("LOCALITY:CHESIL", "LOCALITY_INCLUSION_OFFICER",
			"attendance:read casework:write profile:read dashboards:read belonging:read"),
	POLICE_ENCOMPASS("POLICE:DORSET", "POLICE_ENCOMPASS_OFFICER", "profile:read encompass:notify"),
	YOUTH_JUSTICE("PARTNER:DORSET-YJS", "YOUTH_JUSTICE_OFFICER", "profile:read"),
	NHS_ADVICE("HEALTH:NHS-DORSET", "NHS_ADVICE_GIVER", "profile:read"),
	BOARD_ANALYST("LOCAL_AUTHORITY:838", "EDUCATION_BOARD_ANALYST",
			"dashboards:read measures:read pledges:read pledges:report"),
	AUDITOR("LOCAL_AUTHORITY:838", "AUDITOR", "audit:read"),
	AGREEMENTS_ADMIN("LOCAL_AUTHORITY:838", "DATA_PROTECTION_OFFICER", "agreements:read agreements:write"),
	STUDENT_PLEDGE_GROUP("LOCAL_AUTHORITY:838", "PLEDGE_WORKING_GROUP:STUDENT", "pledges:read pledges:write"),
	WORKFORCE_PLEDGE_GROUP("LOCAL_AUTHORITY:838", "PLEDGE_WORKING_GROUP:WORKFORCE", "pledges:read pledges:write"),
	PLEDGE_OWNER("LOCAL_AUTHORITY:838", "PLEDGE_OWNER", "pledges:read pledges:write"),
	SCHOOL_BUSINESS_MANAGER("SCHOOL:991001", "SCHOOL_BUSINESS_MANAGER", "pledges:read pledges:write");

	private final String organisation;

	private final String role;

	private final String scopes;

	TestPersona(String organisation, String role, String scopes) {
		this.organisation = organisation;
		this.role = role;
		this.scopes = scopes;
	}

	public String clientId() {
		return "client-" + name().toLowerCase(java.util.Locale.ROOT);
	}

	public JWTClaimsSet.Builder claims() {
		return TestIssuer.claims(this.scopes)
			.subject(name().toLowerCase(java.util.Locale.ROOT) + "@dorset.example")
			.claim("client_id", clientId())
			.claim("org", this.organisation)
			.claim("roles", List.of(this.role));
	}

	public JWTClaimsSet.Builder claimsAt(String organisation) {
		return claims().claim("org", organisation);
	}

}
