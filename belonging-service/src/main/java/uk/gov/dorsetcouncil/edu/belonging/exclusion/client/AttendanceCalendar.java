package uk.gov.dorsetcouncil.edu.belonging.exclusion.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Rolls;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.SchoolDays;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCall;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc.AttendanceServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RollEnrolment;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc.SchoolCalendarServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterRequest;

/**
 * The school's calendar and roll, asked of attendance-service over gRPC as the caller
 * (the platform's client interceptor passes the caller on, and attendance checks its
 * rights again), each call under the target's deadline and circuit breaker. A refusal
 * about the input becomes a problem naming the field; attendance being unreachable is a
 * 503, never a guess.
 */
public class AttendanceCalendar implements SchoolDays, Rolls, Localities {

	public static final String TARGET = "attendance";

	private final SchoolCalendarServiceBlockingStub calendar;

	private final AttendanceServiceBlockingStub attendance;

	private final DownstreamCall downstream;

	public AttendanceCalendar(SchoolCalendarServiceBlockingStub calendar, AttendanceServiceBlockingStub attendance,
			DownstreamCall downstream) {
		this.calendar = calendar;
		this.attendance = attendance;
		this.downstream = downstream;
	}

	@Override
	public Optional<String> notASchoolDay(String urn, LocalDate date) {
		IsSchoolDayResponse answer = ask("startDate", () -> this.downstream.call(this.calendar, stub -> stub
			.isSchoolDay(IsSchoolDayRequest.newBuilder().setUrn(urn).setDate(date.toString()).build())));
		return answer.getSchoolDay() ? Optional.empty() : Optional.of(answer.getReason());
	}

	@Override
	public LocalDate after(String urn, LocalDate date, int n) {
		return LocalDate.parse(ask("startDate",
				() -> this.downstream.call(this.calendar, stub -> stub.schoolDaysAfter(
						SchoolDaysAfterRequest.newBuilder().setUrn(urn).setDate(date.toString()).setN(n).build())))
			.getDate());
	}

	/**
	 * On the roll on the date: admitted by then and not left before it. Attendance
	 * refuses a school that asks of a pupil not on its roll, which is the same answer.
	 */
	@Override
	public boolean onRoll(String urn, Upn upn, LocalDate date) {
		FindEnrolmentsResponse found;
		try {
			found = ask("upn", () -> this.downstream.call(this.attendance,
					stub -> stub.findEnrolments(FindEnrolmentsRequest.newBuilder().setUpn(upn.value()).build())));
		}
		catch (NotOnAnyRoll none) {
			return false;
		}
		return found.getEnrolmentsList().stream().anyMatch(enrolment -> covers(enrolment, urn, date));
	}

	/**
	 * The locality's schools, from attendance's locality figures by school (the contract
	 * offers no plainer list of a locality's schools; those with no pupil in the figures'
	 * scope hold no exclusion either). Asked as the caller, so attendance refuses another
	 * locality's officer.
	 */
	@Override
	public Set<String> schoolsOf(String locality) {
		AreaSummary summary = ask("locality", () -> this.downstream.call(this.attendance, stub -> stub
			.getLocalitySummary(GetLocalitySummaryRequest.newBuilder().setLocality(locality).addBy("SCHOOL").build())));
		return summary.getGroupsList()
			.stream()
			.filter(group -> group.getDimension().equals("SCHOOL"))
			.map(GroupFigures::getGroup)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static boolean covers(RollEnrolment enrolment, String urn, LocalDate date) {
		if (!enrolment.getSchoolUrn().equals(urn) || enrolment.getAdmissionDate().isEmpty()) {
			return false;
		}
		boolean admitted = !LocalDate.parse(enrolment.getAdmissionDate()).isAfter(date);
		boolean notLeft = enrolment.getLeavingDate().isEmpty()
				|| !LocalDate.parse(enrolment.getLeavingDate()).isBefore(date);
		return admitted && notLeft;
	}

	private <T> T ask(String field, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (CallNotPermittedException open) {
			throw new ProblemException(Problem.UNAVAILABLE,
					"attendance-service, which holds the school's calendar and roll, is failing; try again shortly");
		}
		catch (StatusRuntimeException failure) {
			Status status = failure.getStatus();
			String said = (status.getDescription() != null) ? status.getDescription() : status.getCode().name();
			switch (status.getCode()) {
				case NOT_FOUND, PERMISSION_DENIED -> {
					if (field.equals("upn")) {
						throw new NotOnAnyRoll();
					}
					if (field.equals("locality")) {
						throw ProblemException.forbidden(
								"attendance-service does not release this locality's schools" + " to you: " + said);
					}
					throw ProblemException.ruleBroken(List.of(new Violation("schoolUrn", said)));
				}
				case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE ->
					throw ProblemException.ruleBroken(List.of(new Violation(field, said)));
				default -> throw new ProblemException(Problem.UNAVAILABLE,
						"attendance-service, which holds the school's calendar and roll, did not answer ("
								+ status.getCode() + "); try again shortly");
			}
		}
	}

	/** Attendance holds the pupil on no roll the caller may see. */
	private static final class NotOnAnyRoll extends RuntimeException {

		NotOnAnyRoll() {
			super(null, null, false, false);
		}

	}

}
