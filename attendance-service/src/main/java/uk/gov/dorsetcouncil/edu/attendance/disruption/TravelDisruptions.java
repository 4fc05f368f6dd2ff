package uk.gov.dorsetcouncil.edu.attendance.disruption;

import java.util.List;

/** Where the disruptions transport-service reports are kept. */
public interface TravelDisruptions {

	/** Nothing disrupted: for callers and tests that hold no disruptions. */
	TravelDisruptions NONE = new TravelDisruptions() {

		@Override
		public void record(String disruptionId, String kind, String description, List<DisruptedSession> sessions) {
			throw new UnsupportedOperationException("no disruptions are kept here");
		}

		@Override
		public SchoolDisruptions ofSchool(String urn) {
			return SchoolDisruptions.NONE;
		}

	};

	/**
	 * Records a disruption's sessions, replacing any recorded before under the same id.
	 */
	void record(String disruptionId, String kind, String description, List<DisruptedSession> sessions);

	/** Every disrupted session of a school's pupils. */
	SchoolDisruptions ofSchool(String urn);

}
