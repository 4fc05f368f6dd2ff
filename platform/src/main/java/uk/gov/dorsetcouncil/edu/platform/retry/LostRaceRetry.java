package uk.gov.dorsetcouncil.edu.platform.retry;

import java.util.Optional;
import java.util.function.Supplier;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Runs an optimistic read-modify-write again when another writer got there first: the
 * attempt reads, decides and writes with a version check, and answers empty when it lost.
 * Plain Java, so that domain classes take it in their constructor; how many attempts and
 * how long to pause between them is configured once for the service
 * ({@code dorset.writes.retry.*}, {@link ResilientLostRaceRetry}).
 */
public interface LostRaceRetry {

	/**
	 * Runs {@code attempt} until it answers a value, pausing between attempts.
	 * @param operation names the write in metrics and logs, for example
	 * {@code roll-entry}
	 * @param attempt reads, decides and writes; empty when another writer got there first
	 * @return the first value, or empty when every attempt lost
	 */
	<T> Optional<T> tryToWin(String operation, Supplier<Optional<T>> attempt);

	/**
	 * As {@link #tryToWin}, for writes whose loss the caller answers with a 409: the
	 * record kept changing and the client should send its request again.
	 * @param kept says what kept changing, for the problem's detail
	 * @throws ProblemException {@link Problem#CONFLICT} when every attempt lost
	 */
	default <T> T untilWon(String operation, Supplier<Optional<T>> attempt, Supplier<String> kept) {
		return tryToWin(operation, attempt)
			.orElseThrow(() -> new ProblemException(Problem.CONFLICT, kept.get() + "; send it again"));
	}

	/** Up to {@code maxAttempts} attempts without pauses: for tests of domain rules. */
	static LostRaceRetry withoutPause(int maxAttempts) {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("at least one attempt, not " + maxAttempts);
		}
		return new LostRaceRetry() {
			@Override
			public <T> Optional<T> tryToWin(String operation, Supplier<Optional<T>> attempt) {
				for (int made = 0; made < maxAttempts; made++) {
					Optional<T> won = attempt.get();
					if (won.isPresent()) {
						return won;
					}
				}
				return Optional.empty();
			}
		};
	}

}
