package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.List;

/** The comparator figures held now, for area summaries to show beside Dorset's. */
@FunctionalInterface
public interface ReferenceFigures {

	List<ReferenceFigure> all();

}
