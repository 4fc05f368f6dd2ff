package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseworkQueueTest {

	private static CaseworkQueue.Step step(String upn, String due, long days, boolean breach) {
		return new CaseworkQueue.Step("A-1", upn, "990027", "DECISION_TO_ASSESS", "LOCAL_AUTHORITY", due, due, days,
				breach, "SEND Regulations 2014 reg 5");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			-30 | true  | Overdue by 30 days
			-1  | true  | Overdue by 1 day
			-3  | false | 3 days past (a reminder, not a statutory deadline)
			0   | false | Due today
			1   | false | 1 day left
			19  | false | 19 days left
			""")
	void eachStepSaysHowNearItsDeadlineIs(long days, boolean breach, String words) {
		assertThat(step("A838200125001", "2026-12-01", days, breach).whenInWords()).isEqualTo(words);
	}

	@Test
	void theQueueIsOrderedByDaysToBreachMostOverdueFirstAndCountsTheOverdue() {
		CaseworkQueue queue = new CaseworkQueue(250,
				List.of(step("C", "2026-12-20", 13, false), step("A", "2026-11-01", -36, true),
						step("D", "2026-12-20", 13, false), step("B", "2026-12-06", -1, true),
						step("E", "2026-12-07", 0, false)));
		assertThat(queue.steps()).extracting(CaseworkQueue.Step::upn).containsExactly("A", "B", "E", "C", "D");
		assertThat(queue.overdue()).isEqualTo(2);
		assertThat(queue.morePages()).isTrue();
		assertThat(new CaseworkQueue(5, queue.steps()).morePages()).isFalse();
	}

	@Test
	void aStepSaysWhatItIsAndWhoActs() {
		CaseworkQueue.Step step = new CaseworkQueue.Step("", "A838200125001", "990027", "REVIEW_MEETING", "",
				"2026-12-20", "2026-12-18", 13, false, "reg 20");
		assertThat(step.kindInWords()).isEqualTo("Review meeting");
		assertThat(step.actorInWords()).isEmpty();
		assertThat(step("A", "2026-12-01", 3, false).actorInWords()).isEqualTo("Local authority");
	}

}
