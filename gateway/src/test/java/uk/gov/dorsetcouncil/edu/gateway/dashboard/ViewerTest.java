package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTest {

	/** The local run's personas (deploy's Persona): what the navigation offers each. */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					LOCAL_AUTHORITY:838 | attendance:read dashboards:read deadlines:read profile:read | OVERVIEW LOCALITY SCHOOL ALERTS CHILD DEADLINES | /dashboard/overview
					LOCAL_AUTHORITY:838 | attendance:read belonging:read ehcp:read dashboards:read deadlines:read profile:read | OVERVIEW LOCALITY SCHOOL ALERTS CHILD BELONGING SEND_QUEUES DEADLINES | /dashboard/overview
					LOCAL_AUTHORITY:838 | dashboards:read measures:read pledges:read                 | OVERVIEW LOCALITY SCHOOL BELONGING               | /dashboard/overview
					LOCALITY:CHESIL     | attendance:read profile:read dashboards:read belonging:read  | LOCALITY SCHOOL ALERTS CHILD BELONGING           | /dashboard/localities/CHESIL
					SCHOOL:990027       | attendance:read profile:read dashboards:read                 | SCHOOL ALERTS CHILD                              | /dashboard/schools/990027
					SCHOOL:990027       | attendance:read ehcp:read profile:read                       | ALERTS CHILD SEND_QUEUES                         | /dashboard/alerts
					SCHOOL:990027       | attendance:read ehcp:read profile:read belonging:read belonging:write | ALERTS CHILD BELONGING SEND_QUEUES      | /dashboard/alerts
					LOCALITY:CHESIL     | ehcp:read                                                    | ''                                               | /dashboard/nothing-to-show
					LOCAL_AUTHORITY:838 | ehcp:read ehcp:write belonging:read                           | BELONGING SEND_QUEUES                            | /dashboard/send
					LOCAL_AUTHORITY:838 | transport:read profile:read deadlines:read                   | CHILD DEADLINES                                  | /dashboard/deadlines
					POLICE:DORSET       | profile:read                                                 | ''                                               | /dashboard/nothing-to-show
					LOCAL_AUTHORITY:838 | audit:read                                                   | ''                                               | /dashboard/nothing-to-show
					""")
	void eachViewerIsOfferedTheViewsTheirScopesAndOrganisationAllow(String organisation, String scopes, String views,
			String home) {
		Viewer viewer = new Viewer("dev", organisation, List.of(), Set.of(scopes.split(" ")));
		List<View> expected = views.isBlank() ? List.of() : Arrays.stream(views.split(" ")).map(View::valueOf).toList();
		assertThat(viewer.views()).containsExactlyElementsOf(expected);
		assertThat(viewer.home()).isEqualTo(home);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SCHOOL:990027       | school 990027 and its pupils
			LOCALITY:CHESIL     | the Chesil locality's schools and their pupils
			LOCAL_AUTHORITY:838 | Dorset Council: the whole county
			POLICE:DORSET       | Police DORSET: only what a data-sharing agreement allows
			""")
	void everyPageSaysWhoseDataItShows(String organisation, String whose) {
		assertThat(new Viewer("dev", organisation, List.of("A_ROLE"), Set.of()).whoseData()).isEqualTo(whose);
	}

}
