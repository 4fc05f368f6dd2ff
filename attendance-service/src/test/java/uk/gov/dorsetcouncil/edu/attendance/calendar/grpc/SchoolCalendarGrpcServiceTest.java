package uk.gov.dorsetcouncil.edu.attendance.calendar.grpc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.grpc.server.exception.GrpcExceptionHandlerInterceptor;

import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.grpc.GrpcProblemMapping;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc.SchoolCalendarServiceBlockingStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysBetweenRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The school-day service on a real in-process server with the platform's caller check and
 * error mapping: one school with an INSET day, term dates from the shipped file.
 */
class SchoolCalendarGrpcServiceTest {

	private static final String URN = "113001";

	private Server server;

	private ManagedChannel channel;

	@BeforeEach
	void start() throws Exception {
		SchoolDays schoolDays = new SchoolDays(TermDates.dorset(),
				(urn) -> URN.equals(urn) ? Optional.of(Map.of(LocalDate.of(2026, 10, 23), "INSET")) : Optional.empty());
		String name = InProcessServerBuilder.generateName();
		this.server = InProcessServerBuilder.forName(name)
			.directExecutor()
			.addService(ServerInterceptors.intercept(new SchoolCalendarGrpcService(schoolDays),
					new GrpcExceptionHandlerInterceptor(new GrpcProblemMapping()), new CallerServerInterceptor()))
			.build()
			.start();
		this.channel = InProcessChannelBuilder.forName(name).directExecutor().build();
	}

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.server.shutdownNow();
	}

	@ParameterizedTest(name = "{0}: school day {1} ({2})")
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-23 | true  | ''
			2026-11-21 | false | weekend
			2026-10-23 | false | INSET
			2026-10-27 | false | not term time
			2026-12-25 | false | not term time
			""")
	void isSchoolDaySaysWhyNot(String date, boolean schoolDay, String reason) {
		IsSchoolDayResponse answer = stub("LOCAL_AUTHORITY:838", "attendance:read")
			.isSchoolDay(IsSchoolDayRequest.newBuilder().setUrn(URN).setDate(date).build());
		assertThat(answer.getSchoolDay()).isEqualTo(schoolDay);
		assertThat(answer.getReason()).isEqualTo(reason);
	}

	@Test
	void aSuspensionDeadlineInSchoolDaysCrossesTheInsetDayAndHalfTerm() {
		SchoolCalendarServiceBlockingStub belonging = stub("SERVICE:belonging-service", "attendance:read");
		String sixthDay = belonging
			.schoolDaysAfter(SchoolDaysAfterRequest.newBuilder().setUrn(URN).setDate("2026-10-21").setN(6).build())
			.getDate();
		assertThat(sixthDay).isEqualTo("2026-11-06");
		assertThat(belonging.schoolDaysBetween(
				SchoolDaysBetweenRequest.newBuilder().setUrn(URN).setFromDate("2026-10-21").setToDate(sixthDay).build())
			.getSchoolDays()).isEqualTo(6);
	}

	@Test
	void anotherSchoolCountsTheInsetDay() {
		assertThat(stub("SCHOOL:113001", "attendance:read")
			.schoolDaysAfter(SchoolDaysAfterRequest.newBuilder().setUrn(URN).setDate("2026-10-22").setN(1).build())
			.getDate()).isEqualTo("2026-11-02");
	}

	@ParameterizedTest(name = "{0} -> {5}")
	@CsvSource(delimiter = '|', textBlock = """
			no attendance:read       | LOCAL_AUTHORITY:838 | registers:write | 113001 | 2026-11-23 | PERMISSION_DENIED
			police are not in scope  | POLICE:dorset       | attendance:read | 113001 | 2026-11-23 | PERMISSION_DENIED
			unknown school           | LOCAL_AUTHORITY:838 | attendance:read | 113999 | 2026-11-23 | NOT_FOUND
			malformed URN            | LOCAL_AUTHORITY:838 | attendance:read | 12     | 2026-11-23 | INVALID_ARGUMENT
			malformed date           | LOCAL_AUTHORITY:838 | attendance:read | 113001 | 23/11/2026 | INVALID_ARGUMENT
			no term dates held       | LOCAL_AUTHORITY:838 | attendance:read | 113001 | 2028-01-10 | FAILED_PRECONDITION
			""")
	void refusalsHavePreciseCodes(String description, String organisation, String scope, String urn, String date,
			Status.Code expected) {
		StatusRuntimeException refusal = catchThrowableOfType(StatusRuntimeException.class,
				() -> stub(organisation, scope)
					.isSchoolDay(IsSchoolDayRequest.newBuilder().setUrn(urn).setDate(date).build()));
		assertThat(refusal.getStatus().getCode()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "n = {0} -> {1}")
	@CsvSource({ "-1, INVALID_ARGUMENT", "401, INVALID_ARGUMENT", "200, FAILED_PRECONDITION" })
	void countsOutOfRangeOrBeyondTheTermDatesAreRefused(int n, Status.Code expected) {
		StatusRuntimeException refusal = catchThrowableOfType(StatusRuntimeException.class,
				() -> stub("LOCAL_AUTHORITY:838", "attendance:read").schoolDaysAfter(
						SchoolDaysAfterRequest.newBuilder().setUrn(URN).setDate("2026-11-23").setN(n).build()));
		assertThat(refusal.getStatus().getCode()).isEqualTo(expected);
	}

	@Test
	void aBackwardRangeIsAnInvalidArgument() {
		StatusRuntimeException refusal = catchThrowableOfType(StatusRuntimeException.class,
				() -> stub("LOCAL_AUTHORITY:838", "attendance:read")
					.schoolDaysBetween(SchoolDaysBetweenRequest.newBuilder()
						.setUrn(URN)
						.setFromDate("2026-11-23")
						.setToDate("2026-11-20")
						.build()));
		assertThat(refusal.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
	}

	private SchoolCalendarServiceBlockingStub stub(String organisation, String scope) {
		Metadata headers = new Metadata();
		Map.of(CallerHeaders.SUBJECT, "someone", CallerHeaders.ORGANISATION, organisation, CallerHeaders.SCOPES, scope)
			.forEach((key, value) -> headers.put(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER), value));
		return SchoolCalendarServiceGrpc.newBlockingStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
	}

}
