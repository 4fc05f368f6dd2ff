package uk.gov.dorsetcouncil.edu.gateway.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * Dorset Council's six education localities, as the attendance service places schools in
 * them. A locality inclusion officer acts for one of them ({@code LOCALITY:<NAME>}).
 */
public enum Locality {

	NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK;

	/** The locality of that exact name, or empty. */
	public static Optional<Locality> named(String name) {
		return Arrays.stream(values()).filter(locality -> locality.name().equals(name)).findFirst();
	}

	/** The names, for messages. */
	public static String names() {
		return String.join(", ", Arrays.stream(values()).map(Locality::name).toList());
	}

}
