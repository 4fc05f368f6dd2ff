package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every reader against every kind of area: refused, in full, or as published. */
class RateAccessTest {

	@ParameterizedTest(name = "{0} {1} {2} {3}: {4} -> {5}")
	@CsvSource(delimiter = '|', textBlock = """
			SCHOOL:990126       | SCHOOL_DSL                 | belonging:read | SCHOOL          | 990126 | FULL
			SCHOOL:990126       | SCHOOL_DSL                 | belonging:read | SCHOOL          | 990027 | REFUSED
			SCHOOL:990126       | SCHOOL_DSL                 | belonging:read | LOCALITY        | CHESIL | REFUSED
			SCHOOL:990126       | SCHOOL_DSL                 | belonging:read | LOCAL_AUTHORITY | 838    | REFUSED
			LOCALITY:CHESIL     | LOCALITY_INCLUSION_OFFICER | belonging:read | SCHOOL          | 990126 | FULL
			LOCALITY:CHESIL     | LOCALITY_INCLUSION_OFFICER | belonging:read | SCHOOL          | 990027 | REFUSED
			LOCALITY:CHESIL     | LOCALITY_INCLUSION_OFFICER | belonging:read | LOCALITY        | CHESIL | FULL
			LOCALITY:CHESIL     | LOCALITY_INCLUSION_OFFICER | belonging:read | LOCALITY        | WEST   | REFUSED
			LOCALITY:CHESIL     | LOCALITY_INCLUSION_OFFICER | belonging:read | LOCAL_AUTHORITY | 838    | PUBLISHED
			LOCAL_AUTHORITY:838 | LA_INCLUSION_OFFICER       | belonging:read | LOCAL_AUTHORITY | 838    | FULL
			LOCAL_AUTHORITY:838 | LA_INCLUSION_OFFICER       | belonging:read | SCHOOL          | 990027 | FULL
			LOCAL_AUTHORITY:838 | EDUCATION_BOARD_ANALYST    | measures:read  | LOCAL_AUTHORITY | 838    | PUBLISHED
			LOCAL_AUTHORITY:838 | EDUCATION_BOARD_ANALYST    | measures:read  | SCHOOL          | 990126 | PUBLISHED
			LOCAL_AUTHORITY:838 | EDUCATION_BOARD_ANALYST    | measures:read  | LOCALITY        | WEST   | PUBLISHED
			LOCAL_AUTHORITY:838 | TRANSPORT_OFFICER          | transport:read | LOCAL_AUTHORITY | 838    | REFUSED
			POLICE:DORSET       | POLICE_ENCOMPASS_OFFICER   | belonging:read | LOCAL_AUTHORITY | 838    | REFUSED
			""")
	void whoReadsWhatAndHow(String organisation, String role, String scope, RateArea.Type type, String id,
			String expected) {
		Caller caller = new Caller("someone", "client",
				new Organisation(Organisation.Type.valueOf(organisation.split(":")[0]), organisation.split(":")[1]),
				Set.of(role), Set.of(scope));
		RateArea area = new RateArea(type, id);

		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> RateAccess.checkMayRead(caller, area, locality -> Set.of("990126")));

		String outcome = (refused != null) ? "REFUSED" : RateAccess.suppressFor(caller, area) ? "PUBLISHED" : "FULL";
		assertThat(outcome).isEqualTo(expected);
	}

}
