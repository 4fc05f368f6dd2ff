package uk.gov.dorsetcouncil.edu.attendance.ingest.web;

import java.util.List;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register import's CSV body, as a school's system or a careless hand sends it: any
 * bytes become numbered rows with every cell, or one 400 problem naming where the body
 * could not be read; never another exception (a 500). Seeds in
 * {@code CsvImportFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class CsvImportFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/attendance/ingest/web/register-import.dict")
	void anyBodyIsRowsOrAProblemNamingWhere(byte[] body) {
		List<MarkRow> rows;
		try {
			rows = ImportController.csvRows(body);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty()
				.allSatisfy(violation -> assertThat(violation.field()).matches("header|row [0-9]+"));
			return;
		}
		for (int i = 0; i < rows.size(); i++) {
			MarkRow row = rows.get(i);
			assertThat(row.row()).isEqualTo(i + 1);
			assertThat(List.of(row.urn(), row.upn(), row.date(), row.session(), row.code())).doesNotContainNull();
		}
	}

}
