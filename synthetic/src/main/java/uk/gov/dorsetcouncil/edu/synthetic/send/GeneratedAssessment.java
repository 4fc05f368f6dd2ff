package uk.gov.dorsetcouncil.edu.synthetic.send;

import java.time.LocalDate;
import java.util.Map;

/**
 * A request for an EHC needs assessment as a SEND caseworker would record it on the
 * platform ({@code POST /api/v1/send/assessments}) and the steps then done, each on its
 * day or null when not reached by the end of the scale's dates.
 *
 * @param upn the child
 * @param urn the child's school
 * @param requestedBy PARENT, SCHOOL or OTHER_PROFESSIONAL
 * @param receivedOn when the LA received it
 * @param primaryNeed a census SEN type code, or null
 * @param decidedOn the decision whether to assess
 * @param assess the decision (else a refusal)
 * @param advice each advice source asked, with when it was asked and answered (answered
 * null when still awaited)
 * @param exception a personal-circumstances or absence exception, or null
 * @param issueDecidedOn the decision whether to issue a plan
 * @param issue the decision (else not to issue)
 * @param draftOn the draft plan sent
 * @param commentsOn the parent's comments and choice of school received
 * @param consultationOn the named school's answer
 * @param finalOn the final plan issued
 */
public record GeneratedAssessment(String upn, String urn, String requestedBy, LocalDate receivedOn, String primaryNeed,
		LocalDate decidedOn, boolean assess, Map<String, Advice> advice, Exception exception, LocalDate issueDecidedOn,
		boolean issue, LocalDate draftOn, LocalDate commentsOn, LocalDate consultationOn, LocalDate finalOn) {

	/** Advice asked on a day, answered on a later one (or not yet). */
	public record Advice(LocalDate askedOn, LocalDate answeredOn) {
	}

	/** An exception to the time limits: its kind, period and evidence. */
	public record Exception(String kind, LocalDate from, LocalDate to, String evidence) {
	}

	/** A key that names it however often it is generated: the retry key of its upload. */
	public String key() {
		return "ehc-assessment:" + this.upn + ":" + this.receivedOn;
	}

}
