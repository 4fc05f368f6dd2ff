package uk.gov.dorsetcouncil.edu.attendance.connector;

import java.util.Optional;

/** Where the connector keeps each school's feed state. */
public interface FeedStates {

	Optional<FeedState> find(String urn);

	void save(FeedState state);

}
