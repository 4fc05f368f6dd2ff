package uk.gov.dorsetcouncil.edu.platform.changes;

import java.util.Set;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/** A producer's feed as its readers see it (ADR 0023). */
public interface ChangeFeed {

	/** The most entries one read answers. */
	int MAX_LIMIT = 1000;

	/** Entries one read answers when the reader does not say. */
	int DEFAULT_LIMIT = 100;

	/**
	 * The entries after {@code after}, at most {@code limit} scanned, of the given entity
	 * types (all when empty), those {@code visible} rejects skipped.
	 * @throws ProblemException {@link Problem#GONE} when {@code after} is older than the
	 * retention or beyond the end; {@link Problem#INVALID_INPUT} for a negative position
	 * or a limit outside 1 to {@link #MAX_LIMIT}
	 */
	ChangeBatch read(long after, int limit, Set<String> entityTypes, Predicate<Change> visible);

}
