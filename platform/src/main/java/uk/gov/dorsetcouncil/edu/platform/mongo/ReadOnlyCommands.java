package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The wire commands that change nothing in the embedded store, so they are answered at
 * once; every other command (insert, update, delete, findAndModify, createIndexes, drop,
 * an aggregation ending in {@code $out} or {@code $merge}, and any command not named
 * here) is answered only once a commit holds it (ADR 0016). An unknown command is treated
 * as a write: waiting for a commit is always safe, answering early is not.
 */
final class ReadOnlyCommands {

	/**
	 * mongo-java-server 1.47's read commands (its {@code ReadOnlyProxy} list, plus the
	 * handshake, cursor and diagnostic commands the MongoDB driver sends), lower case:
	 * the server matches command names regardless of case.
	 */
	static final Set<String> NAMES = Set.of("ismaster", "hello", "buildinfo", "ping", "whatsmyuri", "serverstatus",
			"hostinfo", "getcmdlineopts", "getfreemonitoringstatus", "connectionstatus", "getlog", "getlasterror",
			"replsetgetstatus", "find", "getmore", "killcursors", "endsessions", "count", "distinct", "listcollections",
			"listindexes", "listdatabases", "dbstats", "collstats", "validate");

	/** Aggregation stages that write their results to a collection. */
	private static final Set<String> WRITING_STAGES = Set.of("$out", "$merge");

	private ReadOnlyCommands() {
	}

	static boolean isReadOnly(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (name.equals("aggregate")) {
			return !writesResults(query.get("pipeline"));
		}
		return NAMES.contains(name);
	}

	private static boolean writesResults(Object pipeline) {
		if (!(pipeline instanceof List<?> stages)) {
			// Malformed: the server will refuse it; waiting for a commit costs nothing
			// more.
			return true;
		}
		for (Object stage : stages) {
			if (stage instanceof Document document && document.keySet().stream().anyMatch(WRITING_STAGES::contains)) {
				return true;
			}
		}
		return false;
	}

}
