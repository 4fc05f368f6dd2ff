package uk.gov.dorsetcouncil.edu.attendance.ingest.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.ingest.StreamKeys;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys.Begin;
import uk.gov.dorsetcouncil.edu.platform.idempotency.RequestFingerprint;
import uk.gov.dorsetcouncil.edu.platform.idempotency.StoredResponse;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Stream keys in the platform's idempotency keys, beside the REST writes' (one key space
 * per organisation): the stream is fingerprinted by what it is, not by its rows, which
 * arrive later; its stored answer is its job's id, whose content hash the stream compares
 * at its end.
 */
public final class IdempotentStreams implements StreamKeys {

	/** What every mark stream is, for the key's fingerprint. */
	static final String STREAM = RequestFingerprint.of("GRPC", "/dorset.attendance.v1.AttendanceService/StreamMarks",
			new byte[0]);

	private static final String JOB = "application/vnd.dorset.import-job-id";

	private final IdempotencyKeys keys;

	public IdempotentStreams(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Override
	public Optional<String> claim(String organisation, String key, String jobId) {
		IdempotencyKeys.checkKey(key);
		return switch (this.keys.begin(organisation, key, STREAM)) {
			case Begin.Started started -> {
				// The job is the answer from now on: a retry, even one arriving
				// while this stream still runs, gets it (as the REST import's 202
				// names its job).
				this.keys.complete(started.claim(), new StoredResponse(0, JOB, jobId.getBytes(StandardCharsets.UTF_8)));
				yield Optional.empty();
			}
			case Begin.Replay replay -> Optional.of(new String(replay.response().body(), StandardCharsets.UTF_8));
			case Begin.InProgress inProgress -> throw new ProblemException(Problem.CONFLICT,
					"a stream with this idempotency key is starting at this moment; try again shortly",
					List.of(new Violation("idempotency_key", "in use by a stream starting now")));
			case Begin.Mismatch mismatch -> throw new ProblemException(Problem.CONFLICT,
					"the idempotency key " + key
							+ " was used for another request (a REST import); use a new key for a new stream",
					List.of(new Violation("idempotency_key", "used for another request")));
		};
	}

}
