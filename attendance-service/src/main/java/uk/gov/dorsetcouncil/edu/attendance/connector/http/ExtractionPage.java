package uk.gov.dorsetcouncil.edu.attendance.connector.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.Mark;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.PupilChange;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RecordProblem;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RegisterChange;

/**
 * One page of the MIS extraction API (contract in ADR 0009) as a school's system sent it:
 * {@code {"data": [records], "meta": {"pagination": {"next_cursor": ...}}}}. Whatever the
 * page holds, each record is read as sent or reported as a {@link RecordProblem} naming
 * it, and the page says whether another follows; nothing a feed sends throws (the
 * connector's fuzz test, ADR 0019).
 */
final class ExtractionPage {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExtractionPage() {
	}

	/**
	 * Reads a page of {@code students} into {@code pupils}.
	 * @param where the page, for reports ({@code students page 2})
	 * @return the cursor of the next page, or empty when this is the last one (or the
	 * page could not be read, which {@code malformed} then says)
	 */
	static Optional<String> students(String where, String body, List<PupilChange> pupils,
			List<RecordProblem> malformed) {
		return read(where, body, malformed, (record, item) -> pupil(record, item, pupils, malformed));
	}

	/** As {@link #students}, for a page of {@code attendance/sessions}. */
	static Optional<String> sessions(String where, String body, List<RegisterChange> registers,
			List<RecordProblem> malformed) {
		return read(where, body, malformed, (record, item) -> register(record, item, registers, malformed));
	}

	private static Optional<String> read(String where, String body, List<RecordProblem> malformed,
			BiConsumer<String, JsonNode> each) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			malformed.add(new RecordProblem(where, "the page is not JSON: " + ex.getOriginalMessage()));
			return Optional.empty();
		}
		JsonNode data = root.path("data");
		if (!data.isArray()) {
			malformed.add(new RecordProblem(where, "the page has no \"data\" array"));
			return Optional.empty();
		}
		for (int i = 0; i < data.size(); i++) {
			JsonNode item = data.get(i);
			String record = where + " item " + (i + 1);
			if (!item.isObject()) {
				malformed.add(new RecordProblem(record, "a record is a JSON object"));
				continue;
			}
			each.accept(record + describe(item), item);
		}
		JsonNode next = root.path("meta").path("pagination").path("next_cursor");
		if (next.isMissingNode() || next.isNull()) {
			return Optional.empty();
		}
		if (!next.isString() || next.asString().isBlank()) {
			malformed.add(new RecordProblem(where, "meta.pagination.next_cursor is a string or null"));
			return Optional.empty();
		}
		return Optional.of(next.asString());
	}

	private static String describe(JsonNode item) {
		if (item.path("upn").isString() && item.path("date").isMissingNode()) {
			return " (UPN " + item.path("upn").asString() + ")";
		}
		if (item.path("date").isString()) {
			return " (" + item.path("date").asString() + " " + item.path("session").asString("") + ")";
		}
		return "";
	}

	private static void pupil(String record, JsonNode item, List<PupilChange> pupils, List<RecordProblem> malformed) {
		List<String> wrong = new ArrayList<>();
		JsonNode yearGroup = item.path("year_group");
		// A whole number past int's range is no year group either: it used to stop the
		// school's whole sync (found by the fuzz test, kept as its seed).
		boolean wholeNumber = yearGroup.isIntegralNumber() && yearGroup.canConvertToInt();
		if (!yearGroup.isMissingNode() && !yearGroup.isNull() && !wholeNumber) {
			wrong.add("year_group is a whole number");
		}
		for (String field : List.of("upn", "family_name", "given_name", "date_of_birth", "sex", "admission_date",
				"leaving_date")) {
			JsonNode value = item.path(field);
			if (!value.isMissingNode() && !value.isNull() && !value.isString()) {
				wrong.add(field + " is a string");
			}
		}
		if (!wrong.isEmpty()) {
			malformed.add(new RecordProblem(record, String.join("; ", wrong)));
			return;
		}
		pupils.add(new PupilChange(record, text(item, "upn"), text(item, "family_name"), text(item, "given_name"),
				text(item, "date_of_birth"), wholeNumber ? yearGroup.intValue() : null, text(item, "sex"),
				text(item, "admission_date"), text(item, "leaving_date")));
	}

	private static void register(String record, JsonNode item, List<RegisterChange> registers,
			List<RecordProblem> malformed) {
		JsonNode marks = item.path("marks");
		if (!marks.isArray()) {
			malformed.add(new RecordProblem(record, "marks is an array"));
			return;
		}
		List<Mark> lines = new ArrayList<>();
		for (JsonNode mark : marks) {
			if (!mark.isObject()) {
				malformed.add(new RecordProblem(record, "each mark is an object with upn and code"));
				return;
			}
			lines.add(new Mark(text(mark, "upn"), text(mark, "code")));
		}
		registers.add(new RegisterChange(record, text(item, "date"), text(item, "session"), lines));
	}

	private static String text(JsonNode item, String field) {
		JsonNode value = item.path(field);
		return value.isString() ? value.asString() : null;
	}

}
