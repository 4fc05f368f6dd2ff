package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.MarkLine;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.Outcome;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * A register is checked whole before anything is stored, and storing it is idempotent,
 * keeps unlisted pupils' marks and records amendments.
 */
class RegisterTakingTest {

	private static final String URN = "113001";

	private static final String MONDAY = "2026-11-16";

	private static final String ON_ROLL = upn(1);

	private static final String ALSO_ON_ROLL = upn(2);

	private static final String LEFT = upn(3);

	private static final String NOT_YET_ADMITTED = upn(4);

	private InMemoryStores stores;

	@BeforeEach
	void schoolWithPupils() {
		this.stores = new InMemoryStores();
		this.stores.addSchool(URN, "Abbey First School");
		this.stores.addSchool("113002", "Other School");
		this.stores.addPupil(URN, ON_ROLL, "2021-09-02", null);
		this.stores.addPupil(URN, ALSO_ON_ROLL, "2021-09-02", null);
		this.stores.addPupil(URN, LEFT, "2021-09-02", "2026-11-13");
		this.stores.addPupil(URN, NOT_YET_ADMITTED, "2026-11-17", null);
		this.stores.addPupil("113002", upn(5), "2021-09-02", null);
		this.stores.schoolRegistration.putClosure(LA, URN, "2026-11-20", "INSET");
	}

	@AfterEach
	void stop() {
		this.stores.close();
	}

	static Stream<Arguments> refusedRegisters() {
		return Stream.of(
				refused("unknown code", URN, MONDAY, "AM", Problem.INVALID_INPUT, "marks[1].code", line(ON_ROLL, "/"),
						line(ALSO_ON_ROLL, "A")),
				refused("withdrawn code H", URN, MONDAY, "AM", Problem.INVALID_INPUT, "marks[1].code",
						line(ON_ROLL, "/"), line(ALSO_ON_ROLL, "H")),
				refused("malformed UPN", URN, MONDAY, "AM", Problem.INVALID_INPUT, "marks[1].upn", line(ON_ROLL, "/"),
						line("A83820011600X", "/")),
				refused("wrong check letter", URN, MONDAY, "AM", Problem.INVALID_INPUT, "marks[1].upn",
						line(ON_ROLL, "/"), line(wrongCheckLetter(ALSO_ON_ROLL), "/")),
				refused("same pupil twice", URN, MONDAY, "AM", Problem.INVALID_INPUT, "marks[1].upn",
						line(ON_ROLL, "/"), line(ON_ROLL, "I")),
				refused("no marks", URN, MONDAY, "AM", Problem.INVALID_INPUT, "marks"),
				refused("session neither AM nor PM", URN, MONDAY, "EVE", Problem.INVALID_INPUT, "session",
						line(ON_ROLL, "/")),
				refused("malformed date", URN, "16/11/2026", "AM", Problem.INVALID_INPUT, "date", line(ON_ROLL, "/")),
				refused("malformed URN", "11300", MONDAY, "AM", Problem.INVALID_INPUT, "urn", line(ON_ROLL, "/")),
				refused("unknown school", "999999", MONDAY, "AM", Problem.NOT_FOUND, null, line(ON_ROLL, "/")),
				refused("date in the future", URN, "2026-11-24", "AM", Problem.RULE_BROKEN, "date", line(ON_ROLL, "/")),
				refused("a Saturday", URN, "2026-11-14", "AM", Problem.RULE_BROKEN, "date", line(ON_ROLL, "/")),
				refused("half term", URN, "2026-10-27", "AM", Problem.RULE_BROKEN, "date", line(ON_ROLL, "/")),
				refused("the school's INSET day", URN, "2026-11-20", "PM", Problem.RULE_BROKEN, "date",
						line(ON_ROLL, "\\")),
				refused("no term dates held", URN, "2024-11-18", "AM", Problem.RULE_BROKEN, "date", line(ON_ROLL, "/")),
				refused("pupil on no roll", URN, MONDAY, "AM", Problem.RULE_BROKEN, "marks[1].upn", line(ON_ROLL, "/"),
						line(upn(99), "/")),
				refused("pupil on another school's roll", URN, MONDAY, "AM", Problem.RULE_BROKEN, "marks[1].upn",
						line(ON_ROLL, "/"), line(upn(5), "/")),
				refused("pupil left before the date", URN, MONDAY, "AM", Problem.RULE_BROKEN, "marks[1].upn",
						line(ON_ROLL, "/"), line(LEFT, "/")),
				refused("pupil admitted after the date", URN, MONDAY, "AM", Problem.RULE_BROKEN, "marks[1].upn",
						line(ON_ROLL, "/"), line(NOT_YET_ADMITTED, "/")),
				refused("D for a pupil on no other roll", URN, MONDAY, "AM", Problem.RULE_BROKEN, "marks[1].code",
						line(ON_ROLL, "/"), line(ALSO_ON_ROLL, "D")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedRegisters")
	void refusedAndNothingStored(String description, String urn, String date, String session, Problem problem,
			String field, List<MarkLine> lines) {
		ProblemException refusal = catchThrowableOfType(ProblemException.class,
				() -> this.stores.registers.take(LA, urn, date, session, lines));
		assertThat(refusal.problem()).isEqualTo(problem);
		if (field != null) {
			assertThat(refusal.violations()).extracting(Violation::field).contains(field);
		}
		assertThat(this.stores.marks.find(new MarkKey(URN, new Upn(ON_ROLL), new AcademicYear(2026)))).isEmpty();
		assertThat(this.stores.marks.findRegister(URN, LocalDate.parse(MONDAY), Session.AM)).isEmpty();
	}

	@Test
	void everyProblemInARegisterIsReportedAtOnce() {
		ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> this.stores.registers.take(LA,
				URN, MONDAY, "AM", List.of(line("bad", "/"), line(ON_ROLL, "J"), line(ALSO_ON_ROLL, "Y"))));
		assertThat(refusal.violations()).extracting(Violation::field)
			.containsExactly("marks[0].upn", "marks[1].code", "marks[2].code");
		assertThat(refusal.violations().get(1).detail()).contains("withdrawn on 19 August 2024");
	}

	@Test
	void theSameRegisterTwiceGivesTheSameStateAndNoAmendment() {
		List<MarkLine> register = List.of(line(ON_ROLL, "/"), line(ALSO_ON_ROLL, "I"));
		Outcome first = this.stores.registers.take(LA, URN, MONDAY, "AM", register);
		YearMarks after = this.stores.marks.find(key(ON_ROLL)).orElseThrow();
		Outcome second = this.stores.registers.take(LA, URN, MONDAY, "AM", register);

		assertThat(first.changed()).isEqualTo(2);
		assertThat(second.changed()).isZero();
		assertThat(second.marks()).isEqualTo(2);
		assertThat(this.stores.marks.find(key(ON_ROLL))).contains(after);
		assertThat(this.stores.marks.amendments(URN, new Upn(ALSO_ON_ROLL))).isEmpty();
	}

	@Test
	void aChangedMarkIsOneAmendmentSayingWhoFromAndTo() {
		this.stores.registers.take(LA, URN, MONDAY, "AM", List.of(line(ON_ROLL, "N"), line(ALSO_ON_ROLL, "/")));
		Caller school = InMemoryStores.schoolCaller(URN, "registers:write");
		Outcome amended = this.stores.registers.take(school, URN, MONDAY, "AM",
				List.of(line(ON_ROLL, "I"), line(ALSO_ON_ROLL, "/")));

		assertThat(amended.changed()).isEqualTo(1);
		List<Amendment> amendments = this.stores.marks.amendments(URN, new Upn(ON_ROLL));
		assertThat(amendments).singleElement().satisfies((amendment) -> {
			assertThat(amendment.from()).isEqualTo(AttendanceCode.REASON_NOT_YET_ESTABLISHED);
			assertThat(amendment.to()).isEqualTo(AttendanceCode.ILLNESS);
			assertThat(amendment.by()).isEqualTo(school.subject());
			assertThat(amendment.organisation()).isEqualTo("SCHOOL:" + URN);
			assertThat(amendment.date()).isEqualTo(LocalDate.parse(MONDAY));
			assertThat(amendment.session()).isEqualTo(Session.AM);
		});
		assertThat(this.stores.marks.amendments(URN, new Upn(ALSO_ON_ROLL))).isEmpty();
	}

	@Test
	void pupilsNotListedKeepTheirMarks() {
		this.stores.registers.take(LA, URN, MONDAY, "PM", List.of(line(ON_ROLL, "\\"), line(ALSO_ON_ROLL, "M")));
		this.stores.registers.take(LA, URN, MONDAY, "PM", List.of(line(ON_ROLL, "L")));

		RegisterTaking.Register register = this.stores.registers.read(LA, URN, MONDAY, "PM");
		assertThat(register.marks()).containsEntry(new Upn(ON_ROLL), AttendanceCode.LATE_BEFORE_REGISTER_CLOSED)
			.containsEntry(new Upn(ALSO_ON_ROLL), AttendanceCode.LEAVE_MEDICAL_OR_DENTAL);
		assertThat(register.record().takenBy()).isEqualTo(LA.subject());
	}

	@Test
	void aWriterThatLosesTheRaceRereadsAndKeepsTheOtherWritersMark() {
		this.stores.registers.take(LA, URN, MONDAY, "AM", List.of(line(ON_ROLL, "/")));
		MarkStore racing = new RacingMarkStore(this.stores.marks,
				() -> new RegisterIntake(this.stores.marks).receive(
						List.of(new ReceivedRegister(URN, LocalDate.parse(MONDAY), Session.AM,
								Map.of(new Upn(ON_ROLL), AttendanceCode.LATE_BEFORE_REGISTER_CLOSED))),
						LA, Instant.now()));
		RegisterTaking taking = new RegisterTaking(this.stores.schools, this.stores.pupils, racing, TermDates.dorset(),
				Clock.fixed(InMemoryStores.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));

		Outcome outcome = taking.take(LA, URN, MONDAY, "PM", List.of(line(ON_ROLL, "I")));

		YearMarks now = this.stores.marks.find(key(ON_ROLL)).orElseThrow();
		assertThat(outcome.changed()).isEqualTo(1);
		assertThat(now.mark(LocalDate.parse(MONDAY), Session.AM)).contains(AttendanceCode.LATE_BEFORE_REGISTER_CLOSED);
		assertThat(now.mark(LocalDate.parse(MONDAY), Session.PM)).contains(AttendanceCode.ILLNESS);
		assertThat(this.stores.marks.inboxes(List.of(URN)).get(URN).version()).isEqualTo(3);
	}

	@Test
	void foldedRegistersReadAsTheyDidWhileWaiting() {
		this.stores.registers.take(LA, URN, MONDAY, "AM", List.of(line(ON_ROLL, "N"), line(ALSO_ON_ROLL, "/")));
		this.stores.registers.take(LA, URN, MONDAY, "AM", List.of(line(ON_ROLL, "I")));
		RegisterTaking.Register waiting = this.stores.registers.read(LA, URN, MONDAY, "AM");
		List<Amendment> amendedWaiting = this.stores.marks.amendments(URN, new Upn(ON_ROLL));
		YearMarks yearWaiting = this.stores.marks.find(key(ON_ROLL)).orElseThrow();

		assertThat(this.stores.fold.fold(URN)).isEqualTo(1);

		assertThat(this.stores.marks.inboxes(List.of(URN)).get(URN).days()).isEmpty();
		assertThat(this.stores.registers.read(LA, URN, MONDAY, "AM")).isEqualTo(waiting);
		assertThat(this.stores.marks.amendments(URN, new Upn(ON_ROLL))).isEqualTo(amendedWaiting).hasSize(1);
		assertThat(this.stores.marks.findFolded(List.of(key(ON_ROLL))).get(key(ON_ROLL)).sessions())
			.isEqualTo(yearWaiting.sessions());
		assertThat(this.stores.fold.fold(URN)).isZero();
	}

	@Test
	void aSchoolMayTakeOnlyItsOwnRegisters() {
		ProblemException refusal = catchThrowableOfType(ProblemException.class,
				() -> this.stores.registers.take(InMemoryStores.schoolCaller("113002", "registers:write"), URN, MONDAY,
						"AM", List.of(line(ON_ROLL, "/"))));
		assertThat(refusal.problem()).isEqualTo(Problem.FORBIDDEN);
		ProblemException noScope = catchThrowableOfType(ProblemException.class, () -> this.stores.registers
			.take(InMemoryStores.schoolCaller(URN, "attendance:read"), URN, MONDAY, "AM", List.of(line(ON_ROLL, "/"))));
		assertThat(noScope.problem()).isEqualTo(Problem.FORBIDDEN);
		assertThat(this.stores.marks.find(key(ON_ROLL))).isEmpty();
	}

	/**
	 * A store in which another writer changes the school's register inbox first, once,
	 * just before this one writes it.
	 */
	private static final class RacingMarkStore extends DelegatingMarkStore {

		private final Runnable otherWrite;

		private boolean raced;

		RacingMarkStore(MarkStore store, Runnable otherWrite) {
			super(store);
			this.otherWrite = otherWrite;
		}

		@Override
		public Set<String> saveInboxes(List<RegisterInbox> inboxes) {
			if (!this.raced) {
				this.raced = true;
				this.otherWrite.run();
			}
			return super.saveInboxes(inboxes);
		}

	}

	private static MarkKey key(String upn) {
		return new MarkKey(URN, new Upn(upn), new AcademicYear(2026));
	}

	private static MarkLine line(String upn, String code) {
		return new MarkLine(upn, code);
	}

	private static Arguments refused(String description, String urn, String date, String session, Problem problem,
			String field, MarkLine... lines) {
		return Arguments.of(description, urn, date, session, problem, field, Arrays.asList(lines));
	}

	private static String wrongCheckLetter(String upn) {
		return ((upn.charAt(0) == 'A') ? "B" : "A") + upn.substring(1);
	}

}
