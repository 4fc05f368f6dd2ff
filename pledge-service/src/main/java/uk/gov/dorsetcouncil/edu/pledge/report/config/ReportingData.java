package uk.gov.dorsetcouncil.edu.pledge.report.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.pledge.report.BoardMeeting;
import uk.gov.dorsetcouncil.edu.pledge.report.RagRules;

/**
 * The reports' data, each file naming its source: the Board's meetings
 * ({@code pledges/board-meetings.json}) and the status rules
 * ({@code pledges/rag-rules.json}).
 */
final class ReportingData {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ReportingData() {
	}

	static List<BoardMeeting> meetings() {
		return read("/pledges/board-meetings.json", Meetings.class).meetings();
	}

	static RagRules rules() {
		return read("/pledges/rag-rules.json", RagRules.class);
	}

	private static <T> T read(String resource, Class<T> type) {
		try (InputStream in = ReportingData.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The reports' data " + resource + " is missing");
			}
			return MAPPER.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the reports' data " + resource, ex);
		}
	}

	record Meetings(String source, List<BoardMeeting> meetings) {
	}

}
