package uk.gov.dorsetcouncil.edu.local;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A development persona: somebody the local run can hand a token to, with the
 * organisation, roles and scopes a real person in that job would have. Local run only.
 */
record Persona(String name, String description, String organisation, List<String> roles, List<String> scopes) {

	/** The demo school a school persona acts for unless another URN is asked for. */
	static final String DEFAULT_SCHOOL_URN = DemoData.FIRST_SCHOOL_URN;

	static final Map<String, Persona> ALL = List
		.of(new Persona("school-attendance-lead", "Attendance lead at one school (sees only that school's pupils)",
				"SCHOOL:" + DEFAULT_SCHOOL_URN, List.of("SCHOOL_ATTENDANCE_LEAD"),
				List.of("attendance:read", "registers:write", "schools:write")),
				new Persona("la-inclusion-officer", "Dorset Council inclusion officer (the whole county)",
						"LOCAL_AUTHORITY:838", List.of("LA_INCLUSION_OFFICER"),
						List.of("attendance:read", "registers:write", "schools:write", "belonging:read",
								"transport:read", "pledges:read", "ehcp:read")),
				new Persona("send-caseworker", "Dorset Council SEND caseworker (EHC plans, the whole county)",
						"LOCAL_AUTHORITY:838", List.of("SEND_CASEWORKER"),
						List.of("ehcp:read", "ehcp:write", "attendance:read")))
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

}
