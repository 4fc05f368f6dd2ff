package uk.gov.dorsetcouncil.edu.send.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The school census SEN type codes an EHC needs assessment may name as the need suspected
 * (DfE SEN2 and school census guidance). NSA (SEN support with no specialist assessment
 * of the type of need) is valid only with provision K, never for an EHC needs assessment,
 * so it is not in this table.
 */
public enum NeedType {

	SPLD("Specific learning difficulty"), MLD("Moderate learning difficulty"), SLD("Severe learning difficulty"),
	PMLD("Profound and multiple learning difficulty"), SEMH("Social, emotional and mental health"),
	SLCN("Speech, language and communication needs"), HI("Hearing impairment"), VI("Vision impairment"),
	MSI("Multi-sensory impairment"), PD("Physical disability"), ASD("Autistic spectrum disorder"),
	OTH("Other difficulty");

	private final String description;

	NeedType(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

	/** The type for an uppercase census code ("SPLD"), or empty when there is none. */
	public static Optional<NeedType> ofCode(String code) {
		return Arrays.stream(values()).filter(type -> type.name().equals(code)).findFirst();
	}

}
