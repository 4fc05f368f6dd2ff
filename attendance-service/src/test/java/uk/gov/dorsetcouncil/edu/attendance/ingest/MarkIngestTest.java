package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Bulk ingestion row by row, against the real stores in memory. "Today" is Monday 23
 * November 2026; school 113001 closed on Friday 13 November for INSET.
 */
class MarkIngestTest {

	static final String URN = "113001";

	static final String OTHER = "113002";

	static final String ON_ROLL = upn(21);

	static final String LATE_JOINER = upn(22);

	static final String DUAL = upn(23);

	private InMemoryStores stores;

	@BeforeEach
	void schoolsAndPupils() {
		this.stores = new InMemoryStores();
		this.stores.addSchool(URN, "Abbey First School");
		this.stores.addSchool(OTHER, "Other School");
		this.stores.addPupil(URN, ON_ROLL, "2021-09-02", null);
		this.stores.addPupil(URN, LATE_JOINER, "2026-11-18", null);
		this.stores.addPupil(URN, DUAL, "2021-09-02", null);
		this.stores.addPupil(OTHER, DUAL, "2026-09-03", null);
		this.stores.addPupil(OTHER, upn(24), "2021-09-02", null);
		this.stores.schoolRegistration.putClosure(LA, URN, "2026-11-13", "INSET");
	}

	@AfterEach
	void close() {
		this.stores.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# case                               | urn    | upn         | date       | session | code | rejected field (- = stored)
					a good row is stored                 | 113001 | ON_ROLL     | 2026-11-16 | AM      | /    | -
					session in lower case                | 113001 | ON_ROLL     | 2026-11-16 | pm      | \\   | -
					today is allowed                     | 113001 | ON_ROLL     | 2026-11-23 | AM      | I    | -
					unknown code                         | 113001 | ON_ROLL     | 2026-11-16 | AM      | Q9   | code
					code withdrawn in 2024               | 113001 | ON_ROLL     | 2026-11-16 | AM      | H    | code
					no code                              | 113001 | ON_ROLL     | 2026-11-16 | AM      | -    | code
					UPN with the wrong check letter      | 113001 | BAD_CHECK   | 2026-11-16 | AM      | /    | upn
					malformed URN                        | 11300  | ON_ROLL     | 2026-11-16 | AM      | /    | urn
					unknown school                       | 999999 | ON_ROLL     | 2026-11-16 | AM      | /    | urn
					malformed date                       | 113001 | ON_ROLL     | 2026-13-01 | AM      | /    | date
					future date                          | 113001 | ON_ROLL     | 2026-11-24 | AM      | /    | date
					a Saturday                           | 113001 | ON_ROLL     | 2026-11-21 | AM      | /    | date
					half term                            | 113001 | ON_ROLL     | 2026-10-27 | AM      | /    | date
					the school's INSET closure           | 113001 | ON_ROLL     | 2026-11-13 | AM      | /    | date
					no term dates for the year           | 113001 | ON_ROLL     | 2024-11-13 | AM      | /    | date
					bad session                          | 113001 | ON_ROLL     | 2026-11-16 | XX      | /    | session
					before admission (mid-year joiner)   | 113001 | LATE_JOINER | 2026-11-17 | AM      | /    | upn
					from admission (mid-year joiner)     | 113001 | LATE_JOINER | 2026-11-18 | AM      | /    | -
					pupil on no roll                     | 113001 | NOBODY      | 2026-11-16 | AM      | /    | upn
					pupil on another school's roll only  | 113002 | ON_ROLL     | 2026-11-16 | AM      | /    | upn
					D for a pupil registered only here   | 113001 | ON_ROLL     | 2026-11-16 | AM      | D    | code
					D for a dual-registered pupil        | 113001 | DUAL        | 2026-11-16 | AM      | D    | -
					Y1 is not possible but is recorded   | 113001 | ON_ROLL     | 2026-11-16 | AM      | Y1   | -
					""")
	void eachRowIsCheckedLikeARegisterLine(String description, String urn, String pupil, String date, String session,
			String code, String rejectedField) {
		BatchOutcome outcome = this.stores.ingest.start(LA)
			.apply(List.of(new MarkRow(7, urn, pupil(pupil), date, session, code)));
		assertThat(outcome.read()).isEqualTo(1);
		if (rejectedField == null) {
			assertThat(outcome.rejected()).isEmpty();
			assertThat(outcome.stored()).isEqualTo(1);
			assertThat(outcome.changed()).isEqualTo(1);
		}
		else {
			assertThat(outcome.rejected()).singleElement().satisfies((rejection) -> {
				assertThat(rejection.row()).isEqualTo(7);
				assertThat(rejection.field()).isEqualTo(rejectedField);
				assertThat(rejection.reason()).isNotBlank();
			});
			assertThat(this.stores.marks.find(new MarkKey(URN, new Upn(ON_ROLL), new AcademicYear(2026))))
				.as("nothing stored for a rejected row")
				.isEmpty();
		}
	}

	@Test
	void validRowsAreStoredAndEachBadRowIsReportedWithItsNumber() {
		BatchOutcome outcome = this.stores.ingest.start(LA)
			.apply(List.of(row(1, ON_ROLL, "2026-11-16", "AM", "/"), row(2, ON_ROLL, "2026-11-16", "PM", "H"),
					row(3, ON_ROLL, "2026-11-17", "AM", "I"), row(4, "A80120000500", "2026-11-17", "AM", "/")));
		assertThat(outcome.stored()).isEqualTo(2);
		assertThat(outcome.rejected()).extracting(Rejection::row, Rejection::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "code"),
					org.assertj.core.groups.Tuple.tuple(4L, "upn"));
		assertThat(mark(ON_ROLL, "2026-11-16", Session.AM)).isEqualTo("/");
		assertThat(mark(ON_ROLL, "2026-11-17", Session.AM)).isEqualTo("I");
	}

	@Test
	void aPupilSessionGivenTwiceInABatchIsRejectedEveryTime() {
		BatchOutcome outcome = this.stores.ingest.start(LA)
			.apply(List.of(row(1, ON_ROLL, "2026-11-16", "AM", "/"), row(2, ON_ROLL, "2026-11-16", "AM", "I"),
					row(3, ON_ROLL, "2026-11-16", "PM", "\\"), row(4, ON_ROLL, "2026-11-16", "AM", "/")));
		assertThat(outcome.rejected()).extracting(Rejection::row).containsExactly(1L, 2L, 4L);
		assertThat(outcome.stored()).isEqualTo(1);
		assertThat(mark(ON_ROLL, "2026-11-16", Session.AM)).isNull();
		assertThat(mark(ON_ROLL, "2026-11-16", Session.PM)).isEqualTo("\\");
	}

	@Test
	void replayingABatchChangesNothingAndChangesAreAmendmentsWithHistory() {
		List<MarkRow> rows = List.of(row(1, ON_ROLL, "2026-11-16", "AM", "N"),
				row(2, ON_ROLL, "2026-11-16", "PM", "N"));
		assertThat(this.stores.ingest.start(LA).apply(rows).changed()).isEqualTo(2);
		BatchOutcome replay = this.stores.ingest.start(LA).apply(rows);
		assertThat(replay.stored()).isEqualTo(2);
		assertThat(replay.changed()).isZero();
		assertThat(this.stores.marks.amendments(URN, new Upn(ON_ROLL))).isEmpty();

		BatchOutcome amended = this.stores.ingest.start(LA).apply(List.of(row(1, ON_ROLL, "2026-11-16", "AM", "I")));
		assertThat(amended.changed()).isEqualTo(1);
		assertThat(this.stores.marks.amendments(URN, new Upn(ON_ROLL))).singleElement().satisfies((change) -> {
			assertThat(change.from()).isEqualTo(AttendanceCode.REASON_NOT_YET_ESTABLISHED);
			assertThat(change.to()).isEqualTo(AttendanceCode.ILLNESS);
			assertThat(change.session()).isEqualTo(Session.AM);
			assertThat(change.by()).isEqualTo(LA.subject());
			assertThat(change.organisation()).isEqualTo("LOCAL_AUTHORITY:838");
		});
	}

	@Test
	void aSchoolSendsOnlyItsOwnMarksRowByRow() {
		BatchOutcome outcome = this.stores.ingest.start(InMemoryStores.schoolCaller(URN, "registers:write"))
			.apply(List.of(row(1, ON_ROLL, "2026-11-16", "AM", "/"),
					new MarkRow(2, OTHER, upn(24), "2026-11-16", "AM", "/")));
		assertThat(outcome.stored()).isEqualTo(1);
		assertThat(outcome.rejected()).singleElement().satisfies((rejection) -> {
			assertThat(rejection.row()).isEqualTo(2);
			assertThat(rejection.field()).isEqualTo("urn");
		});
		ProblemException noScope = catchThrowableOfType(ProblemException.class,
				() -> this.stores.ingest.start(InMemoryStores.schoolCaller(URN, "attendance:read")));
		assertThat(noScope.problem()).isEqualTo(Problem.FORBIDDEN);
	}

	@Test
	void bulkMarksCountAsRegistersTakenSoTheDayCannotBecomeAClosure() {
		this.stores.ingest.start(LA).apply(List.of(row(1, ON_ROLL, "2026-11-16", "AM", "/")));
		assertThat(this.stores.registers.read(LA, URN, "2026-11-16", "AM").marks()).containsEntry(new Upn(ON_ROLL),
				AttendanceCode.PRESENT_AM);
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> this.stores.schoolRegistration.putClosure(LA, URN, "2026-11-16", "INSET"));
		assertThat(refused.problem()).isEqualTo(Problem.RULE_BROKEN);
	}

	@Test
	void aLeavingDateGivenLaterTakesLaterMarksOutOfTheFigures() {
		List<MarkRow> rows = new ArrayList<>();
		for (String date : List.of("2026-11-16", "2026-11-17", "2026-11-18")) {
			rows.add(row(rows.size() + 1, ON_ROLL, date, "AM", "O"));
		}
		this.stores.ingest.start(LA).apply(rows);
		MarkKey key = new MarkKey(URN, new Upn(ON_ROLL), new AcademicYear(2026));
		assertThat(this.stores.held.yearToDate(key))
			.hasValueSatisfying((counts) -> assertThat(counts.unauthorised()).isEqualTo(3));
		this.stores.roll.putOnRoll(LA, URN, ON_ROLL,
				new PupilDetails("Pupil", "Test", "2016-05-04", 5, "F", "2021-09-02", "2026-11-16"));
		assertThat(this.stores.held.yearToDate(key))
			.hasValueSatisfying((counts) -> assertThat(counts.unauthorised()).isEqualTo(1));
		assertThat(this.stores.held.size()).isEqualTo(1);
	}

	private String mark(String pupil, String date, Session session) {
		return this.stores.marks.find(new MarkKey(URN, new Upn(pupil), new AcademicYear(2026)))
			.flatMap((year) -> year.mark(java.time.LocalDate.parse(date), session))
			.map(AttendanceCode::symbol)
			.orElse(null);
	}

	private static MarkRow row(long number, String upn, String date, String session, String code) {
		return new MarkRow(number, URN, upn, date, session, code);
	}

	private static String pupil(String name) {
		return switch (name) {
			case "ON_ROLL" -> ON_ROLL;
			case "LATE_JOINER" -> LATE_JOINER;
			case "DUAL" -> DUAL;
			case "NOBODY" -> upn(99);
			case "BAD_CHECK" -> ((ON_ROLL.charAt(0) == 'A') ? "B" : "A") + ON_ROLL.substring(1);
			default -> name;
		};
	}

}
