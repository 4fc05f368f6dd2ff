package uk.gov.dorsetcouncil.edu.attendance.ingest.web;

import java.util.List;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register import's JSON body: any bytes become rows numbered in file order, or one 400
 * problem naming the body; never another exception. Seeds in
 * {@code JsonImportFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class JsonImportFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/attendance/ingest/web/register-import.dict")
	void anyBodyIsRowsOrAProblemNamingTheBody(byte[] body) {
		List<MarkRow> rows;
		try {
			rows = ImportController.jsonRows(body);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty();
			return;
		}
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i).row()).isEqualTo(i + 1);
		}
	}

}
