package uk.gov.dorsetcouncil.edu.attendance.ingest.grpc;

import java.util.ArrayList;
import java.util.List;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJobs;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.ingest.Rejection;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IngestResult;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RowRejection;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark;

/**
 * Ingest's part of {@code dorset.attendance.v1.AttendanceService}: marks streamed in
 * batches, checked and stored as the REST imports are.
 */
@Component
public class MarkStreamGrpc {

	/** Rejections returned in an {@link IngestResult}; the job keeps up to 100,000. */
	static final int REJECTIONS_RETURNED = 1000;

	private static final GrpcProblemMapping PROBLEMS = new GrpcProblemMapping();

	private final ImportJobs imports;

	public MarkStreamGrpc(ImportJobs imports) {
		this.imports = imports;
	}

	/**
	 * Each batch is checked and stored as it arrives (one bulk write of the pupil-years
	 * it touches); the result comes when the client completes the stream.
	 */
	public StreamObserver<MarkBatch> streamMarks(StreamObserver<IngestResult> responses) {
		ImportJobs.Stream stream;
		try {
			stream = this.imports.openStream(CurrentCaller.require());
		}
		catch (RuntimeException ex) {
			responses.onError(PROBLEMS.handleException(ex));
			return new StreamObserver<>() {

				@Override
				public void onNext(MarkBatch batch) {
				}

				@Override
				public void onError(Throwable error) {
				}

				@Override
				public void onCompleted() {
				}

			};
		}
		return new StreamObserver<>() {

			private boolean failed;

			@Override
			public void onNext(MarkBatch batch) {
				if (this.failed) {
					return;
				}
				try {
					stream.accept(batch.getIdempotencyKey(), rows(batch, stream.nextRow()));
				}
				catch (RuntimeException ex) {
					this.failed = true;
					stream.abandon("stopped at a batch that could not be taken: " + ex.getMessage());
					responses.onError(PROBLEMS.handleException(ex));
				}
			}

			@Override
			public void onError(Throwable error) {
				stream.abandon("the client broke off the stream; marks already stored are held");
			}

			@Override
			public void onCompleted() {
				if (this.failed) {
					return;
				}
				try {
					ImportJobs.Finished finished = stream.finish();
					responses.onNext(result(finished));
					responses.onCompleted();
				}
				catch (RuntimeException ex) {
					responses.onError(PROBLEMS.handleException(ex));
				}
			}

		};
	}

	private IngestResult result(ImportJobs.Finished finished) {
		List<Rejection> first = this.imports.firstRejections(finished.job().id(), REJECTIONS_RETURNED);
		IngestResult.Builder result = IngestResult.newBuilder()
			.setImportId(finished.job().id())
			.setRowsRead(finished.job().rowsRead())
			.setRowsStored(finished.job().rowsStored())
			.setMarksChanged(finished.job().marksChanged())
			.setRowsRejected(finished.job().rowsRejected())
			.setRejectionsTruncated(finished.job().rowsRejected() > first.size())
			.setReplayed(finished.replayed());
		first.forEach((rejection) -> result.addRejections(RowRejection.newBuilder()
			.setRow(rejection.row())
			.setField(rejection.field())
			.setReason(rejection.reason())));
		return result.build();
	}

	/** Numbers the marks of a batch from {@code firstRow}, in the order sent. */
	static List<MarkRow> rows(MarkBatch batch, long firstRow) {
		List<MarkRow> rows = new ArrayList<>();
		long row = firstRow;
		for (PupilMarks pupil : batch.getPupilsList()) {
			String urn = pupil.getUrn();
			String upn = pupil.getUpn();
			for (SessionMark mark : pupil.getMarksList()) {
				rows.add(new MarkRow(row++, urn, upn, mark.getDate(), session(mark), mark.getCode()));
			}
		}
		return rows;
	}

	private static String session(SessionMark mark) {
		return switch (mark.getSession()) {
			case AM -> "AM";
			case PM -> "PM";
			default -> String.valueOf(mark.getSessionValue());
		};
	}

}
