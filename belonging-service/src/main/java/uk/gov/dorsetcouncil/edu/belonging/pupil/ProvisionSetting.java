package uk.gov.dorsetcouncil.edu.belonging.pupil;

/**
 * Where an alternative provision placement takes place (Arranging alternative provision:
 * a guide for local authorities and schools, DfE 2025; the AP census' setting types for
 * providers without a URN or UKPRN).
 */
public enum ProvisionSetting {

	/** A pupil referral unit, maintained by the LA. */
	PUPIL_REFERRAL_UNIT,
	/** An AP academy or AP free school. */
	AP_ACADEMY_OR_FREE_SCHOOL,
	/** A hospital school or hospital education service. */
	HOSPITAL_SCHOOL,
	/** Another mainstream or special state school providing AP. */
	OTHER_STATE_SCHOOL,
	/** A registered independent school providing AP. */
	INDEPENDENT_SCHOOL,
	/** Non-maintained further education provision (census NFE). */
	FURTHER_EDUCATION,
	/** One-to-one tuition (census OOT). */
	ONE_TO_ONE_TUITION,
	/** A work-based placement (census WBP). */
	WORK_BASED_PLACEMENT,
	/** Any other provider not registered with the DfE (census OTH). */
	UNREGISTERED_PROVIDER,
	/** The record does not say. */
	NOT_RECORDED

}
