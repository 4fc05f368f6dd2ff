package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.List;

/**
 * Where the figures the council loads are kept, one per comparator, measure, group and
 * period ({@link ReferenceData#key}); a figure saved again under the same key replaces
 * it.
 */
public interface ReferenceFigureStore {

	List<ReferenceFigure> loaded();

	void save(String key, ReferenceFigure figure);

}
