package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a school agrees a part-time timetable. DfE, <i>Working together to improve school
 * attendance</i> (August 2024), on part-time timetables: only in very exceptional
 * circumstances, temporary, to meet a pupil's individual needs, for example where a
 * medical condition prevents full-time attendance or as part of a reintegration package;
 * never to manage behaviour, so no behaviour reason is offered.
 */
public enum PartTimeReason {

	MEDICAL_CONDITION("a physical or mental health condition prevents full-time attendance"),

	REINTEGRATION_AFTER_ABSENCE("part of a reintegration package after a long absence"),

	REINTEGRATION_AFTER_EXCLUSION("part of a reintegration package after a suspension or a managed move"),

	SPECIAL_EDUCATIONAL_NEEDS("while the support a pupil's special educational needs call for is put in place"),

	OTHER_EXCEPTIONAL("other exceptional circumstances, described in the reintegration plan");

	private final String description;

	PartTimeReason(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

	public static Optional<PartTimeReason> named(String name) {
		return Arrays.stream(values()).filter(reason -> reason.name().equals(name)).findFirst();
	}

}
