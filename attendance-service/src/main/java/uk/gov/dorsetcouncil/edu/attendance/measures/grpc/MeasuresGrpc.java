package uk.gov.dorsetcouncil.edu.attendance.measures.grpc;

import java.util.List;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.Cell;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceQuery;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilClassification;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.EnrolmentAttendance;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetCohortSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetSchoolSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.HeadlineScope;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Measure;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Period;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilGroups;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ReferenceFigure;

/**
 * The measures' part of {@code dorset.attendance.v1.AttendanceService}: a pupil's
 * attendance summary and the school, locality, county and cohort figures, with the same
 * rules as REST.
 */
@Component
public class MeasuresGrpc {

	private final PupilAttendanceQuery query;

	private final AreaMeasures measures;

	private final PupilClassification classification;

	public MeasuresGrpc(PupilAttendanceQuery query, AreaMeasures measures, PupilClassification classification) {
		this.query = query;
		this.measures = measures;
		this.classification = classification;
	}

	public void classifyPupils(ClassifyPupilsRequest request, StreamObserver<ClassifyPupilsResponse> responses) {
		List<String[]> asked = request.getPupilsList()
			.stream()
			.map((pupil) -> new String[] { pupil.getUpn(), pupil.getUrn() })
			.toList();
		ClassifyPupilsResponse.Builder answer = ClassifyPupilsResponse.newBuilder();
		this.classification.classify(CurrentCaller.require(), asked, request.getByList())
			.forEach((pupil) -> answer.addPupils(
					PupilGroups.newBuilder().setUpn(pupil.upn()).setUrn(pupil.urn()).putAllGroups(pupil.groups())));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

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

	public void getSchoolSummary(GetSchoolSummaryRequest request, StreamObserver<AreaSummary> responses) {
		reply(responses, this.measures.school(CurrentCaller.require(), request.getUrn(),
				request(request.getAcademicYear(), request.getScope(), request.getByList(), request.getPeriod())));
	}

	public void getLocalitySummary(GetLocalitySummaryRequest request, StreamObserver<AreaSummary> responses) {
		reply(responses, this.measures.locality(CurrentCaller.require(), request.getLocality(),
				request(request.getAcademicYear(), request.getScope(), request.getByList(), request.getPeriod())));
	}

	public void getLocalAuthoritySummary(GetLocalAuthoritySummaryRequest request,
			StreamObserver<AreaSummary> responses) {
		reply(responses, this.measures.localAuthority(CurrentCaller.require(),
				request(request.getAcademicYear(), request.getScope(), request.getByList(), request.getPeriod())));
	}

	public void getCohortSummary(GetCohortSummaryRequest request, StreamObserver<AreaSummary> responses) {
		reply(responses,
				this.measures.cohort(CurrentCaller.require(), request.getDimension(), request.getUrn(),
						request.getLocality(),
						request(request.getAcademicYear(), request.getScope(), List.of(), request.getPeriod())));
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
