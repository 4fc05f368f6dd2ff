package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.YearMonth;
import java.util.List;

/** Where young people's month-end activities are kept, one per young person and month. */
public interface NeetStore {

	/** Keeps the record, replacing the young person's record of that month. */
	void save(NeetActivity activity);

	/** Every record of the months. */
	List<NeetActivity> of(List<YearMonth> months);

}
