package uk.gov.dorsetcouncil.edu.platform.correlation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@ParameterizedTest(name = "{0} / {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			abc-123                              | null | abc-123
			0f8fad5b-d9cb-469f-a165-70867728950e | null | 0f8fad5b-d9cb-469f-a165-70867728950e
			null | 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 | 4bf92f3577b34da6a3ce929d0e0e4736
			abc  | 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 | abc
			'a b' | 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 | 4bf92f3577b34da6a3ce929d0e0e4736
			""")
	void keepsTheCallersIdOrTheTraceId(String requestId, String traceparent, String expected) {
		assertThat(RequestIds.from(requestId, traceparent)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null                | null
			'a\\nforged log line'| null
			'<script>'          | null
			null                | 00-00000000000000000000000000000000-00f067aa0ba902b7-01
			null                | 01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
			null                | 00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01
			""")
	void makesAnIdWhenNoneIsAccepted(String requestId, String traceparent) {
		assertThat(RequestIds.accepted(requestId, traceparent)).isEmpty();
		assertThat(RequestIds.from(requestId, traceparent)).matches("[0-9a-f]{32}");
	}

	@Test
	void idsAreNotRepeated() {
		assertThat(RequestIds.create()).isNotEqualTo(RequestIds.create());
	}

}
