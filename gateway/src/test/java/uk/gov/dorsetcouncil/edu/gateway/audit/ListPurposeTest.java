package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/** Who must name a purpose for which list, and what counts as one. */
class ListPurposeTest {

	@ParameterizedTest(name = "{0} GET {1} purpose={2} -> {3}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					LOCAL_AUTHORITY:838 | /api/v1/attendance/schools/991001/pupils         | -                          | purpose
					LOCAL_AUTHORITY:838 | /api/v1/attendance/schools/991001/pupils/        | ' '                        | purpose
					LOCAL_AUTHORITY:838 | /api/v1/attendance/schools/991001/pupils         | just looking               | code
					LOCAL_AUTHORITY:838 | /api/v1/attendance/schools/991001/pupils         | CHILDREN_MISSING_EDUCATION | -
					SERVICE:transport   | /api/v1/attendance/schools/991001/pupils         | -                          | purpose
					SCHOOL:991001       | /api/v1/attendance/schools/991001/pupils         | -                          | -
					LOCALITY:CHESIL     | /api/v1/attendance/schools/991001/pupils         | -                          | -
					SCHOOL:991001       | /api/v1/attendance/schools/991001/pupils         | just looking               | -
					LOCAL_AUTHORITY:838 | /api/v1/attendance/schools/991001/pupils/X/returns | -                        | -
					LOCAL_AUTHORITY:838 | /api/v1/attendance/schools/991001                | -                          | -
					LOCAL_AUTHORITY:838 | /api/v1/attendance/alerts                        | -                          | -
					""")
	void aCountyWideCallerNamesWhyItListsAWholeRoll(String organisation, String path, String purpose, String problem) {
		Caller caller = new Caller("someone", "client", organisation(organisation), Set.of(),
				Set.of("attendance:read"));
		if (problem == null) {
			assertThat(ListPurpose.problem(caller, path, purpose)).isEmpty();
		}
		else {
			assertThat(ListPurpose.problem(caller, path, purpose))
				.hasValueSatisfying(detail -> assertThat(detail).contains(problem));
		}
	}

	private static Organisation organisation(String header) {
		String[] parts = header.split(":", 2);
		return new Organisation(Organisation.Type.valueOf(parts[0]), parts[1]);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(nullValues = "-", textBlock = """
			CHILDREN_MISSING_EDUCATION, CHILDREN_MISSING_EDUCATION
			just looking,               -
			-,                          -
			""")
	void onlyACodeIsRecorded(String purpose, String recorded) {
		assertThat(ListPurpose.recorded(purpose)).isEqualTo(recorded);
	}

}
