package uk.gov.dorsetcouncil.edu.attendance.ingest.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A register import's CSV as rows, or a problem naming where it cannot be read (cases
 * beside {@link CsvImportFuzzTest}, which found the column named twice).
 */
class CsvRowsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a column named twice                | urn,upn,date,upn,session,code;1,A,2026-11-20,B,AM,/ | header | named twice
					a column named twice in other case  | urn,UPN,date,session,code,upn;1,A,2026-11-20,AM,/,B | header | named twice
					a column missing                    | urn,upn,date,session;1,A,2026-11-20,AM             | header | missing [code]
					a row short of cells                | urn,upn,date,session,code;1,A,2026-11-20,AM         | row 1  | has 4 cells
					a row with a cell too many          | urn,upn,date,session,code;1,A,2026-11-20,AM,/,x     | row 1  | has 6 cells
					""")
	void refusesNamingWhere(String name, String lines, String field, String detail) {
		byte[] body = lines.replace(';', '\n').getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> ImportController.csvRows(body))
			.satisfies(refused -> assertThat(refused.violations()).singleElement()
				.satisfies(violation -> assertThat(violation.field()).isEqualTo(field))
				.satisfies(violation -> assertThat(violation.detail()).contains(detail)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			columns in any order and case | CODE,date,Urn,session,upn;/,2026-11-20,113001,AM,A123456789012
			blank lines between rows      | urn,upn,date,session,code;;113001,A123456789012,2026-11-20,AM,/;
			""")
	void readsRowsWhateverTheColumnOrder(String name, String lines) {
		List<MarkRow> rows = ImportController.csvRows(lines.replace(';', '\n').getBytes(StandardCharsets.UTF_8));
		assertThat(rows).containsExactly(new MarkRow(1, "113001", "A123456789012", "2026-11-20", "AM", "/"));
	}

}
