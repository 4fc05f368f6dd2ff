package uk.gov.dorsetcouncil.edu.transport.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.transport.application.Application.AppealOutcome;
import uk.gov.dorsetcouncil.edu.transport.application.Application.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of deciding and appealing as tables: the officer's choice against what was
 * assessed (s508B: an eligible child's travel is a duty), working days across weekends
 * and bank holidays, and when a family may appeal.
 */
class ApplicationRulesTest {

	@ParameterizedTest(name = "assessed {0}, chosen {1}, override reason {2}: {3} {4}")
	@CsvSource(nullValues = "-", textBlock = """
			# assessed, chosen,  reason, outcome, refused field
			AWARDED,    -,       false,  AWARDED, -
			AWARDED,    AWARDED, false,  AWARDED, -
			AWARDED,    REFUSED, false,  -,       outcome
			AWARDED,    REFUSED, true,   -,       outcome
			AWARDED,    -,       true,   -,       overrideReason
			REFUSED,    -,       false,  REFUSED, -
			REFUSED,    REFUSED, false,  REFUSED, -
			REFUSED,    AWARDED, false,  -,       overrideReason
			REFUSED,    AWARDED, true,   AWARDED, -
			REFUSED,    REFUSED, true,   -,       overrideReason
			-,          -,       false,  -,       outcome
			-,          AWARDED, false,  AWARDED, -
			-,          REFUSED, false,  REFUSED, -
			-,          AWARDED, true,   -,       overrideReason
			""")
	void theOfficersChoiceAgainstWhatWasAssessed(Outcome assessed, Outcome chosen, boolean reason, Outcome outcome,
			String field) {
		ApplicationRules.Verdict verdict = ApplicationRules.decide(assessed, chosen, reason);
		assertThat(verdict.outcome()).isEqualTo(outcome);
		if (field == null) {
			assertThat(verdict.refused()).isNull();
		}
		else {
			assertThat(verdict.refused().field()).isEqualTo(field);
		}
	}

	@ParameterizedTest(name = "{1} working days after {0} is {2}")
	@CsvSource(textBlock = """
			# from,       days, the day
			2026-12-07,   1,    2026-12-08
			2026-12-11,   1,    2026-12-14
			2026-12-12,   1,    2026-12-14
			2026-12-07,   20,   2027-01-07
			2026-12-24,   1,    2026-12-29
			2027-03-25,   1,    2027-03-30
			2027-04-29,   2,    2027-05-04
			2027-01-04,   20,   2027-02-01
			2027-01-04,   40,   2027-03-01
			""")
	void workingDaysLeaveOutWeekendsAndBankHolidays(LocalDate from, int days, LocalDate expected) {
		// 25, 26 (Saturday: substitute 28) December 2026, 1 January 2027, Good Friday 26
		// March and Easter Monday 29 March 2027, early May 3 May 2027
		assertThat(WorkingDays.after(from, days)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: stage {1} received {2} -> {3}")
	@CsvSource(nullValues = "-", textBlock = """
			# held,                 stage, received,   problem field
			UNDECIDED,              1,     2026-11-10, applicationId
			UNDECIDED,              2,     2026-11-10, applicationId
			REFUSED,                1,     2026-11-02, -
			REFUSED,                1,     2026-10-30, receivedOn
			REFUSED,                1,     2026-11-30, -
			REFUSED,                1,     2026-12-01, receivedOn
			REFUSED,                3,     2026-11-10, stage
			REFUSED,                2,     2026-11-10, stage
			STAGE_1_OPEN,           1,     2026-11-10, stage
			STAGE_1_OPEN,           2,     2026-11-10, stage
			STAGE_1_CONFIRMED,      2,     2026-11-20, -
			STAGE_1_CONFIRMED,      2,     2026-12-18, -
			STAGE_1_CONFIRMED,      2,     2026-12-21, receivedOn
			STAGE_1_CONFIRMED,      2,     2026-11-19, receivedOn
			STAGE_1_CHANGED,        2,     2026-11-20, stage
			""")
	void whenAFamilyMayAppeal(String held, int stage, LocalDate received, String field) {
		// decided Monday 2 November 2026: the 20th working day after is 30 November;
		// stage 1 answered Friday 20 November: stage 2 by 18 December
		assertThat(ApplicationRules.appealProblem(application(held), stage, received).map(v -> v.field()).orElse(null))
			.isEqualTo(field);
	}

	@ParameterizedTest(name = "stage {0} received {1} is due {2}")
	@CsvSource(textBlock = """
			1, 2026-11-03, 2026-12-01
			2, 2026-11-23, 2027-01-21
			1, 2026-12-18, 2027-01-20
			""")
	void theCouncilsTimeToAnswer(int stage, LocalDate received, LocalDate due) {
		assertThat(ApplicationRules.dueOn(stage, received)).isEqualTo(due);
	}

	static Application application(String held) {
		Application application = new Application("A838200125001-T1", "A838200125001", "990001",
				ApplicationKind.HOME_TO_SCHOOL, LocalDate.parse("2026-10-20"), "A838200125001-1", List.of(), null,
				List.of(), "officer", Instant.EPOCH);
		if (held.equals("UNDECIDED")) {
			return application;
		}
		application = application.decided(new Application.Ruling(Outcome.REFUSED, Outcome.REFUSED, "NOT_ELIGIBLE",
				"within walking distance", null, LocalDate.parse("2026-11-02"), null, "officer", Instant.EPOCH));
		if (held.equals("REFUSED")) {
			return application;
		}
		List<Application.Appeal> appeals = new ArrayList<>();
		Application.Appeal first = new Application.Appeal("A838200125001-T1-A1", 1, LocalDate.parse("2026-11-03"),
				"the route is unsafe", LocalDate.parse("2026-12-01"), null);
		if (!held.equals("STAGE_1_OPEN")) {
			first = first.with(new Application.Result(
					held.equals("STAGE_1_CHANGED") ? AppealOutcome.CHANGED : AppealOutcome.CONFIRMED,
					LocalDate.parse("2026-11-20"), "reviewed", "senior officer", Instant.EPOCH));
		}
		appeals.add(first);
		return application.withAppeals(appeals);
	}

}
