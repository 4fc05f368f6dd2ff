package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DfE's exclusion reason codes, as the school census collects them (up to three per
 * suspension or permanent exclusion since the 2020/21 census; "OT Other" withdrawn when
 * several reasons came in). One row per code; {@code ExclusionReasonTest} pins each to
 * its source. The codes some MIS list for 2024/25 (BW, MB, VR, MP and others) are not
 * taken: no DfE source for them was found (domain-rules.md section 3, open item 2; ADR
 * 0028).
 */
public enum ExclusionReason {

	PP("Physical assault against a pupil"),

	PA("Physical assault against an adult"),

	VP("Verbal abuse or threatening behaviour against a pupil"),

	VA("Verbal abuse or threatening behaviour against an adult"),

	OW("Use or threat of use of an offensive weapon or prohibited item"),

	BU("Bullying"),

	RA("Racist abuse"),

	LG("Abuse against sexual orientation and gender identity"),

	DS("Abuse relating to disability"),

	SM("Sexual misconduct"),

	DA("Drug and alcohol related"),

	DM("Damage"),

	TH("Theft"),

	DB("Persistent or general disruptive behaviour"),

	MT("Inappropriate use of social media or online technology"),

	PH("Wilful and repeated transgression of protective measures in place to protect public health");

	private final String description;

	ExclusionReason(String description) {
		this.description = description;
	}

	public String code() {
		return name();
	}

	public String description() {
		return this.description;
	}

	/** The reason with this census code, if it is one. */
	public static Optional<ExclusionReason> ofCode(String code) {
		return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
	}

}
