package uk.gov.dorsetcouncil.edu.local;

import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * A partner system that gets tokens from the development issuer with the OAuth 2.0
 * client-credentials grant (RFC 6749 section 4.4): a school's MIS sending registers and
 * rolls, Dorset Police's Operation Encompass system, NHS Dorset's advice system. Like a
 * persona it acts for one organisation with fixed roles and scopes; unlike a persona it
 * proves itself with a secret, which the local run makes at start-up. Local run only.
 */
record PartnerClient(String clientId, String description, String organisation, List<String> roles,
		List<String> scopes) {

	/** A school's management information system: its own rolls and registers. */
	static PartnerClient schoolMis(String urn) {
		return new PartnerClient("school-mis-" + urn, "Management information system of school " + urn, "SCHOOL:" + urn,
				List.of("SCHOOL_MIS"), List.of("registers:write", "schools:write", "attendance:read"));
	}

	/**
	 * The clients of the local run: the MIS of every school in the generated county (the
	 * demo's schools are among them), and the police and NHS systems, which see data only
	 * under a data-sharing agreement (the gateway checks it).
	 */
	static List<PartnerClient> standard() {
		List<PartnerClient> clients = new ArrayList<>();
		for (School school : Scale.DORSET.schools().apply(County.SEED)) {
			clients.add(schoolMis(school.urn()));
		}
		clients.add(new PartnerClient("dorset-police-encompass", "Dorset Police Operation Encompass system",
				"POLICE:DORSET", List.of("POLICE_ENCOMPASS_OFFICER"), List.of("profile:read", "encompass:notify")));
		clients.add(new PartnerClient("nhs-dorset-advice", "NHS Dorset system answering EHC health advice requests",
				"HEALTH:NHS-DORSET", List.of("NHS_ADVICE_GIVER"), List.of("profile:read")));
		return List.copyOf(clients);
	}

}
