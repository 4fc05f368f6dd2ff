package uk.gov.dorsetcouncil.edu.attendance.ingest.grpc;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetCohortSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IngestResult;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Session;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Client-streaming ingestion and the aggregate calls on a real in-process gRPC server
 * with the platform's caller check and error mapping, over the real stores in memory.
 */
class StreamMarksTest {

	static final String URN = "113001";

	static final String OTHER = "113002";

	private InMemoryStores stores;

	private ManagedChannel channel;

	@BeforeEach
	void start() throws Exception {
		this.stores = new InMemoryStores();
		this.stores.addSchool(URN, "Abbey First School");
		this.stores.addSchool(OTHER, "Other School");
		this.stores.addPupil(URN, upn(41), "2021-09-02", null);
		this.stores.addPupil(URN, upn(42), "2021-09-02", null);
		this.stores.addPupil(OTHER, upn(43), "2021-09-02", null);
		this.channel = this.stores.serveGrpc();
	}

	@AfterEach
	void stop() {
		this.stores.close();
	}

	@Test
	void batchesAreStoredAndBadMarksReportedByTheirPositionInTheStream() throws Exception {
		IngestResult result = stream(LA, batch("", pupil(URN, upn(41), "/", "\\", "I", "I")),
				batch("", pupil(URN, upn(42), "/", "H", "/", "\\"), pupil(URN, upn(43), "/", "\\", "/", "\\")));
		assertThat(result.getRowsRead()).isEqualTo(12);
		assertThat(result.getRowsStored()).isEqualTo(7);
		assertThat(result.getMarksChanged()).isEqualTo(7);
		assertThat(result.getRowsRejected()).isEqualTo(5);
		assertThat(result.getRejectionsList())
			.extracting((rejection) -> rejection.getRow() + " " + rejection.getField())
			.containsExactly("6 code", "9 upn", "10 upn", "11 upn", "12 upn");
		assertThat(result.getReplayed()).isFalse();
		assertThat(this.stores.attendance.summary(LA, upn(41), null, null).combined().counts().authorised())
			.isEqualTo(2);
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstResultAndOtherContentIsAConflict() throws Exception {
		MarkBatch batch = batch("upload-2026-11-17", pupil(URN, upn(41), "N", "N", "/", "\\"));
		IngestResult first = stream(LA, batch);
		IngestResult again = stream(LA, batch);
		assertThat(again.getReplayed()).isTrue();
		assertThat(again.getImportId()).isEqualTo(first.getImportId());
		assertThat(again.getMarksChanged()).isEqualTo(4);
		assertThat(this.stores.marks.amendments(URN, new uk.gov.dorsetcouncil.edu.platform.identifiers.Upn(upn(41))))
			.isEmpty();
		ExecutionException conflict = catchThrowableOfType(ExecutionException.class,
				() -> stream(LA, batch("upload-2026-11-17", pupil(URN, upn(41), "I", "I", "/", "\\"))));
		assertThat(Status.fromThrowable(conflict.getCause()).getCode()).isEqualTo(Status.Code.ABORTED);
		assertThat(this.stores.marks.amendments(URN, new uk.gov.dorsetcouncil.edu.platform.identifiers.Upn(upn(41))))
			.as("nothing stored from the refused stream")
			.isEmpty();
	}

	@Test
	void aSchoolStreamsOnlyItsOwnMarksAndNeedsTheScope() throws Exception {
		IngestResult result = stream(school(URN, "registers:write"),
				batch("", pupil(URN, upn(41), "/", "\\", "/", "\\"), pupil(OTHER, upn(43), "/", "\\", "/", "\\")));
		assertThat(result.getRowsStored()).isEqualTo(4);
		assertThat(result.getRejectionsList())
			.allSatisfy((rejection) -> assertThat(rejection.getField()).isEqualTo("urn"));
		ExecutionException refused = catchThrowableOfType(ExecutionException.class,
				() -> stream(school(URN, "attendance:read"), batch("", pupil(URN, upn(41), "/", "\\", "/", "\\"))));
		assertThat(Status.fromThrowable(refused.getCause()).getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
	}

	@Test
	void cohortSummaryAndRollLookUp() throws Exception {
		stream(LA, batch("", pupil(URN, upn(41), "/", "\\", "I", "I"), pupil(URN, upn(42), "/", "\\", "/", "\\")));
		AreaSummary summary = blocking(LA).getCohortSummary(GetCohortSummaryRequest.newBuilder()
			.setDimension("SEX")
			.setAcademicYear("2026/27")
			.setScope(uk.gov.dorsetcouncil.edu.proto.attendance.v1.HeadlineScope.ALL_PUPILS)
			.build());
		assertThat(summary.getTotal().getPossibleSessions().getValue()).isEqualTo(8);
		assertThat(summary.getTotal().getOverallAbsenceRate().getValue()).isEqualTo(25.0);
		assertThat(summary.getGroupsList()).extracting((group) -> group.getGroup()).containsExactly("F");

		FindEnrolmentsResponse roll = blocking(school(URN, "attendance:read"))
			.findEnrolments(FindEnrolmentsRequest.newBuilder().setUpn(upn(41)).build());
		assertThat(roll.getEnrolmentsList()).extracting((enrolment) -> enrolment.getSchoolUrn()).containsExactly(URN);
		StatusRuntimeException otherSchool = catchThrowableOfType(StatusRuntimeException.class,
				() -> blocking(school(OTHER, "attendance:read"))
					.findEnrolments(FindEnrolmentsRequest.newBuilder().setUpn(upn(41)).build()));
		assertThat(otherSchool.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
	}

	private IngestResult stream(Caller caller, MarkBatch... batches) throws Exception {
		CompletableFuture<IngestResult> result = new CompletableFuture<>();
		StreamObserver<MarkBatch> requests = AttendanceServiceGrpc.newStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers(caller)))
			.streamMarks(new StreamObserver<>() {

				@Override
				public void onNext(IngestResult value) {
					result.complete(value);
				}

				@Override
				public void onError(Throwable error) {
					result.completeExceptionally(error);
				}

				@Override
				public void onCompleted() {
				}

			});
		for (MarkBatch batch : batches) {
			requests.onNext(batch);
		}
		requests.onCompleted();
		return result.get(10, TimeUnit.SECONDS);
	}

	private AttendanceServiceGrpc.AttendanceServiceBlockingStub blocking(Caller caller) {
		return AttendanceServiceGrpc.newBlockingStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers(caller)));
	}

	private static Metadata headers(Caller caller) {
		Metadata headers = new Metadata();
		CallerHeaders.toHeaders(caller)
			.forEach((name, value) -> headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
		return headers;
	}

	private static Caller school(String urn, String scope) {
		return new Caller("lead@" + urn, "mis", Organisation.school(urn), Set.of(), Set.of(scope));
	}

	private static MarkBatch batch(String key, PupilMarks... pupils) {
		return MarkBatch.newBuilder().setIdempotencyKey(key).addAllPupils(List.of(pupils)).build();
	}

	/** Marks for Monday 16 and Tuesday 17 November 2026, AM and PM. */
	private static PupilMarks pupil(String urn, String upn, String... codes) {
		PupilMarks.Builder pupil = PupilMarks.newBuilder().setUrn(urn).setUpn(upn);
		for (int i = 0; i < codes.length; i++) {
			pupil.addMarks(SessionMark.newBuilder()
				.setDate((i < 2) ? "2026-11-16" : "2026-11-17")
				.setSession((i % 2 == 0) ? Session.AM : Session.PM)
				.setCode(codes[i]));
		}
		return pupil.build();
	}

}
