package uk.gov.dorsetcouncil.edu.local;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A development persona: somebody the local run can hand a token to, with the
 * organisation, roles and scopes a real person in that job would have. Local run only.
 */
record Persona(String name, String description, String organisation, List<String> roles, List<String> scopes) {

	/** The demo school a school persona acts for unless another URN is asked for. */
	static final String DEFAULT_SCHOOL_URN = County.DEMO_FIRST_SCHOOL_URN;

	/** The locality a locality persona acts for unless another is asked for. */
	static final String DEFAULT_LOCALITY = "CHESIL";

	/** Dorset's six localities (the attendance service's {@code school.Locality}). */
	static final Set<String> LOCALITIES = Set.of("NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK");

	/** Dorset Council's DfE local authority code. */
	static final String DORSET = "LOCAL_AUTHORITY:838";

	/**
	 * Who the local run can hand a token to. Scopes follow the job: a school reads its
	 * own pupils; LA officers read the county for their service; police, youth justice
	 * and NHS get {@code profile:read} only, and see data only under a data-sharing
	 * agreement (the gateway checks it); the Education Board analyst sees aggregates; the
	 * auditor reads the audit log and nothing else.
	 */
	static final Map<String, Persona> ALL = List.of(
			new Persona("school-attendance-lead", "Attendance lead at one school (sees only that school's pupils)",
					"SCHOOL:" + DEFAULT_SCHOOL_URN, List.of("SCHOOL_ATTENDANCE_LEAD"),
					List.of("attendance:read", "registers:write", "schools:write", "casework:write", "profile:read",
							"dashboards:read")),
			new Persona("school-dsl", "Designated safeguarding lead at one school (its pupils, and who accessed them)",
					"SCHOOL:" + DEFAULT_SCHOOL_URN, List.of("SCHOOL_DSL"),
					List.of("attendance:read", "ehcp:read", "transport:read", "profile:read", "access-log:read",
							"belonging:read", "belonging:write", "encompass:read")),
			new Persona("senco", "Special educational needs co-ordinator at one school (its pupils' EHC plans)",
					"SCHOOL:" + DEFAULT_SCHOOL_URN, List.of("SENCO"),
					List.of("attendance:read", "ehcp:read", "transport:read", "profile:read")),
			new Persona("la-inclusion-officer", "Dorset Council inclusion officer (the whole county)", DORSET,
					List.of("LA_INCLUSION_OFFICER"),
					List.of("attendance:read", "registers:write", "schools:write", "casework:write", "belonging:read",
							"belonging:write", "transport:read", "pledges:read", "ehcp:read", "profile:read",
							"dashboards:read", "deadlines:read", "encompass:manage")),
			new Persona("locality-inclusion-officer",
					"Dorset Council locality inclusion officer (the schools of one locality and their pupils)",
					"LOCALITY:" + DEFAULT_LOCALITY, List.of("LOCALITY_INCLUSION_OFFICER"),
					List.of("attendance:read", "casework:write", "profile:read", "dashboards:read", "belonging:read")),
			new Persona("send-caseworker", "Dorset Council SEND caseworker (EHC plans, the whole county)", DORSET,
					List.of("SEND_CASEWORKER"),
					List.of("ehcp:read", "ehcp:write", "attendance:read", "belonging:read", "transport:read",
							"profile:read", "deadlines:read")),
			new Persona("transport-officer",
					"Dorset Council transport officer (travel, no health or safeguarding data)", DORSET,
					List.of("TRANSPORT_OFFICER"),
					List.of("transport:read", "transport:write", "attendance:read", "profile:read", "deadlines:read",
							"alternative-provision:read")),
			new Persona("ehe-cme-officer",
					"Dorset Council elective home education and children missing education officer", DORSET,
					List.of("EHE_CME_OFFICER"),
					List.of("attendance:read", "belonging:read", "ehcp:read", "profile:read", "belonging:registers",
							"deadlines:read", "encompass:manage")),
			new Persona("police-encompass-officer",
					"Dorset Police Operation Encompass officer (only under a data-sharing agreement)", "POLICE:DORSET",
					List.of("POLICE_ENCOMPASS_OFFICER"), List.of("profile:read", "encompass:notify")),
			new Persona("youth-justice-officer",
					"Dorset Combined Youth Justice Service officer (only under a data-sharing agreement)",
					"PARTNER:DORSET-YJS", List.of("YOUTH_JUSTICE_OFFICER"), List.of("profile:read")),
			new Persona("nhs-advice-giver",
					"NHS Dorset clinician giving health advice for an EHC needs assessment (only under an agreement)",
					"HEALTH:NHS-DORSET", List.of("NHS_ADVICE_GIVER"), List.of("profile:read")),
			new Persona("education-board-analyst",
					"Dorset Education Board analyst (aggregates only, small numbers hidden)", DORSET,
					List.of("EDUCATION_BOARD_ANALYST"),
					List.of("dashboards:read", "measures:read", "pledges:read", "pledges:report")),
			new Persona("auditor", "Information governance auditor (the audit log, no children's records)", DORSET,
					List.of("AUDITOR"), List.of("audit:read")),
			new Persona("agreements-admin", "Dorset Council data protection officer's team (data-sharing agreements)",
					DORSET, List.of("DATA_PROTECTION_OFFICER"), List.of("agreements:read", "agreements:write")),
			new Persona("student-pledge-group",
					"Student Pledge working group member (changes the Student Pledge's commitments, names their owners)",
					DORSET, List.of("PLEDGE_WORKING_GROUP:STUDENT"), List.of("pledges:read", "pledges:write")),
			new Persona("workforce-pledge-group",
					"Workforce Pledge working group member (changes the Workforce Pledge's themes, names their owners)",
					DORSET, List.of("PLEDGE_WORKING_GROUP:WORKFORCE"), List.of("pledges:read", "pledges:write")),
			new Persona("pledge-owner",
					"Lead of the commitments a working group names them owner of (changes only those)", DORSET,
					List.of("PLEDGE_OWNER"), List.of("pledges:read", "pledges:write")),
			new Persona("school-business-manager",
					"School business manager at one school (sends its staff's workforce figures, aggregates only)",
					"SCHOOL:" + DEFAULT_SCHOOL_URN, List.of("SCHOOL_BUSINESS_MANAGER"),
					List.of("pledges:read", "pledges:write")))
		.stream()
		.collect(Collectors.toUnmodifiableMap(Persona::name, Function.identity()));

	/** The same persona acting for another school (school personas only). */
	Persona atSchool(String urn) {
		if (!this.organisation.startsWith("SCHOOL:")) {
			throw new IllegalArgumentException("persona " + this.name + " does not act for a school");
		}
		if (!urn.matches("\\d{6}")) {
			throw new IllegalArgumentException("a school URN has 6 digits");
		}
		return new Persona(this.name, this.description, "SCHOOL:" + urn, this.roles, this.scopes);
	}

	/** The same persona acting for another locality (locality personas only). */
	Persona atLocality(String locality) {
		if (!this.organisation.startsWith("LOCALITY:")) {
			throw new IllegalArgumentException("persona " + this.name + " does not act for a locality");
		}
		String name = locality.trim().toUpperCase(Locale.ROOT);
		if (!LOCALITIES.contains(name)) {
			throw new IllegalArgumentException(
					"unknown locality '" + locality + "'; one of " + String.join(", ", new TreeSet<>(LOCALITIES)));
		}
		return new Persona(this.name, this.description, "LOCALITY:" + name, this.roles, this.scopes);
	}

}
