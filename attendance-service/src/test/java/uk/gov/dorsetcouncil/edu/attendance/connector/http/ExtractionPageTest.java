package uk.gov.dorsetcouncil.edu.attendance.connector.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.PupilChange;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RecordProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of students as an MIS sends it: each record read as sent, or a problem naming
 * it; the page itself, when it cannot be read, a problem naming the page.
 */
class ExtractionPageTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					{"data":[{"upn":"A1","year_group":5}]}            | 5 | -                                               | -
					{"data":[{"upn":"A1","year_group":-2}]}           | -2 | -                                              | -
					{"data":[{"upn":"A1","year_group":null}]}         | - | -                                               | -
					{"data":[{"upn":"A1","year_group":2147483648}]}   | - | students page 1 item 1 (UPN A1)                 | year_group is a whole number
					{"data":[{"upn":"A1","year_group":54444444444444444444444}]} | - | students page 1 item 1 (UPN A1)     | year_group is a whole number
					{"data":[{"upn":"A1","year_group":1.5}]}          | - | students page 1 item 1 (UPN A1)                 | year_group is a whole number
					{"data":[{"upn":"A1","year_group":"5"}]}          | - | students page 1 item 1 (UPN A1)                 | year_group is a whole number
					{"data":[{"upn":5}]}                              | - | students page 1 item 1                          | upn is a string
					{"data":[5]}                                      | - | students page 1 item 1                          | a record is a JSON object
					{"data":{}}                                       | - | students page 1                                 | the page has no "data" array
					""")
	void eachStudentIsReadAsSentOrAProblemNamingIt(String page, Integer yearGroup, String record, String reason) {
		List<PupilChange> pupils = new ArrayList<>();
		List<RecordProblem> malformed = new ArrayList<>();

		Optional<String> next = ExtractionPage.students("students page 1", page, pupils, malformed);

		assertThat(next).isEmpty();
		if (record == null) {
			assertThat(malformed).isEmpty();
			assertThat(pupils).singleElement().extracting(PupilChange::yearGroup).isEqualTo(yearGroup);
		}
		else {
			assertThat(pupils).isEmpty();
			assertThat(malformed).containsExactly(new RecordProblem(record, reason));
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					{"data":[],"meta":{"pagination":{"next_cursor":"c2"}}} | c2 | -
					{"data":[],"meta":{"pagination":{"next_cursor":null}}} | -  | -
					{"data":[],"meta":{"pagination":{"next_cursor":" "}}}  | -  | meta.pagination.next_cursor is a string or null
					{"data":[],"meta":{"pagination":{"next_cursor":7}}}    | -  | meta.pagination.next_cursor is a string or null
					""")
	void aPageSaysWhichPageFollows(String page, String cursor, String reason) {
		List<RecordProblem> malformed = new ArrayList<>();

		assertThat(ExtractionPage.students("students page 1", page, new ArrayList<>(), malformed))
			.isEqualTo(Optional.ofNullable(cursor));
		assertThat(malformed).extracting(RecordProblem::reason)
			.isEqualTo((reason != null) ? List.of(reason) : List.of());
	}

}
