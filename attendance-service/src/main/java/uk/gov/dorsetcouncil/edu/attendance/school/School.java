package uk.gov.dorsetcouncil.edu.attendance.school;

import java.time.LocalDate;
import java.util.Map;

/**
 * A school known to the service.
 *
 * @param urn the GIAS unique reference number (6 digits); it changes on academy
 * conversion, so history is keyed on URN and dates
 * @param laestab the DfE number, LA code and establishment number (7 digits)
 * @param name the school's name
 * @param phase the phase of education
 * @param locality the Dorset locality it belongs to
 * @param closures the school's own INSET days and closures, with a reason each
 */
public record School(String urn, String laestab, String name, Phase phase, Locality locality,
		Map<LocalDate, String> closures) {

	public School {
		closures = Map.copyOf(closures);
	}

}
