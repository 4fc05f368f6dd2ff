package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterInbox.Receipt;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * The rules of receiving a register into a school's inbox (ADR 0017), one row per case:
 * which mark it replaces (waiting in the inbox, or in the pupil's year when the session
 * may hold marks there), whether that is a change and an amendment (who, when, from, to),
 * and whether the inbox is written at all.
 */
class RegisterInboxTest {

	private static final String URN = "113001";

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

	private static final AcademicYear YEAR = AcademicYear.of(MONDAY);

	private static final Upn PUPIL = new Upn(upn(1));

	private static final Upn OTHER = new Upn(upn(2));

	private static final Caller SCHOOL = new Caller("lead@113001", "mis-113001", Organisation.school(URN), Set.of(),
			Set.of("registers:write"));

	private static final Instant NOW = Instant.parse("2026-11-16T09:05:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			first mark                                   | -  | -  | - | /  | 1 | -     | true  | true
			the same register again                      | /  | -  | - | /  | 0 | -     | false | false
			changed while waiting                        | /  | -  | - | I  | 1 | /->I  | true  | false
			changes a mark written in bulk               | -  | N  | b | I  | 1 | N->I  | true  | true
			the same mark as written in bulk             | -  | N  | b | N  | 0 | -     | true  | true
			changes a register already folded            | -  | O  | r | G  | 1 | O->G  | true  | true
			the same mark as a register already folded   | -  | O  | r | O  | 0 | -     | false | true
			waiting wins over the year                   | L  | O  | r | I  | 1 | L->I  | true  | false
			""")
	void receivingARegister(String description, String waiting, String folded, Character marked, String sent,
			int changed, String amendment, boolean written, boolean yearRead) {
		RegisterInbox inbox = inbox(waiting, (marked == null) ? RegisterInbox.UNMARKED : marked);
		ReceivedRegister register = new ReceivedRegister(URN, MONDAY, Session.AM,
				Map.of(PUPIL, AttendanceCode.fromSymbol(sent)));
		MarkKey key = new MarkKey(URN, PUPIL, YEAR);
		assertThat(inbox.foldedToRead(List.of(register)))
			.isEqualTo(yearRead && marked != null ? Set.of(key) : Set.of());
		Map<MarkKey, YearMarks> years = new HashMap<>();
		if (folded != null) {
			years.put(key,
					YearMarks.empty(URN, PUPIL, YEAR).with(MONDAY, Session.AM, AttendanceCode.fromSymbol(folded)));
		}

		Receipt receipt = inbox.receive(List.of(register), years, SCHOOL, NOW);

		assertThat(receipt.changed()).containsExactly(changed);
		assertThat(receipt.inbox() != inbox).as("written").isEqualTo(written);
		InboxDay day = receipt.inbox().day(MONDAY);
		List<String> amendments = (day == null) ? List.of()
				: day.amendments()
					.stream()
					.map((change) -> change.from().symbol() + "->" + change.to().symbol())
					.toList();
		assertThat(amendments).isEqualTo((amendment == null) ? List.of() : List.of(amendment));
		if (day != null && !day.amendments().isEmpty()) {
			Amendment change = day.amendments().get(0);
			assertThat(change.by()).isEqualTo(SCHOOL.subject());
			assertThat(change.organisation()).isEqualTo("SCHOOL:" + URN);
			assertThat(change.at()).isEqualTo(NOW);
			assertThat(change.session()).isEqualTo(Session.AM);
		}
		if (written) {
			assertThat(receipt.inbox().version()).isEqualTo(inbox.version() + 1);
			assertThat(day.received()).isEqualTo(receipt.inbox().version());
			assertThat(day.taken(Session.AM).takenBy()).isNotNull();
			assertThat(day.taken(Session.AM).changedBy()).isEqualTo((changed > 0) ? SCHOOL.subject() : null);
		}
	}

	@ParameterizedTest(name = "waiting {0} {1}, sent for {2}: the year {3}")
	@CsvSource(delimiter = '|', textBlock = """
			AM | /  | AM | waiting wins
			PM | \\ | AM | the year holds the mark
			AM | /  | PM | the year holds the mark
			""")
	void theMarkThatCountsIsTheWaitingOneInThatSession(String waitingSession, String waitingMark, String asked,
			String expected) {
		RegisterInbox inbox = RegisterInbox.empty(URN);
		Receipt first = inbox.receive(List.of(new ReceivedRegister(URN, MONDAY, Session.valueOf(waitingSession),
				Map.of(PUPIL, AttendanceCode.fromSymbol(waitingMark)))), Map.of(), SCHOOL, NOW);
		RegisterInbox marked = marked(first.inbox());
		ReceivedRegister register = new ReceivedRegister(URN, MONDAY, Session.valueOf(asked),
				Map.of(PUPIL, AttendanceCode.ILLNESS));
		assertThat(marked.foldedToRead(List.of(register)).isEmpty()).isEqualTo(expected.equals("waiting wins"));
	}

	@org.junit.jupiter.api.Test
	void pupilsNotListedKeepTheirMarksAndTheYearShowsTheRegistersWaiting() {
		Map<Upn, AttendanceCode> both = new LinkedHashMap<>();
		both.put(PUPIL, AttendanceCode.PRESENT_AM);
		both.put(OTHER, AttendanceCode.OTHER_UNAUTHORISED);
		RegisterInbox inbox = RegisterInbox.empty(URN)
			.receive(List.of(new ReceivedRegister(URN, MONDAY, Session.AM, both)), Map.of(), SCHOOL, NOW)
			.inbox();
		RegisterInbox later = inbox
			.receive(List.of(new ReceivedRegister(URN, MONDAY, Session.AM, Map.of(PUPIL, AttendanceCode.ILLNESS))),
					Map.of(), SCHOOL, NOW)
			.inbox();
		YearMarks folded = YearMarks.empty(URN, OTHER, YEAR)
			.with(MONDAY.minusDays(7), Session.PM, AttendanceCode.PRESENT_PM);
		YearMarks other = later.overlay(new MarkKey(URN, OTHER, YEAR), folded);
		assertThat(other.mark(MONDAY, Session.AM)).contains(AttendanceCode.OTHER_UNAUTHORISED);
		assertThat(other.mark(MONDAY.minusDays(7), Session.PM)).contains(AttendanceCode.PRESENT_PM);
		assertThat(later.overlay(new MarkKey(URN, PUPIL, YEAR), null).mark(MONDAY, Session.AM))
			.contains(AttendanceCode.ILLNESS);
		assertThat(later.overlay(new MarkKey(URN, new Upn(upn(3)), YEAR), null)).isNull();
		assertThat(later.day(MONDAY).listed(Session.AM)).containsExactly(PUPIL, OTHER);
		assertThat(later.amendments(PUPIL)).singleElement()
			.satisfies((change) -> assertThat(change.to()).isEqualTo(AttendanceCode.ILLNESS));
	}

	/** An inbox whose Monday morning has a mark waiting (or none) and is marked so. */
	private static RegisterInbox inbox(String waiting, char marked) {
		RegisterInbox inbox = RegisterInbox.empty(URN);
		if (waiting != null) {
			inbox = inbox
				.receive(List.of(new ReceivedRegister(URN, MONDAY, Session.AM,
						Map.of(PUPIL, AttendanceCode.fromSymbol(waiting)))), Map.of(), SCHOOL, NOW)
				.inbox();
		}
		if (marked == RegisterInbox.UNMARKED) {
			return inbox;
		}
		char[] sessions = new char[2 * YEAR.lengthInDays()];
		Arrays.fill(sessions, RegisterInbox.UNMARKED);
		sessions[2 * YEAR.dayIndex(MONDAY)] = marked;
		return new RegisterInbox(URN, inbox.version(), Map.of(YEAR.startYear(), new String(sessions)), inbox.days());
	}

	/** The same inbox with both Monday sessions marked as held in bulk. */
	private static RegisterInbox marked(RegisterInbox inbox) {
		return inbox.markedInBulk(YEAR, Set.of(2 * YEAR.dayIndex(MONDAY), 2 * YEAR.dayIndex(MONDAY) + 1));
	}

}
