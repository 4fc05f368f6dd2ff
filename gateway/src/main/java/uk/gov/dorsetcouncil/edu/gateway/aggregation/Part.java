package uk.gov.dorsetcouncil.edu.gateway.aggregation;

/**
 * One part of an aggregated answer, from one service. A failed part never fails the whole
 * answer: it says what happened instead.
 */
public sealed interface Part<T> {

	/** The part as the service answered it (filtered to the caller's rights). */
	record Available<T>(T data) implements Part<T> {

	}

	/** The service holds nothing for this question (for example, on no roll). */
	record None<T>(String reason) implements Part<T> {

	}

	/**
	 * Not released to this caller, and why (policy, agreement or the service's check).
	 */
	record Withheld<T>(String reason) implements Part<T> {

	}

	/** The service did not answer (down, too slow, its breaker open), and why. */
	record Unavailable<T>(String reason) implements Part<T> {

	}

	default String status() {
		return switch (this) {
			case Available<T> available -> "AVAILABLE";
			case None<T> none -> "NONE";
			case Withheld<T> withheld -> "WITHHELD";
			case Unavailable<T> unavailable -> "UNAVAILABLE";
		};
	}

}
