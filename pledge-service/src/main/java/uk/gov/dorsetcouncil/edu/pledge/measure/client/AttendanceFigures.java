package uk.gov.dorsetcouncil.edu.pledge.measure.client;

import java.time.Clock;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Channel;
import io.grpc.StatusRuntimeException;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCall;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PlatformQuery;
import uk.gov.dorsetcouncil.edu.pledge.measure.PlatformFigure;
import uk.gov.dorsetcouncil.edu.pledge.measure.PlatformFigures;
import uk.gov.dorsetcouncil.edu.pledge.measure.ValueState;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc.AttendanceServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetCohortSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.HeadlineScope;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Measure;

/**
 * County figures from attendance-service's area and cohort summaries, asked as
 * pledge-service itself (a platform service with {@code attendance:read}): the figures
 * are county rates for groups, never a pupil's, and the service's own suppression answers
 * {@code c} where a group is small, which is passed on as suppressed. Under the target's
 * deadline and circuit breaker ({@code dorset.downstream.attendance}); a failure or an
 * open breaker is an unavailable figure naming the source, never a guess.
 */
public class AttendanceFigures implements PlatformFigures {

	static final Caller PLEDGE = Caller.service("pledge-service", java.util.Set.of("attendance:read"));

	private final AttendanceServiceBlockingStub attendance;

	private final DownstreamCall downstream;

	private final Clock clock;

	public AttendanceFigures(Channel attendance, DownstreamCall downstream, Clock clock) {
		this.attendance = AttendanceServiceGrpc.newBlockingStub(attendance);
		this.downstream = downstream;
		this.clock = clock;
	}

	@Override
	public PlatformFigure figure(PlatformQuery query) {
		AreaSummary summary;
		try {
			summary = ask(() -> (query.dimension() == null)
					? this.downstream.call(this.attendance, stub -> stub.getLocalAuthoritySummary(
							GetLocalAuthoritySummaryRequest.newBuilder().setScope(HeadlineScope.AGED_5_TO_15).build()))
					: this.downstream.call(this.attendance,
							stub -> stub.getCohortSummary(GetCohortSummaryRequest.newBuilder()
								.setDimension(query.dimension())
								.setScope(HeadlineScope.AGED_5_TO_15)
								.build())));
		}
		catch (CallNotPermittedException open) {
			return unavailable(query, "attendance-service is failing (circuit open); not asked");
		}
		catch (StatusRuntimeException failure) {
			return unavailable(query, "attendance-service did not answer (" + failure.getStatus().getCode() + ")");
		}
		GroupFigures figures = (query.group() == null) ? summary.getTotal() : summary.getGroupsList()
			.stream()
			.filter(group -> group.getDimension().equals(query.dimension()) && group.getGroup().equals(query.group()))
			.findFirst()
			.orElse(null);
		String basis = summary.getBasis() + ", " + summary.getAcademicYear() + ", " + summary.getFromDate() + " to "
				+ summary.getToDate() + ", " + summary.getScope();
		if (figures == null) {
			return new PlatformFigure(ValueState.UNAVAILABLE, null, query.service(), query.asked(), basis,
					summary.getAsOf(), "attendance-service holds no pupils in the group " + query.group());
		}
		Measure measure = switch (query.figure()) {
			case "persistent_absence_rate" -> figures.getPersistentAbsenceRate();
			case "severe_absence_rate" -> figures.getSevereAbsenceRate();
			case "overall_absence_rate" -> figures.getOverallAbsenceRate();
			default -> throw new IllegalStateException("no figure " + query.figure() + " in an area summary");
		};
		if (!measure.hasValue()) {
			return new PlatformFigure(ValueState.SUPPRESSED, null, query.service(), query.asked(), basis,
					summary.getAsOf(), "attendance-service shows '" + measure.getSymbol() + "' (c: small numbers "
							+ "suppressed; z: nothing to divide by)");
		}
		return new PlatformFigure(ValueState.AVAILABLE, measure.getValue(), query.service(), query.asked(), basis,
				summary.getAsOf(), null);
	}

	private PlatformFigure unavailable(PlatformQuery query, String why) {
		return new PlatformFigure(ValueState.UNAVAILABLE, null, query.service(), query.asked(), null,
				this.clock.instant().toString(), why);
	}

	private static <T> T ask(Supplier<T> call) {
		return CurrentCaller.callAs(PLEDGE, call);
	}

}
