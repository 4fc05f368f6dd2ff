package uk.gov.dorsetcouncil.edu.platform.retry;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LostRaceRetryTest {

	static final LostRaceRetrySettings FAST = new LostRaceRetrySettings(5, Duration.ofMillis(1), 2.0, 0.5);

	static Stream<Arguments> retries() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		return Stream.of(Arguments.of("resilient", new ResilientLostRaceRetry(FAST, meters)),
				Arguments.of("without pause", LostRaceRetry.withoutPause(5)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("retries")
	void wonAtTheFirstAttemptRunsOnce(String name, LostRaceRetry retry) {
		AtomicInteger attempts = new AtomicInteger();
		assertThat(retry.tryToWin("w", () -> Optional.of(attempts.incrementAndGet()))).contains(1);
		assertThat(attempts).hasValue(1);
	}

	/** Five attempts in all, the first included. */
	@ParameterizedTest(name = "lost {0} times -> attempts {1}, won {2}")
	@CsvSource({ "0, 1, true", "1, 2, true", "4, 5, true", "5, 5, false", "9, 5, false" })
	void losingRacesIsRetriedUpToTheLimit(int losses, int attemptsMade, boolean won) {
		for (LostRaceRetry retry : new LostRaceRetry[] { new ResilientLostRaceRetry(FAST, new SimpleMeterRegistry()),
				LostRaceRetry.withoutPause(5) }) {
			AtomicInteger attempts = new AtomicInteger();
			Optional<String> outcome = retry.tryToWin("w",
					() -> (attempts.incrementAndGet() > losses) ? Optional.of("saved") : Optional.empty());
			assertThat(outcome.isPresent()).isEqualTo(won);
			assertThat(attempts).hasValue(attemptsMade);
		}
	}

	@Test
	void losingEveryAttemptIsAConflictTheClientCanResend() {
		LostRaceRetry retry = new ResilientLostRaceRetry(FAST, new SimpleMeterRegistry());
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> retry.untilWon("plan", Optional::empty, () -> "the plan for pupil X kept changing"))
			.satisfies((problem) -> assertThat(problem.problem()).isEqualTo(Problem.CONFLICT))
			.withMessage("the plan for pupil X kept changing; send it again");
	}

	@Test
	void lostRacesAreCountedByOperation() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		LostRaceRetry retry = new ResilientLostRaceRetry(FAST, meters);
		AtomicInteger attempts = new AtomicInteger();
		retry.tryToWin("register", () -> (attempts.incrementAndGet() > 2) ? Optional.of(1) : Optional.empty());
		retry.tryToWin("roll-entry", Optional::empty);

		assertThat(meters.counter("dorset.writes.lost_races", "operation", "register").count()).isEqualTo(2);
		assertThat(meters.counter("dorset.writes.lost_races", "operation", "roll-entry").count()).isEqualTo(5);
		assertThat(meters.counter("dorset.writes.lost_race_exhausted", "operation", "register").count()).isZero();
		assertThat(meters.counter("dorset.writes.lost_race_exhausted", "operation", "roll-entry").count()).isEqualTo(1);
	}

	@Test
	void anExceptionIsNotALostRaceAndIsNotRetried() {
		AtomicInteger attempts = new AtomicInteger();
		LostRaceRetry retry = new ResilientLostRaceRetry(FAST, new SimpleMeterRegistry());
		assertThatIllegalStateException().isThrownBy(() -> retry.tryToWin("w", () -> {
			attempts.incrementAndGet();
			throw new IllegalStateException("the store refused the write");
		}));
		assertThat(attempts).hasValue(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "no attempt | 0 | PT0.005S | 2 | 0.5", "no pause | 5 | PT0S | 2 | 0.5",
			"shrinking pauses | 5 | PT0.005S | 0.5 | 0.5", "jitter of the whole pause | 5 | PT0.005S | 2 | 1" })
	void settingsThatCannotWorkAreRefusedAtStart(String why, int attempts, Duration pause, double multiplier,
			double randomisation) {
		assertThatIllegalStateException()
			.isThrownBy(() -> new LostRaceRetrySettings(attempts, pause, multiplier, randomisation))
			.withMessageContaining("dorset.writes.retry.");
		assertThat(why).isNotBlank();
	}

	@Test
	void aRetryWithoutAttemptsIsAMistake() {
		assertThatIllegalArgumentException().isThrownBy(() -> LostRaceRetry.withoutPause(0));
	}

}
