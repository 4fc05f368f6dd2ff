package uk.gov.dorsetcouncil.edu.attendance.measures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DfE measures (domain-rules.md 1.2 and 2): rates on possible sessions to 1 dp; flags
 * on exact counts.
 */
class AttendanceFiguresTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# case                          | present | aea | auth | unauth | attendance% | absence% | auth% | unauth% | persistent | severe
					no possible sessions            | 0       | 0   | 0    | 0      | 0.0         | 0.0      | 0.0   | 0.0     | false      | false
					all present                     | 20      | 0   | 0    | 0      | 100.0       | 0.0      | 0.0   | 0.0     | false      | false
					approved activity is attendance | 10      | 10  | 0    | 0      | 100.0       | 0.0      | 0.0   | 0.0     | false      | false
					just under 10%                  | 181     | 0   | 10   | 10     | 90.0        | 10.0     | 5.0   | 5.0     | false      | false
					exactly 10% is persistent       | 18      | 0   | 1    | 1      | 90.0        | 10.0     | 5.0   | 5.0     | true       | false
					exactly 10% of 380              | 342     | 0   | 30   | 8      | 90.0        | 10.0     | 7.9   | 2.1     | true       | false
					just under 50%                  | 101     | 0   | 50   | 49     | 50.5        | 49.5     | 25.0  | 24.5    | true       | false
					exactly 50% is severe           | 5       | 0   | 3    | 2      | 50.0        | 50.0     | 30.0  | 20.0    | true       | true
					all absent                      | 0       | 0   | 0    | 7      | 0.0         | 100.0    | 0.0   | 100.0   | true       | true
					thirds round half up            | 2       | 0   | 1    | 0      | 66.7        | 33.3     | 33.3  | 0.0     | true       | false
					""")
	void measuresFromCounts(String description, int present, int aea, int authorised, int unauthorised,
			double attendance, double absence, double authorisedRate, double unauthorisedRate, boolean persistent,
			boolean severe) {
		SessionCounts counts = new SessionCounts(present + aea + authorised + unauthorised, present, aea, authorised,
				unauthorised);
		AttendanceFigures figures = AttendanceFigures.of(counts);
		assertThat(figures.attendancePercent()).isEqualTo(attendance);
		assertThat(figures.overallAbsencePercent()).isEqualTo(absence);
		assertThat(figures.authorisedAbsencePercent()).isEqualTo(authorisedRate);
		assertThat(figures.unauthorisedAbsencePercent()).isEqualTo(unauthorisedRate);
		assertThat(figures.persistentlyAbsent()).isEqualTo(persistent);
		assertThat(figures.severelyAbsent()).isEqualTo(severe);
	}

}
