package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * The figures the platform's services already compute that a measure can be wired to, one
 * row each: the service that owns the data, the question asked of it and the figure read
 * from the answer. Attendance's rows are county-wide rates of the academic year to date,
 * in percent. Attendance of vulnerable groups comes from attendance-service's cohort
 * summaries (the DfE's persistent absence: 10% or more of own possible sessions missed);
 * the groups are those attendance publishes (free school meals, SEN provision E and K,
 * social care, young carers).
 *
 * @param service the owning service
 * @param operation the gRPC operation asked
 * @param dimension the cohort dimension asked for, or null for the whole county
 * @param group the group read from the answer, or null for its total
 * @param figure the figure read
 * @param description what it measures, in words
 */
public enum PlatformQuery {

	ATTENDANCE_PERSISTENT_ABSENCE_ALL("attendance-service", "GetLocalAuthoritySummary", null, null,
			"persistent_absence_rate", "Persistent absence, all pupils aged 5 to 15, county, academic year to date"),
	ATTENDANCE_PERSISTENT_ABSENCE_FSM("attendance-service", "GetCohortSummary", "FSM", "FSM_ELIGIBLE",
			"persistent_absence_rate", "Persistent absence of pupils eligible for free school meals, county"),
	ATTENDANCE_PERSISTENT_ABSENCE_EHC_PLAN("attendance-service", "GetCohortSummary", "SEN_PROVISION", "E",
			"persistent_absence_rate", "Persistent absence of pupils with an EHC plan, county"),
	ATTENDANCE_PERSISTENT_ABSENCE_SEN_SUPPORT("attendance-service", "GetCohortSummary", "SEN_PROVISION", "K",
			"persistent_absence_rate", "Persistent absence of pupils on SEN support, county"),
	ATTENDANCE_PERSISTENT_ABSENCE_LOOKED_AFTER("attendance-service", "GetCohortSummary", "SOCIAL_CARE", "LOOKED_AFTER",
			"persistent_absence_rate", "Persistent absence of looked-after children, county"),
	ATTENDANCE_PERSISTENT_ABSENCE_CHILD_IN_NEED("attendance-service", "GetCohortSummary", "SOCIAL_CARE",
			"CHILD_IN_NEED", "persistent_absence_rate", "Persistent absence of children in need, county"),
	ATTENDANCE_PERSISTENT_ABSENCE_YOUNG_CARER("attendance-service", "GetCohortSummary", "YOUNG_CARER", "YOUNG_CARER",
			"persistent_absence_rate", "Persistent absence of young carers, county"),
	ATTENDANCE_SEVERE_ABSENCE_FSM("attendance-service", "GetCohortSummary", "FSM", "FSM_ELIGIBLE",
			"severe_absence_rate",
			"Severe absence (50% or more missed) of pupils eligible for free school meals, county"),
	ATTENDANCE_OVERALL_ABSENCE_ALL("attendance-service", "GetLocalAuthoritySummary", null, null, "overall_absence_rate",
			"Overall absence, all pupils aged 5 to 15, county, academic year to date"),
	// The Workforce Pledge's measures from schools' own submissions (ADR 0046): county
	// figures of the term in progress, small numbers hidden; the figure is the
	// submissions' measure.
	WORKFORCE_WELLBEING_GOOD(Submissions.WORKFORCE, "WELLBEING_GOOD",
			"Staff agreeing 'My well-being at work is good', county"),
	WORKFORCE_SAFE_AND_SUPPORTED(Submissions.WORKFORCE, "SAFE_AND_SUPPORTED",
			"Staff agreeing 'I feel part of a safe and supported workplace', county"),
	WORKFORCE_SUPPORT_ACCESSIBLE(Submissions.WORKFORCE, "SUPPORT_ACCESSIBLE",
			"Staff agreeing 'Well-being support at work is accessible and meaningful to me', county"),
	WORKFORCE_DEVELOPMENT_RELEVANT(Submissions.WORKFORCE, "DEVELOPMENT_RELEVANT",
			"Staff agreeing 'The professional development I am offered is relevant to my setting', county"),
	WORKFORCE_GROWTH_RECOGNISED(Submissions.WORKFORCE, "GROWTH_RECOGNISED",
			"Staff agreeing 'My personal growth is recognised and rewarded here', county"),
	WORKFORCE_STRESS_DAYS_PER_FTE(Submissions.WORKFORCE, "STRESS_DAYS_PER_FTE",
			"Working days lost to stress-related absence per full-time equivalent in the term, county"),
	WORKFORCE_TAS_INDUCTED(Submissions.WORKFORCE, "TAS_INDUCTED",
			"Teaching assistants who have completed the central induction, county"),
	WORKFORCE_TAS_COMPLETED_CPD(Submissions.WORKFORCE, "TAS_COMPLETED_CPD",
			"Teaching assistants who completed professional development in the term, county"),
	WORKFORCE_TAS_CAREER_PROGRESSED(Submissions.WORKFORCE, "TAS_CAREER_PROGRESSED",
			"Teaching assistants who took a career step in the term, county"),
	WORKFORCE_TAS_PAY_PROGRESSED(Submissions.WORKFORCE, "TAS_PAY_PROGRESSED",
			"Teaching assistants who moved up the pay structure in the term, county"),
	WORKFORCE_POSTS_FILLED(Submissions.WORKFORCE, "POSTS_FILLED",
			"Posts advertised in the term that were filled, county"),
	WORKFORCE_STAFF_TURNOVER(Submissions.WORKFORCE, "STAFF_TURNOVER",
			"Staff who left in the term, of headcount, county");

	/** The service answering the workforce rows: this one, from schools' submissions. */
	public static final String WORKFORCE_SERVICE = "pledge-service";

	/** Marks the constructor of the rows read from schools' submissions. */
	private enum Submissions {

		WORKFORCE

	}

	private final String service;

	private final String operation;

	private final String dimension;

	private final String group;

	private final String figure;

	private final String description;

	PlatformQuery(Submissions submissions, String figure, String description) {
		this(WORKFORCE_SERVICE, "workforce submissions", null, null, figure, description);
	}

	PlatformQuery(String service, String operation, String dimension, String group, String figure, String description) {
		this.service = service;
		this.operation = operation;
		this.dimension = dimension;
		this.group = group;
		this.figure = figure;
		this.description = description;
	}

	public String service() {
		return this.service;
	}

	public String operation() {
		return this.operation;
	}

	public String dimension() {
		return this.dimension;
	}

	public String group() {
		return this.group;
	}

	public String figure() {
		return this.figure;
	}

	public String description() {
		return this.description;
	}

	/** Whether the figure comes from schools' workforce submissions. */
	public boolean fromSubmissions() {
		return WORKFORCE_SERVICE.equals(this.service);
	}

	/** A rate in percent, or days per full-time equivalent. */
	public MeasureUnit unit() {
		return "STRESS_DAYS_PER_FTE".equals(this.figure) ? MeasureUnit.DAYS : MeasureUnit.PERCENT;
	}

	/** The question as a reader can repeat it, for a value's provenance. */
	public String asked() {
		if (fromSubmissions()) {
			return "GET /api/v1/pledges/workforce/measures (term in progress): county " + this.figure;
		}
		String dimensionAsked = (this.dimension != null) ? "dimension=" + this.dimension + ", " : "";
		String read = (this.group != null) ? "group " + this.group + " " : "total ";
		return this.operation + "(" + dimensionAsked + "scope=AGED_5_TO_15, academic year to date): " + read
				+ this.figure;
	}

}
