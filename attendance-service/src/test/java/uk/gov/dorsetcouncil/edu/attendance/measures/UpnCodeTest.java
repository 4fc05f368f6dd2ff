package uk.gov.dorsetcouncil.edu.attendance.measures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.support.TestUpns;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

/** A UPN kept as a number comes back as the same UPN, permanent or temporary. */
class UpnCodeTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "201000000000", "999999999999", "838200116001", "83820011600A", "83820011600Z", "94926000001B" })
	void aUpnSurvivesBeingANumber(String last12) {
		Upn upn = new Upn(Upn.checkLetter(last12) + last12);
		assertThat(UpnCode.upn(UpnCode.of(upn))).isEqualTo(upn);
	}

	@ParameterizedTest(name = "serial {0}")
	@CsvSource({ "1", "2", "500", "998" })
	void differentUpnsAreDifferentNumbers(int serial) {
		assertThat(UpnCode.of(new Upn(TestUpns.upn(serial))))
			.isNotEqualTo(UpnCode.of(new Upn(TestUpns.upn(serial + 1))));
	}

}
