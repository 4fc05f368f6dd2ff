package uk.gov.dorsetcouncil.edu.gateway.encompass.grpc;

import java.time.LocalDate;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.gateway.encompass.DueTime;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterRequest;

/**
 * A school's calendar as attendance holds it (term dates less the school's INSET days and
 * closures), asked over {@code SchoolCalendarService} under the attendance channel's
 * deadline and circuit breaker, as the gateway with {@code attendance:read}. Blocking:
 * run off the event loop.
 */
public class SchoolCalendars {

	static final String ATTENDANCE = "attendance";

	private static final Caller GATEWAY = Caller.service("gateway", Set.of("attendance:read"));

	private final DownstreamCalls calls;

	private final SchoolCalendarServiceGrpc.SchoolCalendarServiceBlockingStub calendar;

	public SchoolCalendars(DownstreamCalls calls,
			SchoolCalendarServiceGrpc.SchoolCalendarServiceBlockingStub calendar) {
		this.calls = calls;
		this.calendar = calendar;
	}

	/** Whether {@code day} is a school day at the school, and the first one after it. */
	public DueTime.SchoolDays around(String urn, LocalDate day) {
		return CurrentCaller.callAs(GATEWAY, () -> {
			boolean schoolDay = this.calls.to(ATTENDANCE)
				.call(this.calendar,
						(stub) -> stub
							.isSchoolDay(IsSchoolDayRequest.newBuilder().setUrn(urn).setDate(day.toString()).build()))
				.getSchoolDay();
			String next = this.calls.to(ATTENDANCE)
				.call(this.calendar, (stub) -> stub.schoolDaysAfter(
						SchoolDaysAfterRequest.newBuilder().setUrn(urn).setDate(day.toString()).setN(1).build()))
				.getDate();
			return new DueTime.SchoolDays(day, schoolDay, LocalDate.parse(next));
		});
	}

}
