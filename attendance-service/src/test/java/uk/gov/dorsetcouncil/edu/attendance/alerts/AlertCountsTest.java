package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.ingest.BatchOutcome;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCount;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCounts;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetAlertCountsRequest;
import uk.gov.dorsetcouncil.edu.attendance.support.AllPages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Alert counts for a school, a locality and the LA on Monday 23 November 2026, by the
 * same rules as the list. A county of three schools:
 * <ul>
 * <li>A (North): P1 ill every day since 1 October, no plan; P2 the same with a plan due
 * for review in December; P6 ill since 1 October, also on C's roll;</li>
 * <li>B (Chesil): P4 ill since 1 October, plan review missed on 1 November; P5 O for the
 * last 10 school days;</li>
 * <li>C (North): P3 present throughout; P6 ill since 1 October.</li>
 * </ul>
 * Counts: children needing help | by type in {@link AlertType} order | severely absent,
 * with a current plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertCountsTest {

	static final String A = "113001";

	static final String B = "113002";

	static final String C = "113003";

	private InMemoryStores stores;

	private ManagedChannel channel;

	@BeforeAll
	void county() throws Exception {
		this.stores = new InMemoryStores();
		this.stores.schoolRegistration.put(LA, A, "8382001", "Abbey Primary", "PRIMARY", "NORTH");
		this.stores.schoolRegistration.put(LA, B, "8384001", "Bridport Secondary", "SECONDARY", "CHESIL");
		this.stores.schoolRegistration.put(LA, C, "8382002", "Cerne Primary", "PRIMARY", "NORTH");
		for (String[] onRoll : new String[][] { { A, "1" }, { A, "2" }, { A, "6" }, { B, "4" }, { B, "5" }, { C, "3" },
				{ C, "6" } }) {
			this.stores.roll.putOnRoll(LA, onRoll[0], upn(Integer.parseInt(onRoll[1])),
					new PupilDetails("Pupil", "P" + onRoll[1], "2016-05-04", 5, "F", "2021-09-02", null));
		}
		List<MarkRow> rows = new ArrayList<>();
		marks(rows, A, 1, "I", "2026-10-01");
		marks(rows, A, 2, "I", "2026-10-01");
		marks(rows, A, 6, "I", "2026-10-01");
		marks(rows, B, 4, "I", "2026-10-01");
		marks(rows, B, 5, "O", "2026-11-10");
		marks(rows, C, 3, "I", "2026-12-01");
		marks(rows, C, 6, "I", "2026-10-01");
		BatchOutcome outcome = this.stores.ingest.start(LA).apply(rows);
		assertThat(outcome.rejected()).isEmpty();
		this.stores.planning.put(
				new Caller(
						"officer", "casework", Organisation.localAuthority("838"), Set.of(), Set.of("casework:write")),
				A, upn(2),
				new AttendancePlanning.PlanDetails("Attendance officer",
						List.of(new AttendancePlanning.ActionDetails("Weekly call home", "school", null, false)),
						"2026-12-15"));
		this.stores.plans.save(new AttendancePlan(B, new Upn(upn(4)), "Attendance officer",
				List.of(new AttendancePlan.Action("Home visit", "officer", null, false)), LocalDate.of(2026, 11, 1),
				"officer", Instant.parse("2026-10-01T10:00:00Z"), 0));

		this.channel = this.stores.serveGrpc();
	}

	@AfterAll
	void close() {
		this.stores.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					the LA, the county               | LOCAL_AUTHORITY:838 | -      | -      | LOCAL_AUTHORITY 838 | 5 | 5 4 1 1 0 4 0 0 2 1 | 4 1
					the LA, a locality               | LOCAL_AUTHORITY:838 | -      | NORTH  | LOCALITY NORTH      | 3 | 3 3 0 0 0 3 0 0 2 0 | 3 1
					the LA, a school                 | LOCAL_AUTHORITY:838 | 113002 | -      | SCHOOL 113002       | 2 | 2 1 1 1 0 1 0 0 0 1 | 1 0
					a platform service, a locality   | SERVICE:gateway     | -      | chesil | LOCALITY CHESIL     | 2 | 2 1 1 1 0 1 0 0 0 1 | 1 0
					a school, by default itself      | SCHOOL:113003       | -      | -      | SCHOOL 113003       | 1 | 1 1 0 0 0 1 0 0 1 0 | 1 0
					a school, itself                 | SCHOOL:113001       | 113001 | -      | SCHOOL 113001       | 3 | 3 3 0 0 0 3 0 0 2 0 | 3 1
					locality officer, by default own| LOCALITY:NORTH      | -      | -      | LOCALITY NORTH      | 3 | 3 3 0 0 0 3 0 0 2 0 | 3 1
					locality officer, own locality   | LOCALITY:NORTH      | -      | NORTH  | LOCALITY NORTH      | 3 | 3 3 0 0 0 3 0 0 2 0 | 3 1
					locality officer, own school     | LOCALITY:NORTH      | 113003 | -      | SCHOOL 113003       | 1 | 1 1 0 0 0 1 0 0 1 0 | 1 0
					locality with no pupils          | LOCAL_AUTHORITY:838 | -      | PURBECK| LOCALITY PURBECK    | 0 | 0 0 0 0 0 0 0 0 0 0 | 0 0
					""")
	void countsForAnArea(String description, String organisation, String urn, String locality, String area,
			int needingHelp, String byType, String severe) {
		AlertCounts counts = stub(caller(organisation, "attendance:read")).getAlertCounts(request(urn, locality));
		assertThat(counts.getAreaType() + " " + counts.getArea()).isEqualTo(area);
		assertThat(counts.getAsOf()).isEqualTo("2026-11-23");
		assertThat(counts.getChildrenNeedingHelp()).isEqualTo(needingHelp);
		assertThat(counts.getCountsList()).extracting(AlertCount::getType)
			.containsExactly(java.util.Arrays.stream(AlertType.values()).map(Enum::name).toArray(String[]::new));
		assertThat(counts.getCountsList().stream().map((count) -> String.valueOf(count.getChildren())))
			.containsExactly(byType.split(" "));
		assertThat(counts.getSeverelyAbsent() + " " + counts.getSeverelyAbsentWithCurrentPlan()).isEqualTo(severe);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					a school, another school          | SCHOOL:113001       | attendance:read | 113002 | -       | PERMISSION_DENIED
					a school, its locality            | SCHOOL:113001       | attendance:read | -      | NORTH   | PERMISSION_DENIED
					locality officer, another's school| LOCALITY:NORTH      | attendance:read | 113002 | -       | PERMISSION_DENIED
					locality officer, unknown school  | LOCALITY:NORTH      | attendance:read | 113999 | -       | PERMISSION_DENIED
					locality officer, another locality| LOCALITY:NORTH      | attendance:read | -      | CHESIL  | PERMISSION_DENIED
					an unknown locality's officer     | LOCALITY:ATLANTIS   | attendance:read | -      | -       | PERMISSION_DENIED
					police                            | POLICE:dorset       | attendance:read | -      | -       | PERMISSION_DENIED
					no attendance:read                | LOCAL_AUTHORITY:838 | measures:read   | -      | -       | PERMISSION_DENIED
					a school and a locality           | LOCAL_AUTHORITY:838 | attendance:read | 113001 | NORTH   | INVALID_ARGUMENT
					no such locality                  | LOCAL_AUTHORITY:838 | attendance:read | -      | MIDDLE  | INVALID_ARGUMENT
					malformed URN                     | LOCAL_AUTHORITY:838 | attendance:read | 12     | -       | INVALID_ARGUMENT
					unknown school                    | LOCAL_AUTHORITY:838 | attendance:read | 113999 | -       | NOT_FOUND
					""")
	void refusals(String description, String organisation, String scope, String urn, String locality,
			Status.Code expected) {
		StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
				() -> stub(caller(organisation, scope)).getAlertCounts(request(urn, locality)));
		assertThat(refused.getStatus().getCode()).isEqualTo(expected);
	}

	@Test
	void theCountsAreTheListCounted() {
		Map<String, Long> listed = AllPages.of((page) -> this.stores.needsHelpNow.alerts(LA, null, null, page).page())
			.stream()
			.collect(Collectors.groupingBy((alert) -> alert.type().name(), Collectors.mapping(Alert::upn,
					Collectors.collectingAndThen(Collectors.toSet(), (upns) -> (long) upns.size()))));
		uk.gov.dorsetcouncil.edu.attendance.alerts.AlertCounts counts = this.stores.needsHelpNow.counts(LA, null, null);
		counts.children()
			.forEach((type, children) -> assertThat(listed.getOrDefault(type.name(), 0L)).as(type.name())
				.isEqualTo(children.longValue()));
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> this.stores.needsHelpNow.counts(caller("LOCALITY:WEST", "attendance:read"), A, null));
		assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN);
	}

	private static void marks(List<MarkRow> rows, String urn, int serial, String code, String from) {
		SchoolCalendar calendar = new SchoolCalendar(TermDates.dorset(), Set.of());
		LocalDate absentFrom = LocalDate.parse(from);
		for (LocalDate day = LocalDate.of(2026, 9, 3); !day.isAfter(InMemoryStores.TODAY); day = day.plusDays(1)) {
			if (calendar.isSchoolDay(day)) {
				boolean absent = !day.isBefore(absentFrom);
				rows.add(new MarkRow(rows.size() + 1, urn, upn(serial), day.toString(), "AM", absent ? code : "/"));
				rows.add(new MarkRow(rows.size() + 1, urn, upn(serial), day.toString(), "PM", absent ? code : "\\"));
			}
		}
	}

	private static GetAlertCountsRequest request(String urn, String locality) {
		GetAlertCountsRequest.Builder request = GetAlertCountsRequest.newBuilder();
		if (urn != null) {
			request.setUrn(urn);
		}
		if (locality != null) {
			request.setLocality(locality);
		}
		return request.build();
	}

	private static Caller caller(String organisation, String scope) {
		String[] parts = organisation.split(":");
		return new Caller("someone", "dashboard", new Organisation(Organisation.Type.valueOf(parts[0]), parts[1]),
				Set.of(), Set.of(scope));
	}

	private AttendanceServiceGrpc.AttendanceServiceBlockingStub stub(Caller caller) {
		Metadata headers = new Metadata();
		CallerHeaders.toHeaders(caller)
			.forEach((name, value) -> headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
		return AttendanceServiceGrpc.newBlockingStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
	}

}
