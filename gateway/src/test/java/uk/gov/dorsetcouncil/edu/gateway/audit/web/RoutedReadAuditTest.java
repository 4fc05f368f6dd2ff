package uk.gov.dorsetcouncil.edu.gateway.audit.web;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit log says a routed read may have released: area figures are aggregates,
 * anything else the data items the service holds.
 */
class RoutedReadAuditTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "/api/v1/attendance/measures/local-authority | ROUTED_ANSWER AGGREGATES",
					"/api/v1/send/assessment-measures | ROUTED_ANSWER AGGREGATES",
					"/api/v1/send/assessment-queue | ROUTED_ANSWER EHC_PLAN",
					"/api/v1/send/assessments/V838200125001-1 | ROUTED_ANSWER EHC_PLAN" })
	void areaFiguresAreAggregatesAndEverythingElseTheServicesItems(String path, String fields) {
		assertThat(RoutedReadAudit.fields(path)).containsExactlyElementsOf(Arrays.asList(fields.split(" ")));
	}

}
