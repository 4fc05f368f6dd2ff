package uk.gov.dorsetcouncil.edu.attendance.connector.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.PupilChange;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RecordProblem;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RegisterChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the MIS extraction API as a school's system (or anything answering at its
 * address) sends it back: any text becomes records read as sent and problems each naming
 * the record or page at fault, and either the next page's cursor (never blank) or the
 * end; never an exception, which would stop the school's whole sync. Seeds in
 * {@code ExtractionPageFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class ExtractionPageFuzzTest {

	private static final String WHERE = "students page 1";

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/attendance/connector/http/extraction-page.dict")
	void anyPageIsRecordsOrProblemsNamingThem(FuzzedDataProvider data) {
		boolean students = data.consumeBoolean();
		String body = data.consumeRemainingAsString();
		List<PupilChange> pupils = new ArrayList<>();
		List<RegisterChange> registers = new ArrayList<>();
		List<RecordProblem> malformed = new ArrayList<>();

		Optional<String> next = students ? ExtractionPage.students(WHERE, body, pupils, malformed)
				: ExtractionPage.sessions(WHERE, body, registers, malformed);

		next.ifPresent((cursor) -> assertThat(cursor).isNotBlank());
		assertThat(malformed).allSatisfy((problem) -> {
			assertThat(problem.record()).startsWith(WHERE);
			assertThat(problem.reason()).isNotBlank();
		});
		assertThat(pupils).allSatisfy((pupil) -> assertThat(pupil.record()).startsWith(WHERE + " item "));
		assertThat(registers).allSatisfy((register) -> {
			assertThat(register.record()).startsWith(WHERE + " item ");
			assertThat(register.marks()).isNotNull().doesNotContainNull();
		});
		if (next.isPresent()) {
			assertThat(malformed).noneMatch((problem) -> problem.record().equals(WHERE));
		}
	}

}
