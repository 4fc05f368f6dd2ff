package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * The idempotency keys of gRPC mark streams: a stream's key is known with its first batch
 * and its content only at its end, so the key is claimed for the stream's job at once,
 * and a retry finds that job.
 */
public interface StreamKeys {

	/**
	 * Claims a key for a new stream's job.
	 * @param organisation whose key it is (keys of different organisations never meet)
	 * @return empty when the key is now this job's; the id of the job a stream with this
	 * key made before otherwise
	 * @throws ProblemException {@link Problem#CONFLICT} when the key was used for another
	 * kind of request (a REST import) or is being claimed at this moment
	 */
	Optional<String> claim(String organisation, String key, String jobId);

}
