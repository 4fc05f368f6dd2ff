package uk.gov.dorsetcouncil.edu.belonging.rate.client;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.belonging.rate.RateArea;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateDimension;
import uk.gov.dorsetcouncil.edu.belonging.rate.RatePeriod;
import uk.gov.dorsetcouncil.edu.belonging.rate.Roll;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCall;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc.AttendanceServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetSchoolSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.HeadlineScope;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Period;

/**
 * Enrolments and pupils' groups from attendance-service, asked as belonging-service
 * itself (a platform service with {@code attendance:read}), never as the caller: the
 * denominators must be exact before belonging suppresses, and pupils' characteristics are
 * never released to the Education Board analyst who may be asking for rates (belonging
 * has checked the caller's reach over the area first). Every enrolment counts (all ages,
 * as the DfE's rates count pupils on roll), over the period at each school's own term
 * dates.
 */
public class AttendanceRoll implements Roll {

	static final Caller BELONGING = Caller.service("belonging-service", Set.of("attendance:read"));

	private final AttendanceServiceBlockingStub attendance;

	private final DownstreamCall downstream;

	public AttendanceRoll(Channel attendance, DownstreamCall downstream) {
		this.attendance = AttendanceServiceGrpc.newBlockingStub(attendance);
		this.downstream = downstream;
	}

	@Override
	public Enrolments enrolments(RateArea area, RateDimension dimension, RatePeriod period) {
		List<String> by = (dimension == RateDimension.REASON || dimension == RateDimension.SCHOOL) ? List.of("SCHOOL")
				: List.of("SCHOOL", dimension.name());
		Period within = (period.term() == null) ? Period.getDefaultInstance()
				: Period.newBuilder().setTerm(period.term().name()).build();
		AreaSummary summary = ask(() -> switch (area.type()) {
			case LOCAL_AUTHORITY -> this.downstream.call(this.attendance,
					stub -> stub.getLocalAuthoritySummary(GetLocalAuthoritySummaryRequest.newBuilder()
						.setAcademicYear(period.yearLabel())
						.setScope(HeadlineScope.ALL_PUPILS)
						.addAllBy(by)
						.setPeriod(within)
						.build()));
			case LOCALITY -> this.downstream.call(this.attendance,
					stub -> stub.getLocalitySummary(GetLocalitySummaryRequest.newBuilder()
						.setLocality(area.id())
						.setAcademicYear(period.yearLabel())
						.setScope(HeadlineScope.ALL_PUPILS)
						.addAllBy(by)
						.setPeriod(within)
						.build()));
			case SCHOOL -> this.downstream.call(this.attendance,
					stub -> stub.getSchoolSummary(GetSchoolSummaryRequest.newBuilder()
						.setUrn(area.id())
						.setAcademicYear(period.yearLabel())
						.setScope(HeadlineScope.ALL_PUPILS)
						.addAllBy(by)
						.setPeriod(within)
						.build()));
		});
		Set<String> schools = new HashSet<>();
		Map<String, Long> byGroup = new LinkedHashMap<>();
		for (GroupFigures group : summary.getGroupsList()) {
			long enrolments = (long) group.getEnrolments().getValue();
			if (group.getDimension().equals("SCHOOL")) {
				schools.add(group.getGroup());
			}
			if (dimension != RateDimension.REASON && group.getDimension().equals(dimension.name())) {
				byGroup.put(group.getGroup(), enrolments);
			}
		}
		if (area.type() == RateArea.Type.SCHOOL) {
			schools.add(area.id());
		}
		return new Enrolments((long) summary.getTotal().getEnrolments().getValue(), byGroup, schools);
	}

	@Override
	public List<String> groups(List<PupilAtSchool> pupils, RateDimension dimension) {
		ClassifyPupilsRequest.Builder request = ClassifyPupilsRequest.newBuilder().addBy(dimension.name());
		pupils
			.forEach(pupil -> request.addPupils(uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAtSchool.newBuilder()
				.setUpn(pupil.upn())
				.setUrn(pupil.urn())));
		return ask(() -> this.downstream.call(this.attendance, stub -> stub.classifyPupils(request.build())))
			.getPupilsList()
			.stream()
			.map(classified -> classified.getGroupsOrDefault(dimension.name(), "UNKNOWN"))
			.toList();
	}

	private static <T> T ask(Supplier<T> call) {
		try {
			return CurrentCaller.callAs(BELONGING, call);
		}
		catch (CallNotPermittedException open) {
			throw unavailable("is failing");
		}
		catch (StatusRuntimeException failure) {
			Status status = failure.getStatus();
			if (status.getCode() == Status.Code.INVALID_ARGUMENT || status.getCode() == Status.Code.NOT_FOUND) {
				throw ProblemException.invalid("year", "attendance-service holds no roll for that: "
						+ ((status.getDescription() != null) ? status.getDescription() : status.getCode().name()));
			}
			throw unavailable("did not answer (" + status.getCode() + ")");
		}
	}

	private static ProblemException unavailable(String what) {
		return new ProblemException(Problem.UNAVAILABLE,
				"attendance-service, which holds the rolls, " + what + "; try again shortly");
	}

}
