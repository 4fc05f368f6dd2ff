package uk.gov.dorsetcouncil.edu.platform.changes.grpc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeEntry;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesResponse;

import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code dorset.changes.v1.ChangeFeed} served in-process over a feed on the embedded
 * store.
 */
class ChangeFeedGrpcServiceTest {

	static final Caller SCHOOL = new Caller("dsl", "mis", Organisation.school("990027"), Set.of(), Set.of());

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo("grpc-feed");

	static InProcessFeed served;

	@BeforeAll
	static void start() {
		MongoChangeFeed feed = new MongoChangeFeed(mongo.emptyDatabase(),
				new MutableClock(Instant.parse("2026-10-01T09:00:00Z")));
		feed.publish(List.of(change("1", "enrolment", ChangeType.CREATED, "990027"),
				change("2", "enrolment", ChangeType.CREATED, "990126"),
				change("3", "enrolment", ChangeType.DELETED, "990027"),
				change("4", "school-calendar", ChangeType.UPDATED, "990126")));
		served = InProcessFeed.serve(feed);
	}

	@AfterAll
	static void stop() {
		served.close();
	}

	static Change change(String id, String type, ChangeType change, String urn) {
		return new Change(id, type, urn + ":A" + id, change, Set.of("SCHOOL:" + urn),
				Instant.parse("2026-10-01T08:00:00Z"), Map.of("deletionGround", "B"));
	}

	@Test
	void aServiceReadsEveryEntryInOrder() {
		ListChangesResponse answer = served.as(Caller.service("transport", Set.of()))
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).build());

		assertThat(answer.getEntriesList()).extracting(ChangeEntry::getSequence).containsExactly(1L, 2L, 3L, 4L);
		assertThat(answer.getNextAfter()).isEqualTo(4);
		assertThat(answer.getLatest()).isEqualTo(4);
		ChangeEntry deleted = answer.getEntries(2);
		assertThat(deleted.getType()).isEqualTo(uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeType.DELETED);
		assertThat(deleted.getKey()).isEqualTo("990027:A3");
		assertThat(deleted.getOrganisationsList()).containsExactly("SCHOOL:990027");
		assertThat(deleted.getPayloadMap()).containsEntry("deletionGround", "B");
		assertThat(deleted.getOccurredAt().getSeconds())
			.isEqualTo(Instant.parse("2026-10-01T08:00:00Z").getEpochSecond());
	}

	@Test
	void aSchoolSeesTheChangesThatConcernIt() {
		ListChangesResponse answer = served.as(SCHOOL)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(3).build());

		assertThat(answer.getEntriesList()).extracting(ChangeEntry::getSequence).containsExactly(1L, 3L);
		assertThat(answer.getNextAfter()).isEqualTo(3);
	}

	@Test
	void entityTypesNarrowTheRead() {
		ListChangesResponse answer = served.as(Caller.service("send", Set.of()))
			.listChanges(ListChangesRequest.newBuilder().addEntityTypes("school-calendar").build());

		assertThat(answer.getEntriesList()).extracting(ChangeEntry::getSequence).containsExactly(4L);
		assertThat(answer.getNextAfter()).isEqualTo(4);
	}

	@ParameterizedTest(name = "after {0}, limit {1} -> {2}")
	@CsvSource({ "9, 10, OUT_OF_RANGE", "-1, 10, INVALID_ARGUMENT", "0, 1001, INVALID_ARGUMENT",
			"0, -1, INVALID_ARGUMENT" })
	void aReadOutsideTheFeedHasAPreciseStatus(long after, int limit, Status.Code code) {
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> served.as(SCHOOL)
				.listChanges(ListChangesRequest.newBuilder().setAfter(after).setLimit(limit).build()))
			.satisfies((failure) -> {
				assertThat(failure.getStatus().getCode()).isEqualTo(code);
				assertThat(failure.getStatus().getDescription()).isNotBlank();
			});
	}

	@Test
	void aCallWithoutCallerContextIsRefused() {
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> served.anonymous().listChanges(ListChangesRequest.getDefaultInstance()))
			.satisfies((failure) -> assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
	}

}
