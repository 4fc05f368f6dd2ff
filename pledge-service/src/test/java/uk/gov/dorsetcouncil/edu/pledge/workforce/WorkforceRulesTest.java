package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Schools' workforce figures (ADR 0046): what is accepted, what is refused and why, and
 * which county figures are hidden, case by case.
 */
class WorkforceRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	static final Caller SCHOOL = new Caller("sbm@991001", null, Organisation.school("991001"), Set.of(),
			Set.of("pledges:read", "pledges:write"));

	static final Caller GROUP = new Caller("dev-workforce-group", null, Organisation.localAuthority("838"),
			Set.of(WorkforceAccess.WORKING_GROUP), Set.of("pledges:read", "pledges:write"));

	static final Caller ANALYST = new Caller("analyst", null, Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("pledges:read", "pledges:report"));

	static final Caller OWNER = new Caller("owner", null, Organisation.localAuthority("838"), Set.of(),
			Set.of("pledges:read", "pledges:write"));

	/** A school of 48 staff whose figures are all within bounds. */
	static SubmissionInput valid(String school) {
		return new SubmissionInput(school, "2026-27-AUTUMN", 48L, 39.5, 40L, 28L, 31L, 22L, 26L, 19L, 61L, 14L, 12L, 9L,
				2L, 3L, 4L, 3L, 2L);
	}

	/** The valid figures with one field set to a value (null: absent). */
	static SubmissionInput with(String field, String value) {
		SubmissionInput v = valid("991001");
		Object[] values = { v.school(), v.term(), v.headcount(), v.fte(), v.respondents(), v.agreeWellbeingGood(),
				v.agreeSafeAndSupported(), v.agreeSupportAccessible(), v.agreeDevelopmentRelevant(),
				v.agreeGrowthRecognised(), v.stressDaysLost(), v.tas(), v.tasInducted(), v.tasCompletedCpd(),
				v.tasCareerProgressed(), v.tasPayProgressed(), v.vacancies(), v.postsFilled(), v.leavers() };
		int i = SubmissionInput.FIELDS.indexOf(field);
		assertThat(i).as(field).isNotNegative();
		values[i] = (value == null) ? null : (i < 2) ? value
				: (field.equals("fte")) ? (Object) Double.valueOf(value) : (Object) Long.valueOf(value);
		return new SubmissionInput((String) values[0], (String) values[1], (Long) values[2], (Double) values[3],
				(Long) values[4], (Long) values[5], (Long) values[6], (Long) values[7], (Long) values[8],
				(Long) values[9], (Long) values[10], (Long) values[11], (Long) values[12], (Long) values[13],
				(Long) values[14], (Long) values[15], (Long) values[16], (Long) values[17], (Long) values[18]);
	}

	@ParameterizedTest(name = "{0} = {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "NULL", value = { "school | NULL | is required, the school's URN",
			"school | '   ' | is required, the school's URN", "school | 99100 | URN", "term | NULL | is required",
			"term | 2026-27-WINTER | is a term the platform knows",
			"term | 2026-27-SPRING | has not begun: it starts on 2027-01-04", "headcount | 0 | is at least 1",
			"headcount | 5001 | is at most 5000", "headcount | NULL | is required, a whole number",
			"fte | 0 | is more than 0", "fte | 48.5 | is at most 48", "fte | 39.125 | has at most two decimal places",
			"fte | NULL | is required", "respondents | 49 | is at most 48 (never more than headcount)",
			"respondents | -1 | is at least 0", "agreeWellbeingGood | 41 | is at most 40 (never more than respondents)",
			"agreeGrowthRecognised | 41 | is at most 40 (never more than respondents)",
			"stressDaysLost | 3793 | is at most headcount (48) times the term's 79 weekdays, 3792",
			"tas | 49 | is at most 48 (never more than headcount)",
			"tasInducted | 15 | is at most 14 (never more than tas)",
			"tasCompletedCpd | 15 | is at most 14 (never more than tas)",
			"tasCareerProgressed | 15 | is at most 14 (never more than tas)",
			"tasPayProgressed | 15 | is at most 14 (never more than tas)", "vacancies | 1001 | is at most 1000",
			"postsFilled | 5 | is at most 4 (never more than vacancies)",
			"leavers | 49 | is at most 48 (never more than headcount)" })
	void aWrongFieldIsNamedAndNothingIsAccepted(String field, String value, String detail) {
		Fields fields = new Fields();
		assertThat(SubmissionRules.read(fields, "", with(field, value), HeldSubmissions.terms(), TODAY)).isEmpty();
		assertThat(fields.violations()).anySatisfy(v -> {
			assertThat(v.field()).isEqualTo(field);
			assertThat(v.detail()).contains(detail);
		});
	}

	@ParameterizedTest(name = "{0} = {1} is accepted")
	@CsvSource({ "respondents, 0", "agreeWellbeingGood, 40", "tas, 0", "fte, 48", "fte, 0.5", "stressDaysLost, 3792",
			"vacancies, 0", "leavers, 48", "headcount, 5000", "term, 2026-27-autumn" })
	void boundsAreInclusive(String field, String value) {
		SubmissionInput input = with(field, value);
		if (field.equals("respondents")) {
			input = new SubmissionInput("991001", "2026-27-AUTUMN", 48L, 39.5, 0L, 0L, 0L, 0L, 0L, 0L, 61L, 14L, 12L,
					9L, 2L, 3L, 4L, 3L, 2L);
		}
		if (field.equals("tas")) {
			input = new SubmissionInput("991001", "2026-27-AUTUMN", 48L, 39.5, 40L, 28L, 31L, 22L, 26L, 19L, 61L, 0L,
					0L, 0L, 0L, 0L, 4L, 3L, 2L);
		}
		if (field.equals("vacancies")) {
			input = new SubmissionInput("991001", "2026-27-AUTUMN", 48L, 39.5, 40L, 28L, 31L, 22L, 26L, 19L, 61L, 14L,
					12L, 9L, 2L, 3L, 0L, 0L, 2L);
		}
		Fields fields = new Fields();
		assertThat(SubmissionRules.read(fields, "", input, HeldSubmissions.terms(), TODAY)).isPresent();
		assertThat(fields.violations()).isEmpty();
	}

	/**
	 * The county's share agreeing, schools' (agreeing/respondents) separated by ' ':
	 * hidden (c) when 1 or 2 schools submitted, or the count or the rest of its whole is
	 * 1 or 2; a whole of 0 has no figure (z).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "three schools, nothing small | 10/20 15/20 20/40 | AVAILABLE 56.3 45/80",
			"two schools: their own figures | 10/20 15/20 | SUPPRESSED", "one school | 10/20 | SUPPRESSED",
			"a count of 2 | 1/20 1/20 0/40 | SUPPRESSED", "a count of 3 is shown | 1/20 1/20 1/40 | AVAILABLE 3.8 3/80",
			"all but 1 agree | 20/20 20/20 39/40 | SUPPRESSED", "all agree | 20/20 20/20 40/40 | AVAILABLE 100.0 80/80",
			"none agree: a true zero | 0/20 0/20 0/40 | AVAILABLE 0.0 0/80",
			"nobody answered | 0/0 0/0 0/0 | NO_DATA" })
	void theCountysShareIsHiddenWhereNumbersAreSmall(String why, String schools, String expected) {
		List<StaffFigures> figures = new ArrayList<>();
		for (String school : schools.split(" ")) {
			long agreeing = Long.parseLong(school.split("/")[0]);
			long respondents = Long.parseLong(school.split("/")[1]);
			figures.add(new StaffFigures(60, 50, respondents,
					java.util.Map.of(WellbeingStatement.WELLBEING_GOOD, agreeing), 10, 10, 5, 5, 1, 1, 2, 1, 3));
		}
		MeasureFigure figure = WorkforceTally.county().figure(WorkforceMeasure.WELLBEING_GOOD, figures);
		String shown = figure.state() + (figure.available()
				? " " + figure.value() + " " + figure.numerator() + "/" + figure.denominator() : "");
		assertThat(shown).isEqualTo(expected);
		assertThat(figure.schools()).isEqualTo(figures.size());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "days per FTE, three schools | 10/5.5 20/10 30/14.5 | AVAILABLE 2.0",
			"one school | 10/5.5 | SUPPRESSED", "no days lost | 0/5.5 0/10 0/14.5 | AVAILABLE 0.0" })
	void daysLostArePerFullTimeEquivalent(String why, String schools, String expected) {
		List<StaffFigures> figures = new ArrayList<>();
		for (String school : schools.split(" ")) {
			figures.add(new StaffFigures(20, Double.parseDouble(school.split("/")[1]), 0, java.util.Map.of(),
					Long.parseLong(school.split("/")[0]), 5, 5, 5, 1, 1, 2, 1, 3));
		}
		MeasureFigure figure = WorkforceTally.county().figure(WorkforceMeasure.STRESS_DAYS_PER_FTE, figures);
		assertThat(figure.state() + (figure.available() ? " " + figure.value() : "")).isEqualTo(expected);
	}

	@Test
	void aSchoolsOwnFiguresAreShownInFull() {
		StaffFigures one = new StaffFigures(20, 15, 10, java.util.Map.of(WellbeingStatement.WELLBEING_GOOD, 9L), 3, 4,
				1, 2, 1, 0, 1, 1, 1);
		MeasureFigure own = WorkforceTally.ownSchool().figure(WorkforceMeasure.WELLBEING_GOOD, List.of(one));
		assertThat(own.value()).isEqualTo(90.0);
		assertThat(WorkforceTally.county().figure(WorkforceMeasure.WELLBEING_GOOD, List.of(one)).value()).isNull();
	}

	@Test
	void aSchoolSendsItsOwnAndTheWorkingGroupOnItsBehalf() {
		HeldSubmissions held = new HeldSubmissions();
		WorkforceReturns returns = new WorkforceReturns(held, HeldSubmissions.terms(), 10,
				new MutableClock(Instant.parse("2026-12-07T10:00:00Z")));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> returns.submit(SCHOOL, valid("991002")))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.FORBIDDEN))
			.satisfies(ex -> assertThat(ex.violations()).singleElement()
				.satisfies(v -> assertThat(v.field()).isEqualTo("school")));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> returns.submit(OWNER, valid("991001")))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> returns.submit(ANALYST, valid("991001")))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThat(held.size()).isZero();

		WorkforceSubmission first = returns.submit(SCHOOL, valid("991001"));
		WorkforceSubmission second = returns.submit(GROUP, valid("991001"));
		assertThat(first.submittedFor()).isEqualTo("SCHOOL");
		assertThat(second.onBehalf()).isTrue();
		assertThat(second.replaces()).isEqualTo(first.id());
		assertThat(second.digest()).isEqualTo(first.digest()).hasSize(64);
		assertThat(returns.submission(SCHOOL, first.id()).replacedBy()).isEqualTo(second.id());
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> returns.submission(ANALYST, first.id()))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> returns.measures(ANALYST, null, "991001"))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThat(returns.measures(SCHOOL, null, null).school().submission()).isEqualTo(second.id());
		assertThat(returns.measures(ANALYST, null, null).school()).isNull();
		assertThat(returns.measures(ANALYST, null, null).schoolsSubmitted()).isEqualTo(1);
	}

	@Test
	void weekdaysOfATerm() {
		assertThat(HeldSubmissions.terms().find("2026-27-autumn").orElseThrow().weekdays()).isEqualTo(79);
	}

}
