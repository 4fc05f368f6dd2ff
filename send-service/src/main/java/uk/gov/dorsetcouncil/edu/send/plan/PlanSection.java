package uk.gov.dorsetcouncil.edu.send.plan;

/**
 * The sections of an EHC plan (SEND Regulations 2014 reg 12(1)(a) to (k)): the plan keeps
 * B (the needs, as census codes), E (outcomes), F, G and H1/H2 (provision) and I (the
 * placement) as data; A, C, D, J and K are held as text summaries.
 */
public enum PlanSection {

	A("the views, interests and aspirations of the child and parent or young person", false),
	B("special educational needs", false), C("health care needs related to the SEN", false),
	D("social care needs related to the SEN or disability", false), E("outcomes", false),
	F("special educational provision", true), G("health care provision", true),
	H1("social care provision under s2 Chronically Sick and Disabled Persons Act 1970", true),
	H2("other social care provision", true), I("the school or other institution, or its type", false),
	J("any personal budget", false), K("the advice and information gathered", false);

	private final String title;

	private final boolean provision;

	PlanSection(String title, boolean provision) {
		this.title = title;
		this.provision = provision;
	}

	public String title() {
		return this.title;
	}

	/** True for the sections that specify provision (F, G, H1, H2). */
	public boolean provision() {
		return this.provision;
	}

	/** True for the sections held as a text summary (A, C, D, J, K). */
	public boolean summary() {
		return this == A || this == C || this == D || this == J || this == K;
	}

}
