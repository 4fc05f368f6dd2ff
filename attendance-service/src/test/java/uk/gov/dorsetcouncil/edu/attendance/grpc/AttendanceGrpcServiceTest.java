package uk.gov.dorsetcouncil.edu.attendance.grpc;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.MarkLine;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAtSchool;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilGroups;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RollEnrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * The gRPC summary on a real in-process server with the platform's caller check and error
 * mapping, over the real stores in memory.
 */
class AttendanceGrpcServiceTest {

	private static final String URN = "113001";

	private static final String PUPIL = upn(11);

	private InMemoryStores stores;

	private ManagedChannel channel;

	@BeforeEach
	void start() throws Exception {
		this.stores = new InMemoryStores();
		this.stores.addSchool(URN, "Abbey First School");
		this.stores.addSchool("113002", "Other School");
		this.stores.addPupil(URN, PUPIL, "2021-09-02", null);
		for (String date : List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20")) {
			this.stores.registers.take(LA, URN, date, "AM", List.of(new MarkLine(PUPIL, "/")));
			this.stores.registers.take(LA, URN, date, "PM",
					List.of(new MarkLine(PUPIL, date.endsWith("20") ? "G" : "\\")));
		}
		this.channel = this.stores.serveGrpc();
	}

	@AfterEach
	void stop() {
		this.stores.close();
	}

	@Test
	void theLocalAuthorityGetsTheSummary() {
		PupilAttendanceSummary summary = stub(LA)
			.getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest.newBuilder().setUpn(PUPIL).build());

		assertThat(summary.getBasis()).isEqualTo("academic year to date");
		assertThat(summary.getFromDate()).isEqualTo("2026-08-01");
		assertThat(summary.getToDate()).isEqualTo("2026-11-23");
		assertThat(summary.getCombined().getPossibleSessions()).isEqualTo(10);
		assertThat(summary.getCombined().getPresentSessions()).isEqualTo(9);
		assertThat(summary.getCombined().getUnauthorisedAbsenceSessions()).isEqualTo(1);
		assertThat(summary.getCombined().getAttendancePercent()).isEqualTo(90.0);
		assertThat(summary.getCombined().getPersistentlyAbsent()).isTrue();
		assertThat(summary.getEnrolmentsList()).singleElement().satisfies((enrolment) -> {
			assertThat(enrolment.getSchoolUrn()).isEqualTo(URN);
			assertThat(enrolment.getSchoolName()).isEqualTo("Abbey First School");
			assertThat(enrolment.getLeavingDate()).isEmpty();
		});
	}

	@Test
	void theSchoolGetsItsOwnPupilForADateRange() {
		PupilAttendanceSummary summary = stub(InMemoryStores.schoolCaller(URN, "attendance:read"))
			.getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest.newBuilder()
				.setUpn(PUPIL)
				.setFromDate("2026-11-16")
				.setToDate("2026-11-19")
				.build());
		assertThat(summary.getBasis()).isEqualTo("date range");
		assertThat(summary.getCombined().getPossibleSessions()).isEqualTo(8);
		assertThat(summary.getCombined().getAttendancePercent()).isEqualTo(100.0);
	}

	@ParameterizedTest(name = "{0} -> {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			another school's pupil  | SCHOOL:113002          | attendance:read | -             | PERMISSION_DENIED
			no attendance:read      | LOCAL_AUTHORITY:838    | registers:write | -             | PERMISSION_DENIED
			police are not in scope | POLICE:dorset          | attendance:read | -             | PERMISSION_DENIED
			another locality        | LOCALITY:CHESIL        | attendance:read | -             | PERMISSION_DENIED
			no such locality        | LOCALITY:ATLANTIS      | attendance:read | -             | PERMISSION_DENIED
			unknown pupil, officer  | LOCALITY:NORTH         | attendance:read | J838200116999 | PERMISSION_DENIED
			unknown pupil           | LOCAL_AUTHORITY:838    | attendance:read | J838200116999 | NOT_FOUND
			malformed UPN           | LOCAL_AUTHORITY:838    | attendance:read | 12345         | INVALID_ARGUMENT
			""")
	void refusalsHavePreciseCodes(String description, String organisation, String scope, String upn,
			Status.Code expected) {
		Metadata headers = headers(Map.of(CallerHeaders.SUBJECT, "someone", CallerHeaders.ORGANISATION, organisation,
				CallerHeaders.SCOPES, scope));
		String requested = (upn != null) ? upn : PUPIL;
		StatusRuntimeException refusal = catchThrowableOfType(StatusRuntimeException.class,
				() -> AttendanceServiceGrpc.newBlockingStub(this.channel)
					.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
					.getPupilAttendanceSummary(
							GetPupilAttendanceSummaryRequest.newBuilder().setUpn(requested).build()));
		assertThat(refusal.getStatus().getCode()).isEqualTo(expected);
	}

	@Test
	void theLocalityOfficerGetsAPupilOfTheLocalityAndItsFigures() {
		Caller officer = new Caller("inclusion.officer", "dashboard",
				new Organisation(Organisation.Type.LOCALITY, "NORTH"), Set.of("LOCALITY_INCLUSION_OFFICER"),
				Set.of("attendance:read", "casework:write"));
		assertThat(stub(officer)
			.getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest.newBuilder().setUpn(PUPIL).build())
			.getCombined()
			.getPossibleSessions()).isEqualTo(10);
		assertThat(stub(officer).findEnrolments(FindEnrolmentsRequest.newBuilder().setUpn(PUPIL).build())
			.getEnrolmentsList()).extracting(RollEnrolment::getSchoolUrn).containsExactly(URN);
		AreaSummary locality = stub(officer)
			.getLocalitySummary(GetLocalitySummaryRequest.newBuilder().setLocality("NORTH").build());
		assertThat(locality.getSuppressed()).isFalse();
		assertThat(locality.getTotal().getPossibleSessions().getValue()).isEqualTo(10.0);
		assertThat(locality.getComparatorsNotHeldList()).containsExactly("statistical neighbours");
		assertThat(stub(officer).getLocalAuthoritySummary(GetLocalAuthoritySummaryRequest.getDefaultInstance())
			.getSuppressed()).isTrue();
		StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () -> stub(officer)
			.getLocalitySummary(GetLocalitySummaryRequest.newBuilder().setLocality("WEST").build()));
		assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
	}

	@Test
	void aPlatformServiceHasPupilsClassifiedAsTheFiguresCountThem() {
		String unknown = upn(99);
		ClassifyPupilsResponse classified = stub(Caller.service("belonging-service", Set.of("attendance:read")))
			.classifyPupils(ClassifyPupilsRequest.newBuilder()
				.addPupils(PupilAtSchool.newBuilder().setUpn(PUPIL).setUrn(URN))
				.addPupils(PupilAtSchool.newBuilder().setUpn(unknown).setUrn(URN))
				.addAllBy(List.of("SEX", "YEAR_GROUP", "LOCALITY", "PHASE", "SCHOOL", "FSM"))
				.build());

		assertThat(classified.getPupilsList()).extracting(PupilGroups::getUpn).containsExactly(PUPIL, unknown);
		assertThat(classified.getPupils(0).getGroupsMap()).containsEntry("SEX", "F")
			.containsEntry("YEAR_GROUP", "5")
			.containsEntry("LOCALITY", "NORTH")
			.containsEntry("PHASE", "PRIMARY")
			.containsEntry("SCHOOL", URN)
			.containsEntry("FSM", "NOT_FSM_ELIGIBLE");
		assertThat(classified.getPupils(1).getGroupsMap()).containsEntry("SEX", "UNKNOWN")
			.containsEntry("YEAR_GROUP", "UNKNOWN")
			.containsEntry("LOCALITY", "NORTH");
	}

	@ParameterizedTest(name = "{0} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			a school                        | SCHOOL:113001       | -                       | PERMISSION_DENIED
			the Education Board analyst     | LOCAL_AUTHORITY:838 | EDUCATION_BOARD_ANALYST | PERMISSION_DENIED
			""")
	void pupilsAreClassifiedForNoOneWithoutPupilLevelRights(String description, String organisation, String role,
			Status.Code expected) {
		Map<String, String> values = new java.util.HashMap<>(Map.of(CallerHeaders.SUBJECT, "someone",
				CallerHeaders.ORGANISATION, organisation, CallerHeaders.SCOPES, "attendance:read measures:read"));
		if (!role.equals("-")) {
			values.put(CallerHeaders.ROLES, role);
		}
		StatusRuntimeException refusal = catchThrowableOfType(StatusRuntimeException.class,
				() -> AttendanceServiceGrpc.newBlockingStub(this.channel)
					.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers(values)))
					.classifyPupils(ClassifyPupilsRequest.newBuilder()
						.addPupils(PupilAtSchool.newBuilder().setUpn(PUPIL).setUrn(URN))
						.addBy("SEX")
						.build()));
		assertThat(refusal.getStatus().getCode()).isEqualTo(expected);
		StatusRuntimeException unknownDimension = catchThrowableOfType(StatusRuntimeException.class,
				() -> stub(LA).classifyPupils(ClassifyPupilsRequest.newBuilder()
					.addPupils(PupilAtSchool.newBuilder().setUpn(PUPIL).setUrn(URN))
					.addBy("STAR_SIGN")
					.build()));
		assertThat(unknownDimension.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsAnInvalidArgument() {
		StatusRuntimeException refusal = catchThrowableOfType(StatusRuntimeException.class,
				() -> stub(LA).getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest.newBuilder()
					.setUpn(PUPIL)
					.setFromDate("2026-11-20")
					.setToDate("2026-11-16")
					.build()));
		assertThat(refusal.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
		assertThat(refusal.getStatus().getDescription()).contains("to");
	}

	@Test
	void aCallWithoutCallerContextIsUnauthenticated() {
		StatusRuntimeException refusal = catchThrowableOfType(StatusRuntimeException.class,
				() -> AttendanceServiceGrpc.newBlockingStub(this.channel)
					.getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest.newBuilder().setUpn(PUPIL).build()));
		assertThat(refusal.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
	}

	private AttendanceServiceGrpc.AttendanceServiceBlockingStub stub(Caller caller) {
		return AttendanceServiceGrpc.newBlockingStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers(CallerHeaders.toHeaders(caller))));
	}

	private static Metadata headers(Map<String, String> values) {
		Metadata metadata = new Metadata();
		values.forEach((name, value) -> metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
		return metadata;
	}

}
