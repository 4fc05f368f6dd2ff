package uk.gov.dorsetcouncil.edu.platform.changes;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/** A feed a consumer reads: the producer's gRPC feed, or the store itself in-process. */
public interface ChangeSource {

	/**
	 * The entries after {@code after}, at most {@code limit}.
	 * @throws ProblemException {@link Problem#GONE} when {@code after} is older than the
	 * feed's retention or beyond its end: the reader must resynchronise
	 */
	ChangeBatch after(long after, int limit);

}
