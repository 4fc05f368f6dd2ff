package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BelongingAreaTest {

	/**
	 * What each viewer's question becomes: the area asked for, or their own when none is;
	 * the API's question and the page's own address carry the split and the term.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					LOCAL_AUTHORITY:838 | null   | null    | null   | null   | Dorset          | /api/v1/belonging/rates                                   | /dashboard/belonging
					LOCAL_AUTHORITY:838 | null   | null    | reason | SPRING | Dorset          | /api/v1/belonging/rates?by=REASON&term=SPRING             | /dashboard/belonging?split=REASON&term=SPRING
					LOCAL_AUTHORITY:838 | null   | chesil  | null   | AUTUMN | Chesil locality | /api/v1/belonging/rates?locality=CHESIL&term=AUTUMN       | /dashboard/belonging?locality=CHESIL&term=AUTUMN
					LOCAL_AUTHORITY:838 | 990027 | null    | FSM    | null   | School 990027   | /api/v1/belonging/rates?urn=990027&by=FSM                 | /dashboard/belonging?urn=990027&split=FSM
					LOCAL_AUTHORITY:838 | 990027 | CHESIL  | null   | null   | School 990027   | /api/v1/belonging/rates?urn=990027                        | /dashboard/belonging?urn=990027
					LOCAL_AUTHORITY:838 | null   | null    | nonsense | null | Dorset          | /api/v1/belonging/rates                                   | /dashboard/belonging
					LOCALITY:CHESIL     | null   | null    | null   | null   | Chesil locality | /api/v1/belonging/rates?locality=CHESIL                   | /dashboard/belonging?locality=CHESIL
					LOCALITY:CHESIL     | 990027 | null    | null   | null   | School 990027   | /api/v1/belonging/rates?urn=990027                        | /dashboard/belonging?urn=990027
					SCHOOL:990027       | null   | null    | SEX    | SUMMER | School 990027   | /api/v1/belonging/rates?urn=990027&by=SEX&term=SUMMER     | /dashboard/belonging?urn=990027&split=SEX&term=SUMMER
					SCHOOL:990027       | 990031 | null    | null   | null   | School 990031   | /api/v1/belonging/rates?urn=990031                        | /dashboard/belonging?urn=990031
					LOCAL_AUTHORITY:838 | null   | null    | null   | x&y=1  | Dorset          | /api/v1/belonging/rates?term=x%26y%3D1                    | /dashboard/belonging?term=x%26y%3D1
					""")
	void eachViewersQuestionIsTheirAreaOrTheOneAskedWithSplitAndTerm(String organisation, String urn, String locality,
			String split, String term, String name, String apiPath, String pageLink) {
		BelongingArea area = BelongingArea.asked(viewer(organisation), urn, locality, split, term).orElseThrow();
		assertThat(area.name()).isEqualTo(name);
		assertThat(area.apiPath()).isEqualTo(apiPath);
		assertThat(area.pageLink()).isEqualTo(pageLink);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			99002  | null
			abcdef | null
			9900271 | null
			null   | CHESIL;1
			null   | '../x'
			""")
	void aUrnOrLocalityThatCouldNotBeOneIsNoArea(String urn, String locality) {
		assertThat(BelongingArea.asked(viewer("LOCAL_AUTHORITY:838"), urn, locality, null, null)).isEmpty();
	}

	/** The drill-down: county to locality to school, keeping the term. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			SPRING | LOCALITY | CHESIL        | /dashboard/belonging?locality=CHESIL&split=SCHOOL&term=SPRING
			''     | LOCALITY | PURBECK       | /dashboard/belonging?locality=PURBECK&split=SCHOOL
			SPRING | SCHOOL   | 990027        | /dashboard/belonging?urn=990027&split=REASON&term=SPRING
			SPRING | SCHOOL   | not-a-urn     | null
			SPRING | REASON   | VERBAL_ASSAULT | null
			SPRING | FSM      | FSM           | null
			""")
	void aPlaceInTheTableLinksOneLevelDownKeepingTheTerm(String term, String by, String group, String link) {
		BelongingArea county = new BelongingArea("", "", null, term);
		assertThat(county.drillLink(by, group)).isEqualTo(link);
	}

	private static Viewer viewer(String organisation) {
		return new Viewer("dev", organisation, List.of(), Set.of("belonging:read"));
	}

}
