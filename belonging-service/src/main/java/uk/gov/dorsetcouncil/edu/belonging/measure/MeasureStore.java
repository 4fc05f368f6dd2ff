package uk.gov.dorsetcouncil.edu.belonging.measure;

import java.util.List;
import java.util.Optional;

/**
 * Where the recorded values of the measures are kept, every one, in the order recorded.
 */
public interface MeasureStore {

	void add(RecordedValue value);

	/** The latest recorded value of each measure that has one. */
	List<RecordedValue> latest();

	Optional<RecordedValue> latest(int measure);

}
