package uk.gov.dorsetcouncil.edu.transport.entitlement.client;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;

/** Attendance read over the module's one channel to attendance-service. */
@Configuration(proxyBeanMethods = false)
class AttendanceSummariesConfiguration {

	@Bean
	AttendanceSummaries attendanceSummaries(ManagedChannel attendanceChannel, DownstreamCalls calls) {
		return new AttendanceSummaries(AttendanceServiceGrpc.newBlockingStub(attendanceChannel),
				calls.to(AttendanceSummaries.TARGET));
	}

}
