package uk.gov.dorsetcouncil.edu.attendance.measures.grpc;

import java.util.ArrayList;
import java.util.List;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJobs;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.ingest.Rejection;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.Cell;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceQuery;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCount;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCounts;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.EnrolmentAttendance;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetAlertCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetCohortSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetSchoolSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.HeadlineScope;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IngestResult;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Measure;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Period;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ReferenceFigure;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RollEnrolment;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RowRejection;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark;

/**
 * {@code dorset.attendance.v1.AttendanceService}: the same figures, ingestion rules and
 * access rules as REST. Refusals leave as precise statuses through the platform's problem
 * mapping (INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED, ABORTED, ...).
 */
@GrpcService
public class AttendanceGrpcService extends AttendanceServiceGrpc.AttendanceServiceImplBase {

	/** Rejections returned in an {@link IngestResult}; the job keeps up to 100,000. */
	static final int REJECTIONS_RETURNED = 1000;

	private static final GrpcProblemMapping PROBLEMS = new GrpcProblemMapping();

	private final PupilAttendanceQuery query;

	private final AreaMeasures measures;

	private final ImportJobs imports;

	private final RollKeeping roll;

	private final SchoolDirectory schools;

	private final NeedsHelpNow needsHelpNow;

	public AttendanceGrpcService(PupilAttendanceQuery query, AreaMeasures measures, ImportJobs imports,
			RollKeeping roll, SchoolDirectory schools, NeedsHelpNow needsHelpNow) {
		this.needsHelpNow = needsHelpNow;
		this.query = query;
		this.measures = measures;
		this.imports = imports;
		this.roll = roll;
		this.schools = schools;
	}

	@Override
	public void getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest request,
			StreamObserver<PupilAttendanceSummary> responses) {
		uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceSummary summary = this.query
			.summary(CurrentCaller.require(), request.getUpn(), request.getFromDate(), request.getToDate());
		PupilAttendanceSummary.Builder answer = PupilAttendanceSummary.newBuilder()
			.setUpn(summary.upn().value())
			.setBasis(summary.basis().label())
			.setFromDate(summary.fromDate().toString())
			.setToDate(summary.toDate().toString())
			.setAsOf(summary.asOf().toString())
			.setCombined(figures(summary.combined()));
		summary.enrolments()
			.forEach((enrolment) -> answer.addEnrolments(EnrolmentAttendance.newBuilder()
				.setSchoolUrn(enrolment.schoolUrn())
				.setSchoolName(enrolment.schoolName())
				.setAdmissionDate(enrolment.admissionDate().toString())
				.setLeavingDate((enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : "")
				.setFigures(figures(enrolment.figures()))));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

	/**
	 * Each batch is checked and stored as it arrives (one bulk write of the pupil-years
	 * it touches); the result comes when the client completes the stream.
	 */
	@Override
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

	@Override
	public void getSchoolSummary(GetSchoolSummaryRequest request, StreamObserver<AreaSummary> responses) {
		reply(responses, this.measures.school(CurrentCaller.require(), request.getUrn(),
				request(request.getAcademicYear(), request.getScope(), request.getByList(), request.getPeriod())));
	}

	@Override
	public void getLocalitySummary(GetLocalitySummaryRequest request, StreamObserver<AreaSummary> responses) {
		reply(responses, this.measures.locality(CurrentCaller.require(), request.getLocality(),
				request(request.getAcademicYear(), request.getScope(), request.getByList(), request.getPeriod())));
	}

	@Override
	public void getLocalAuthoritySummary(GetLocalAuthoritySummaryRequest request,
			StreamObserver<AreaSummary> responses) {
		reply(responses, this.measures.localAuthority(CurrentCaller.require(),
				request(request.getAcademicYear(), request.getScope(), request.getByList(), request.getPeriod())));
	}

	@Override
	public void getCohortSummary(GetCohortSummaryRequest request, StreamObserver<AreaSummary> responses) {
		reply(responses,
				this.measures.cohort(CurrentCaller.require(), request.getDimension(), request.getUrn(),
						request.getLocality(),
						request(request.getAcademicYear(), request.getScope(), List.of(), request.getPeriod())));
	}

	@Override
	public void findEnrolments(FindEnrolmentsRequest request, StreamObserver<FindEnrolmentsResponse> responses) {
		Pupil pupil = this.roll.enrolments(CurrentCaller.require(), request.getUpn());
		FindEnrolmentsResponse.Builder answer = FindEnrolmentsResponse.newBuilder()
			.setUpn(pupil.upn().value())
			.setYearGroup(pupil.yearGroup());
		pupil.enrolments()
			.forEach((enrolment) -> answer.addEnrolments(RollEnrolment.newBuilder()
				.setSchoolUrn(enrolment.urn())
				.setSchoolName(this.schools.find(enrolment.urn()).map(School::name).orElse(""))
				.setAdmissionDate(enrolment.admissionDate().toString())
				.setLeavingDate((enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : "")
				.setRegistration(enrolment.registration().name())));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

	@Override
	public void getAlertCounts(GetAlertCountsRequest request, StreamObserver<AlertCounts> responses) {
		uk.gov.dorsetcouncil.edu.attendance.alerts.AlertCounts counts = this.needsHelpNow
			.counts(CurrentCaller.require(), request.getUrn(), request.getLocality());
		AlertCounts.Builder answer = AlertCounts.newBuilder()
			.setAreaType(counts.areaType())
			.setArea(counts.area())
			.setAsOf(counts.asOf().toString())
			.setChildrenNeedingHelp(counts.childrenNeedingHelp())
			.setSeverelyAbsent(counts.severelyAbsent())
			.setSeverelyAbsentWithCurrentPlan(counts.severelyAbsentWithCurrentPlan());
		counts.children()
			.forEach((type, children) -> answer
				.addCounts(AlertCount.newBuilder().setType(type.name()).setChildren(children)));
		responses.onNext(answer.build());
		responses.onCompleted();
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

	private static AreaMeasures.Request request(String year, HeadlineScope scope, List<String> dimensions,
			Period period) {
		String scopeName = switch (scope) {
			case AGED_5_TO_15 -> "AGED_5_TO_15";
			case ALL_PUPILS -> "ALL_PUPILS";
			default -> null;
		};
		return new AreaMeasures.Request(year, scopeName, false, dimensions, period.getTerm(), period.getFromDate(),
				period.getToDate());
	}

	private static void reply(StreamObserver<AreaSummary> responses,
			uk.gov.dorsetcouncil.edu.attendance.measures.AreaSummary summary) {
		AreaSummary.Builder answer = AreaSummary.newBuilder()
			.setAreaType(summary.areaType())
			.setArea(summary.area())
			.setAcademicYear(summary.academicYear())
			.setBasis(summary.basis())
			.setFromDate(summary.fromDate().toString())
			.setToDate(summary.toDate().toString())
			.setScope(summary.scope())
			.setAsOf(summary.asOf().toString())
			.setMarksUpTo((summary.marksUpTo() != null) ? summary.marksUpTo().toString() : "")
			.setSuppressed(summary.suppressed())
			.setTotal(group(summary.total()));
		summary.groups().forEach((group) -> answer.addGroups(group(group)));
		summary.references()
			.forEach((reference) -> answer.addReferences(ReferenceFigure.newBuilder()
				.setMeasure(reference.measure())
				.setComparator(reference.comparator())
				.setGroup(reference.group())
				.setPeriod(reference.period())
				.setValue(reference.value())
				.setSource(reference.source())
				.setConfirmed(reference.confirmed())));
		answer.addAllComparatorsNotHeld(summary.comparatorsNotHeld());
		responses.onNext(answer.build());
		responses.onCompleted();
	}

	private static GroupFigures group(uk.gov.dorsetcouncil.edu.attendance.measures.GroupFigures figures) {
		return GroupFigures.newBuilder()
			.setDimension(figures.dimension())
			.setGroup(figures.group())
			.setEnrolments(measure(figures.enrolments()))
			.setPossibleSessions(measure(figures.possibleSessions()))
			.setOverallAbsenceSessions(measure(figures.overallAbsenceSessions()))
			.setAuthorisedAbsenceSessions(measure(figures.authorisedAbsenceSessions()))
			.setUnauthorisedAbsenceSessions(measure(figures.unauthorisedAbsenceSessions()))
			.setOverallAbsenceRate(measure(figures.overallAbsenceRate()))
			.setAuthorisedAbsenceRate(measure(figures.authorisedAbsenceRate()))
			.setUnauthorisedAbsenceRate(measure(figures.unauthorisedAbsenceRate()))
			.setPersistentAbsentees(measure(figures.persistentAbsentees()))
			.setPersistentAbsenceRate(measure(figures.persistentAbsenceRate()))
			.setSevereAbsentees(measure(figures.severeAbsentees()))
			.setSevereAbsenceRate(measure(figures.severeAbsenceRate()))
			.build();
	}

	private static Measure measure(Cell cell) {
		Measure.Builder measure = Measure.newBuilder().setSymbol(cell.symbol());
		if (cell.shown()) {
			measure.setValue(cell.value());
		}
		return measure.build();
	}

	private static AttendanceFigures figures(uk.gov.dorsetcouncil.edu.attendance.measures.AttendanceFigures figures) {
		AttendanceFigures.Builder answer = AttendanceFigures.newBuilder()
			.setPossibleSessions(figures.counts().possible())
			.setPresentSessions(figures.counts().present())
			.setApprovedEducationalActivitySessions(figures.counts().approvedEducationalActivity())
			.setAuthorisedAbsenceSessions(figures.counts().authorised())
			.setUnauthorisedAbsenceSessions(figures.counts().unauthorised())
			.setAttendancePercent(figures.attendancePercent())
			.setOverallAbsencePercent(figures.overallAbsencePercent())
			.setAuthorisedAbsencePercent(figures.authorisedAbsencePercent())
			.setUnauthorisedAbsencePercent(figures.unauthorisedAbsencePercent())
			.setPersistentlyAbsent(figures.persistentlyAbsent())
			.setSeverelyAbsent(figures.severelyAbsent());
		figures.byCode().forEach((code, sessions) -> answer.putSessionsByCode(code.symbol(), sessions));
		return answer.build();
	}

}
