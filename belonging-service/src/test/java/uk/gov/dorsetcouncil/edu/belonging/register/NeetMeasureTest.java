package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The DfE's "NEET or not known" at 16 and 17: the December, January and February counts
 * averaged, custody out of the cohort, only academic ages 16 and 17; each case counted by
 * hand. Then what an officer may record.
 */
class NeetMeasureTest {

	static final LocalDate SIXTEEN = LocalDate.of(2010, 3, 1);

	/**
	 * Each month as EET/NEET/NOT_KNOWN/CUSTODY counts of 16 year olds, December 2026 to
	 * February 2027; the headline = (NEET + not known averaged) / (cohort averaged).
	 */
	@ParameterizedTest(name = "Dec {0}, Jan {1}, Feb {2} -> {3}% ({4} NEET, {5} not known)")
	@CsvSource(nullValues = "-",
			value = { "90/5/5/0, 90/5/5/0, 90/5/5/0, 10.0, 5.0, 5.0", "90/5/5/3, 90/5/5/0, 90/5/5/9, 10.0, 5.0, 5.0",
					"80/10/10/0, 90/5/5/0, 100/0/0/0, 10.0, 5.0, 5.0",
					"100/0/0/0, 100/0/0/0, 40/30/30/0, 20.0, 10.0, 10.0", "95/5/0/0, 95/5/0/0, 95/5/0/0, 5.0, 5.0, 0.0",
					"0/0/0/0, 0/0/0/0, 0/0/0/0, -, -, -", "0/0/0/4, 0/0/0/0, 0/0/0/0, -, -, -" })
	void theHeadlineIsTheWintersAverage(String december, String january, String february, Double percent, Double neet,
			Double notKnown) {
		List<NeetActivity> records = new ArrayList<>();
		add(records, YearMonth.of(2026, 12), december);
		add(records, YearMonth.of(2027, 1), january);
		add(records, YearMonth.of(2027, 2), february);
		// Other months and other ages never count.
		add(records, YearMonth.of(2027, 3), "0/50/50/0");
		records.add(new NeetActivity(Upn.withCheckLetter("838200199999"), YearMonth.of(2027, 1),
				LocalDate.of(2012, 3, 1), NeetActivity.Activity.NEET, "officer"));

		NeetMeasure.Result result = NeetMeasure.of(2027, records, SmallNumberSuppression.off());

		assertThat(result.neetOrNotKnownPercent()).isEqualTo(percent);
		assertThat(result.neetPercent()).isEqualTo(neet);
		assertThat(result.notKnownPercent()).isEqualTo(notKnown);
		assertThat(result.months()).extracting(m -> m.month().toString())
			.containsExactly("2026-12", "2027-01", "2027-02");
	}

	@ParameterizedTest(name = "born {0}, {1} -> academic age {2}")
	@CsvSource({ "2010-08-31, 2026-12, 16", "2010-09-01, 2026-12, 15", "2009-09-01, 2026-12, 16",
			"2009-08-31, 2026-12, 17", "2009-08-31, 2027-02, 17", "2008-08-31, 2027-02, 18", "2010-08-31, 2027-09, 17",
			"2010-08-31, 2027-08, 16" })
	void academicAgeIsTheAgeOnThe31stOfAugustBeforeTheMonth(LocalDate born, YearMonth month, int age) {
		assertThat(NeetActivity.academicAge(born, month)).isEqualTo(age);
	}

	@ParameterizedTest(name = "{0} {1} born {2} {3} -> {4} {5}")
	@CsvSource(nullValues = "-",
			value = { "not-a-upn, 2026-11, 2010-03-01, NEET, INVALID_INPUT, upn",
					"A838200127001, 2026-13, 2010-03-01, NEET, INVALID_INPUT, month",
					"A838200127001, 2027-01, 2010-03-01, NEET, INVALID_INPUT, month",
					"A838200127001, 26-11, 2010-03-01, NEET, INVALID_INPUT, month",
					"A838200127001, 2026-11, -, NEET, INVALID_INPUT, dateOfBirth",
					"A838200127001, 2026-11, 2010-03-01, IDLE, INVALID_INPUT, activity",
					"A838200127001, 2026-11, 2010-03-01, -, INVALID_INPUT, activity",
					"A838200127001, 2026-11, 2012-03-01, NEET, RULE_BROKEN, dateOfBirth",
					"A838200127001, 2026-11, 2007-03-01, NEET, RULE_BROKEN, dateOfBirth" })
	void aRecordIsRefusedNamingTheField(String upn, String month, String born, String activity, Problem problem,
			String field) {
		HeldNeet store = new HeldNeet();
		NeetTracking tracking = new NeetTracking(store, SmallNumberSuppression.off(), Registers.TODAY);
		String child = "A838200127001".equals(upn) ? Registers.PUPIL.value() : upn;

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> tracking.record(Registers.OFFICER, child, month, born, activity))
			.satisfies(refused -> {
				assertThat(refused.problem()).isEqualTo(problem);
				assertThat(refused.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(store.held).isEmpty();
	}

	private static void add(List<NeetActivity> records, YearMonth month, String counts) {
		String[] n = counts.split("/");
		NeetActivity.Activity[] kinds = NeetActivity.Activity.values();
		for (int k = 0; k < kinds.length; k++) {
			for (int i = 0; i < Integer.parseInt(n[k]); i++) {
				records.add(new NeetActivity(
						Upn.withCheckLetter(String.format("8382%02d%02d%04d", month.getMonthValue(), k, i)), month,
						SIXTEEN, kinds[k], "officer"));
			}
		}
	}

}
