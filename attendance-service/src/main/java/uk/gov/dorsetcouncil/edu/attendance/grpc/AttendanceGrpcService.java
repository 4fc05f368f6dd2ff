package uk.gov.dorsetcouncil.edu.attendance.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.attendance.alerts.grpc.AlertCountsGrpc;
import uk.gov.dorsetcouncil.edu.attendance.ingest.grpc.MarkStreamGrpc;
import uk.gov.dorsetcouncil.edu.attendance.measures.grpc.MeasuresGrpc;
import uk.gov.dorsetcouncil.edu.attendance.roll.grpc.EnrolmentsGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCounts;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetAlertCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetCohortSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetSchoolSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IngestResult;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;

/**
 * {@code dorset.attendance.v1.AttendanceService}, one service on the wire as its clients
 * (the gateway, SEND, the local loader) know it, served by the features that own each
 * call: measures, ingest, the roll and alerts, each with its own gRPC adapter. This class
 * only delegates (ADR 0025). Refusals leave as precise statuses through the platform's
 * problem mapping (INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED, ABORTED, ...).
 */
@GrpcService
public class AttendanceGrpcService extends AttendanceServiceGrpc.AttendanceServiceImplBase {

	private final MeasuresGrpc measures;

	private final MarkStreamGrpc marks;

	private final EnrolmentsGrpc enrolments;

	private final AlertCountsGrpc alerts;

	public AttendanceGrpcService(MeasuresGrpc measures, MarkStreamGrpc marks, EnrolmentsGrpc enrolments,
			AlertCountsGrpc alerts) {
		this.measures = measures;
		this.marks = marks;
		this.enrolments = enrolments;
		this.alerts = alerts;
	}

	@Override
	public void getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest request,
			StreamObserver<PupilAttendanceSummary> responses) {
		this.measures.getPupilAttendanceSummary(request, responses);
	}

	@Override
	public void classifyPupils(ClassifyPupilsRequest request, StreamObserver<ClassifyPupilsResponse> responses) {
		this.measures.classifyPupils(request, responses);
	}

	@Override
	public StreamObserver<MarkBatch> streamMarks(StreamObserver<IngestResult> responses) {
		return this.marks.streamMarks(responses);
	}

	@Override
	public void getSchoolSummary(GetSchoolSummaryRequest request, StreamObserver<AreaSummary> responses) {
		this.measures.getSchoolSummary(request, responses);
	}

	@Override
	public void getLocalitySummary(GetLocalitySummaryRequest request, StreamObserver<AreaSummary> responses) {
		this.measures.getLocalitySummary(request, responses);
	}

	@Override
	public void getLocalAuthoritySummary(GetLocalAuthoritySummaryRequest request,
			StreamObserver<AreaSummary> responses) {
		this.measures.getLocalAuthoritySummary(request, responses);
	}

	@Override
	public void getCohortSummary(GetCohortSummaryRequest request, StreamObserver<AreaSummary> responses) {
		this.measures.getCohortSummary(request, responses);
	}

	@Override
	public void findEnrolments(FindEnrolmentsRequest request, StreamObserver<FindEnrolmentsResponse> responses) {
		this.enrolments.findEnrolments(request, responses);
	}

	@Override
	public void getAlertCounts(GetAlertCountsRequest request, StreamObserver<AlertCounts> responses) {
		this.alerts.getAlertCounts(request, responses);
	}

}
