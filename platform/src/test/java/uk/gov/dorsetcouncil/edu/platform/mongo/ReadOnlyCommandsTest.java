package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReadOnlyCommandsTest {

	@ParameterizedTest(name = "{0} {1}: read only {2}")
	@CsvSource({
			// Answered at once: they change nothing.
			"find, , true", "FIND, , true", "getMore, , true", "count, , true", "distinct, , true",
			"listCollections, , true", "listIndexes, , true", "isMaster, , true", "hello, , true", "ping, , true",
			"buildInfo, , true", "killCursors, , true", "endSessions, , true", "dbStats, , true", "collStats, , true",
			"serverStatus, , true", "aggregate, $match, true", "aggregate, $group, true",
			// Answered once a commit holds them.
			"insert, , false", "update, , false", "delete, , false", "findAndModify, , false", "create, , false",
			"createIndexes, , false", "dropIndexes, , false", "drop, , false", "dropDatabase, , false",
			"renameCollection, , false", "aggregate, $out, false", "aggregate, $merge, false",
			// Not known here: waiting is the safe side.
			"compact, , false", "someFutureCommand, , false" })
	void onlyCommandsThatChangeNothingAreAnsweredBeforeACommit(String command, String lastStage, boolean readOnly) {
		Document query = new Document(command, "marks");
		if (lastStage != null) {
			query.put("pipeline", List.of(new Document("$match", new Document()), new Document(lastStage, "out")));
		}
		assertThat(ReadOnlyCommands.isReadOnly(command, query)).isEqualTo(readOnly);
	}

	@Test
	void anAggregationWhosePipelineCannotBeReadWaitsForACommit() {
		assertThat(ReadOnlyCommands.isReadOnly("aggregate",
				new Document("aggregate", "marks").append("pipeline", "not-a-list")))
			.isFalse();
	}

}
