package uk.gov.dorsetcouncil.edu.pledge.measure;

import java.util.List;

/** Where values recorded by hand are kept. */
public interface RecordedValues {

	/** Every value recorded for a commitment's measures, in the order recorded. */
	List<RecordedValue> ofCommitment(String commitment);

	/**
	 * Adds a value.
	 * @return false when its id is already held (nothing written)
	 */
	boolean append(RecordedValue value);

}
