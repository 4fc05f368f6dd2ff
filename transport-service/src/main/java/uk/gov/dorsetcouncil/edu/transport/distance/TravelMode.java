package uk.gov.dorsetcouncil.edu.transport.distance;

/**
 * How a distance is measured. Statutory walking distances (2 and 3 miles, and the lower
 * 2-mile limit of extended rights) by the shortest route a child may walk, footpaths
 * included; the 6- and 15-mile upper limits of extended rights by road (statutory
 * guidance 2024, para 34; domain-rules 6, Measurement).
 */
public enum TravelMode {

	WALKING, ROAD

}
