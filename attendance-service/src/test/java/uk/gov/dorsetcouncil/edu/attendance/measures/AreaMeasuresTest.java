package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.ingest.BatchOutcome;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Area and cohort figures on a small hand-built county whose answers are worked out by
 * hand. Ten sessions (16 to 20 November 2026) per pupil unless said otherwise:
 * <ul>
 * <li>P1 at A (primary, North), FSM: 9 present, 1 illness: 10% absent, persistent;</li>
 * <li>P2 at A: 10 present;</li>
 * <li>P3 at A: 5 present, 3 O, 2 G: 50% absent, persistent and severe;</li>
 * <li>P4 at B (secondary, Chesil), FSM, EHC plan, Gypsy/Roma: 8 present, 2 illness:
 * 20%;</li>
 * <li>P5 at B, aged 16 at 31 August 2026: 10 O, outside the DfE headline scope;</li>
 * <li>P6 at A, dual registered with B: 6 present and 4 D (not possible sessions).</li>
 * </ul>
 */
class AreaMeasuresTest {

	static final String A = "113001";

	static final String B = "113002";

	static final List<String> DAYS = List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20");

	private InMemoryStores stores;

	@BeforeEach
	void county() {
		this.stores = new InMemoryStores();
		this.stores.schoolRegistration.put(LA, A, "8382001", "Abbey Primary", "PRIMARY", "NORTH");
		this.stores.schoolRegistration.put(LA, B, "8384001", "Bridport Secondary", "SECONDARY", "CHESIL");
		pupil(A, 1, "2016-05-04", 5, true, "N", "WBRI");
		pupil(A, 2, "2016-06-04", 5, false, "N", "WBRI");
		pupil(A, 3, "2016-07-04", 5, false, "K", "WBRI");
		pupil(B, 4, "2013-02-04", 8, true, "E", "WROM");
		pupil(B, 5, "2010-06-01", 12, false, "N", "WBRI");
		pupil(A, 6, "2016-03-04", 5, false, "N", "WBRI");
		pupil(B, 6, "2016-03-04", 5, false, "N", "WBRI");
		List<MarkRow> rows = new ArrayList<>();
		marks(rows, A, 1, "/////////I");
		marks(rows, A, 2, "//////////");
		marks(rows, A, 3, "/////OOOGG");
		marks(rows, B, 4, "////////II");
		marks(rows, B, 5, "OOOOOOOOOO");
		marks(rows, A, 6, "//////DDDD");
		BatchOutcome outcome = this.stores.ingest.start(LA).apply(rows);
		assertThat(outcome.rejected()).isEmpty();
	}

	@AfterEach
	void close() {
		this.stores.close();
	}

	@Test
	void localAuthorityHeadlineFiguresAreTheDfEMeasures() {
		AreaSummary summary = this.stores.measures.localAuthority(LA, request(null, false));
		GroupFigures total = summary.total();
		// P1, P2, P3, P4, P6: 46 possible sessions, 8 missed (3 authorised, 5
		// unauthorised).
		assertThat(values(total)).isEqualTo("5 46 8 3 5 17.4 6.5 10.9 3 60.0 1 20.0");
		assertThat(summary.basis()).isEqualTo("academic year to date");
		assertThat(summary.academicYear()).isEqualTo("2026/27");
		assertThat(summary.marksUpTo()).hasToString("2026-11-20");
		assertThat(summary.suppressed()).isFalse();
		assertThat(summary.references()).isNotEmpty()
			.anySatisfy((reference) -> assertThat(reference.confirmed()).isFalse());
		assertThat(groups(summary, "LOCALITY")).containsExactly("CHESIL 1 10 2 20.0", "NORTH 4 36 6 16.7");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			FSM                  | FSM_ELIGIBLE 2 20 3 15.0; NOT_FSM_ELIGIBLE 3 26 5 19.2
			SEN_PROVISION        | E 1 10 2 20.0; K 1 10 5 50.0; N 3 26 1 3.8
			GYPSY_ROMA_TRAVELLER | GRT 1 10 2 20.0; NOT_GRT 4 36 6 16.7
			ETHNICITY            | WBRI 4 36 6 16.7; WROM 1 10 2 20.0
			YEAR_GROUP           | 5 4 36 6 16.7; 8 1 10 2 20.0
			PHASE                | PRIMARY 4 36 6 16.7; SECONDARY 1 10 2 20.0
			""")
	void cohortFigures(String dimension, String expected) {
		AreaSummary summary = this.stores.measures.cohort(LA, dimension, null, null, request(null, false));
		assertThat(String.join("; ", groups(summary, dimension))).isEqualTo(expected);
	}

	/**
	 * Persistent and severe absence within a period are judged on the period's own
	 * possible sessions: on 19 and 20 November P1 missed 1 of 4 (persistent), P3 4 of 4
	 * and P4 2 of 4 (both severe), P6 had only D.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					autumn term                  | AUTUMN | -          | -          | autumn term 2026/27        | 2026-09-03 | 2026-11-23 | 2026-11-20 | 5 46 8 3 5 17.4 6.5 10.9 3 60.0 1 20.0
					spring term, not yet begun   | SPRING | -          | -          | spring term 2026/27        | 2027-01-04 | 2027-03-25 | -          | 0 0 0 0 0 z z z 0 z 0 z
					16 and 17 November           | -      | 2026-11-16 | 2026-11-17 | 16 Nov 2026 to 17 Nov 2026 | 2026-11-16 | 2026-11-17 | 2026-11-17 | 5 20 0 0 0 0.0 0.0 0.0 0 0.0 0 0.0
					19 and 20 November           | -      | 2026-11-19 | 2026-11-20 | 19 Nov 2026 to 20 Nov 2026 | 2026-11-19 | 2026-11-20 | 2026-11-20 | 4 16 7 3 4 43.8 18.8 25.0 3 75.0 2 50.0
					from 18 November to today    | -      | 2026-11-18 | -          | 18 Nov 2026 to 23 Nov 2026 | 2026-11-18 | 2026-11-23 | 2026-11-20 | 5 26 8 3 5 30.8 11.5 19.2 3 60.0 1 20.0
					""")
	void figuresForATermOrADateRange(String description, String term, String from, String to, String basis,
			String first, String last, String marksUpTo, String expected) {
		AreaMeasures.Request request = new AreaMeasures.Request("2026/27", null, false, List.of(), term, from, to);
		AreaSummary summary = this.stores.measures.localAuthority(LA, request);
		assertThat(summary.basis()).isEqualTo(basis);
		assertThat(summary.fromDate()).hasToString(first);
		assertThat(summary.toDate()).hasToString(last);
		assertThat((summary.marksUpTo() != null) ? summary.marksUpTo().toString() : null).isEqualTo(marksUpTo);
		assertThat(values(summary.total())).isEqualTo(expected);
		WeeklyTrend trend = this.stores.measures.trend(LA, null, null, request);
		assertThat(trend.basis()).isEqualTo(basis);
		assertThat(trend.weeks().stream().mapToLong((week) -> week.possibleSessions().value().longValue()).sum())
			.isEqualTo(summary.total().possibleSessions().shown()
					? summary.total().possibleSessions().value().longValue() : 0L);
	}

	@Test
	void everyAreaTakesThePeriod() {
		AreaMeasures.Request range = new AreaMeasures.Request("2026/27", null, false, List.of(), null, "2026-11-19",
				"2026-11-20");
		assertThat(values(this.stores.measures.school(LA, A, range).total())).startsWith("3 12 5");
		assertThat(values(this.stores.measures.locality(LA, "CHESIL", range).total())).startsWith("1 4 2");
		assertThat(values(this.stores.measures.phase(LA, "SECONDARY", range).total())).startsWith("1 4 2");
		assertThat(groups(this.stores.measures.cohort(LA, "FSM", null, null, range), "FSM"))
			.containsExactly("FSM_ELIGIBLE 2 8 3 37.5", "NOT_FSM_ELIGIBLE 2 8 4 50.0");
		assertThat(this.stores.measures.schools(LA, null, null, range, new PageRequest(0, 10, List.of()))
			.schools()
			.items()).hasSize(2);
	}

	@Test
	void allPupilsScopeAddsThoseOutsideAges5To15() {
		AreaSummary summary = this.stores.measures.localAuthority(LA, request("ALL_PUPILS", false));
		assertThat(values(summary.total())).startsWith("6 56 18 3 15 32.1");
		assertThat(summary.scope()).isEqualTo("all enrolments");
	}

	@Test
	void aDualRegisteredPupilIsOneEnrolmentAtEachSchool() {
		AreaSummary school = this.stores.measures.school(LA, A, request(null, false));
		assertThat(values(school.total())).startsWith("4 36 6");
		assertThat(this.stores.attendance.summary(LA, upn(6), null, null).combined().byCode())
			.containsEntry(uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode.DUAL_REGISTERED, 4);
	}

	@Test
	void analystsAndPublishableRequestsGetSmallNumbersSuppressed() {
		Caller analyst = new Caller("analyst@dorsetcouncil.gov.uk", "dashboard", Organisation.localAuthority("838"),
				java.util.Set.of(AreaMeasures.ANALYST_ROLE), java.util.Set.of("attendance:read"));
		for (AreaSummary summary : List.of(this.stores.measures.localAuthority(analyst, request(null, false)),
				this.stores.measures.localAuthority(LA, request(null, true)))) {
			assertThat(summary.suppressed()).isTrue();
			assertThat(summary.total().enrolments().value()).isEqualTo(5.0);
			// Chesil has one enrolment: hidden, and North with it, or it could be
			// recovered from the total.
			assertThat(summary.groups()).filteredOn((group) -> group.dimension().equals("LOCALITY"))
				.allSatisfy((group) -> assertThat(group.enrolments().symbol()).isEqualTo("c"));
		}
	}

	@Test
	void aCallerWithAggregatesOnlySeesSuppressedFiguresAndNoPupil() {
		Caller boardAnalyst = new Caller("analyst@dorsetcouncil.gov.uk", "dashboard",
				Organisation.localAuthority("838"), java.util.Set.of("EDUCATION_BOARD_ANALYST"),
				java.util.Set.of("measures:read"));
		AreaSummary summary = this.stores.measures.localAuthority(boardAnalyst, request(null, false));
		assertThat(summary.suppressed()).isTrue();
		assertThat(summary.total().enrolments().value()).isEqualTo(5.0);
		assertThat(this.stores.measures.trend(boardAnalyst, null, null, request(null, false)).weeks()).isNotEmpty();
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(uk.gov.dorsetcouncil.edu.platform.problem.ProblemException.class)
			.isThrownBy(() -> this.stores.attendance.summary(boardAnalyst, upn(6), null, null))
			.satisfies((refused) -> assertThat(refused.problem())
				.isEqualTo(uk.gov.dorsetcouncil.edu.platform.problem.Problem.FORBIDDEN));
	}

	@Test
	void weeklyTrendHasTheWeekWithMarks() {
		WeeklyTrend trend = this.stores.measures.trend(LA, null, null, request(null, false));
		assertThat(trend.weeks()).singleElement().satisfies((week) -> {
			assertThat(week.weekCommencing()).hasToString("2026-11-16");
			assertThat(week.possibleSessions().value()).isEqualTo(46.0);
			assertThat(week.overallAbsenceRate().value()).isEqualTo(17.4);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a school sees its own figures           | SCHOOL:113001 | school   | 113001 | -
			a school is refused another's           | SCHOOL:113001 | school   | 113002 | FORBIDDEN
			a school is refused the LA figures      | SCHOOL:113001 | la       | -      | FORBIDDEN
			a police caller is refused              | POLICE:DP     | la       | -      | FORBIDDEN
			an unknown locality                     | LOCAL_AUTHORITY:838 | locality | MIDDLE | INVALID_INPUT
			a locality officer sees its school      | LOCALITY:NORTH | school   | 113001 | -
			a locality officer, another's school    | LOCALITY:NORTH | school   | 113002 | FORBIDDEN
			a locality officer, an unknown school   | LOCALITY:NORTH | school   | 113999 | FORBIDDEN
			a locality officer sees its locality    | LOCALITY:NORTH | locality | NORTH  | -
			a locality officer, another locality    | LOCALITY:NORTH | locality | CHESIL | FORBIDDEN
			a locality officer sees the county      | LOCALITY:NORTH | la       | -      | -
			a locality officer, a phase             | LOCALITY:NORTH | phase    | PRIMARY | FORBIDDEN
			an unknown locality's officer           | LOCALITY:ATLANTIS | la    | -      | FORBIDDEN
			a school is refused a phase             | SCHOOL:113001 | phase    | PRIMARY | FORBIDDEN
			""")
	void accessAndInput(String description, String organisation, String what, String target, String refusal) {
		String[] parts = organisation.split(":");
		Caller caller = new Caller("someone", "client", new Organisation(Organisation.Type.valueOf(parts[0]), parts[1]),
				java.util.Set.of(), java.util.Set.of("attendance:read"));
		Runnable call = switch (what) {
			case "school" -> () -> this.stores.measures.school(caller, target, request(null, false));
			case "locality" -> () -> this.stores.measures.locality(caller, target, request(null, false));
			case "phase" -> () -> this.stores.measures.phase(caller, target, request(null, false));
			default -> () -> this.stores.measures.localAuthority(caller, request(null, false));
		};
		if (refusal.equals("-")) {
			call.run();
			return;
		}
		ProblemException refused = catchThrowableOfType(ProblemException.class, call::run);
		assertThat(refused.problem()).isEqualTo(Problem.valueOf(refusal));
	}

	private void pupil(String urn, int serial, String dateOfBirth, int yearGroup, boolean fsm, String sen,
			String ethnicity) {
		this.stores.roll.putOnRoll(LA, urn, upn(serial), new PupilDetails("Pupil", "P" + serial, dateOfBirth, yearGroup,
				"F", "2021-09-02", null, null, fsm, sen, false, false, false, false, ethnicity, false, null));
	}

	private static void marks(List<MarkRow> rows, String urn, int serial, String codes) {
		for (int i = 0; i < codes.length(); i++) {
			String code = String.valueOf(codes.charAt(i));
			rows.add(new MarkRow(rows.size() + 1, urn, upn(serial), DAYS.get(i / 2), (i % 2 == 0) ? "AM" : "PM",
					code.equals("/") && i % 2 == 1 ? "\\" : code));
		}
	}

	private static AreaMeasures.Request request(String scope, boolean publishable) {
		return new AreaMeasures.Request("2026/27", scope, publishable, List.of());
	}

	/**
	 * Enrolments, possible, overall, authorised, unauthorised, overall/authorised/
	 * unauthorised rates, persistent, its rate, severe, its rate.
	 */
	private static String values(GroupFigures figures) {
		return String.join(" ", count(figures.enrolments()), count(figures.possibleSessions()),
				count(figures.overallAbsenceSessions()), count(figures.authorisedAbsenceSessions()),
				count(figures.unauthorisedAbsenceSessions()), rate(figures.overallAbsenceRate()),
				rate(figures.authorisedAbsenceRate()), rate(figures.unauthorisedAbsenceRate()),
				count(figures.persistentAbsentees()), rate(figures.persistentAbsenceRate()),
				count(figures.severeAbsentees()), rate(figures.severeAbsenceRate()));
	}

	/** Group, enrolments, possible, overall absence sessions and rate. */
	private static List<String> groups(AreaSummary summary, String dimension) {
		return summary.groups()
			.stream()
			.filter((group) -> group.dimension().equals(dimension))
			.map((group) -> String.join(" ", group.group(), count(group.enrolments()), count(group.possibleSessions()),
					count(group.overallAbsenceSessions()), rate(group.overallAbsenceRate())))
			.toList();
	}

	private static String count(Cell cell) {
		return cell.shown() ? String.valueOf(cell.value().longValue()) : cell.symbol();
	}

	private static String rate(Cell cell) {
		return cell.shown() ? String.valueOf(cell.value()) : cell.symbol();
	}

}
