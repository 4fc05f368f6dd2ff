package uk.gov.dorsetcouncil.edu.gateway.dashboard.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.AlertList;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.AreaFigures;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ChildRecord;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.DeadlineWeek;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ShownFigure;

/**
 * The API's answers (as its OpenAPI document describes them) read into the dashboard's
 * records. A field the API did not send reads as empty, never as a failure of the page.
 */
public final class Readings {

	private static final String[] PROFILE_PARTS = { "attendance", "suspensionsAndExclusions", "partTimeTimetable",
			"alternativeProvision", "ehcPlan", "transport" };

	private Readings() {
	}

	/** {@code /api/v1/dashboards/...}: an area's dashboard. */
	public static AreaFigures area(JsonNode body) {
		JsonNode parts = body.path("parts");
		return new AreaFigures(text(body.path("area").path("type")), text(body.path("area").path("id")),
				text(body.path("period").path("basis")), text(body.path("asOf")),
				part(parts.path("attendance"), Readings::attendance),
				part(parts.path("needingHelpNow"), Readings::help));
	}

	/** {@code /api/v1/attendance/alerts}: a page of the children who need help now. */
	public static AlertList alerts(JsonNode body) {
		List<AlertList.Alert> alerts = new ArrayList<>();
		for (JsonNode item : body.path("items")) {
			alerts.add(new AlertList.Alert(text(item.path("type")), text(item.path("urn")), text(item.path("upn")),
					text(item.path("pupilName")), item.path("yearGroup").asInt(0), text(item.path("since")),
					text(item.path("reason"))));
		}
		return new AlertList(text(body.path("basis")), text(body.path("asOf")), body.path("page").asInt(0),
				Math.max(1, body.path("size").asInt(1)), body.path("total").asLong(alerts.size()), alerts);
	}

	/** {@code /api/v1/deadlines/this-week}. */
	public static DeadlineWeek deadlines(JsonNode body) {
		List<DeadlineWeek.Source> sources = new ArrayList<>();
		for (var source : body.path("sources").properties()) {
			sources.add(new DeadlineWeek.Source(source.getKey(), text(source.getValue().path("status")),
					text(source.getValue().path("reason"))));
		}
		return new DeadlineWeek(text(body.path("from")), text(body.path("to")), text(body.path("asOf")),
				deadlineList(body.path("deadlines")), deadlineList(body.path("overdue")), sources);
	}

	/** {@code /api/v1/children/{upn}/profile}. */
	public static ChildRecord child(JsonNode body) {
		List<ChildRecord.Section> sections = new ArrayList<>();
		JsonNode parts = body.path("parts");
		for (String name : PROFILE_PARTS) {
			JsonNode part = parts.path(name);
			Object data = part.has("data") ? JsonMapper.shared().treeToValue(part.get("data"), Object.class) : null;
			sections.add(new ChildRecord.Section(name, text(part.path("status")), text(part.path("reason")),
					(data != null) ? ChildRecord.facts(data) : List.of()));
		}
		List<String> released = new ArrayList<>();
		body.path("released").forEach(item -> released.add(text(item)));
		return new ChildRecord(text(body.path("upn")), text(body.path("asOf")), released, sections);
	}

	private static List<DeadlineWeek.Deadline> deadlineList(JsonNode list) {
		List<DeadlineWeek.Deadline> deadlines = new ArrayList<>();
		for (JsonNode item : list) {
			deadlines.add(new DeadlineWeek.Deadline(text(item.path("upn")), text(item.path("kind")),
					text(item.path("dueDate")), text(item.path("schoolUrn")), text(item.path("rule")),
					text(item.path("source")), item.path("overdue").asBoolean(false)));
		}
		return deadlines;
	}

	private static AreaFigures.AttendanceTable attendance(JsonNode data) {
		List<AreaFigures.Row> groups = new ArrayList<>();
		data.path("groups").forEach(group -> groups.add(row(group)));
		List<AreaFigures.Comparison> comparisons = new ArrayList<>();
		for (JsonNode reference : data.path("references")) {
			comparisons.add(new AreaFigures.Comparison(text(reference.path("measure")),
					text(reference.path("comparator")), text(reference.path("group")), text(reference.path("period")),
					reference.path("value").asDouble(0), text(reference.path("source")),
					reference.path("confirmed").asBoolean(false)));
		}
		return new AreaFigures.AttendanceTable(text(data.path("basis")), text(data.path("asOf")),
				text(data.path("marksUpTo")), data.path("suppressed").asBoolean(false), row(data.path("total")), groups,
				comparisons);
	}

	private static AreaFigures.Row row(JsonNode group) {
		return new AreaFigures.Row(text(group.path("dimension")), text(group.path("group")),
				figure(group.path("enrolments")), figure(group.path("possibleSessions")),
				figure(group.path("overallAbsenceRate")), figure(group.path("persistentAbsentees")),
				figure(group.path("persistentAbsenceRate")), figure(group.path("severeAbsentees")),
				figure(group.path("severeAbsenceRate")));
	}

	private static AreaFigures.NeedingHelp help(JsonNode data) {
		List<AreaFigures.ReasonCount> reasons = new ArrayList<>();
		for (JsonNode reason : data.path("byReason")) {
			reasons.add(new AreaFigures.ReasonCount(text(reason.path("type")), figure(reason.path("children"))));
		}
		return new AreaFigures.NeedingHelp(text(data.path("basis")), text(data.path("asOf")),
				data.path("suppressed").asBoolean(false), figure(data.path("childrenNeedingHelp")), reasons,
				figure(data.path("severelyAbsent")), figure(data.path("severelyAbsentWithCurrentPlan")));
	}

	private static ShownFigure figure(JsonNode value) {
		if (value.isNumber()) {
			return new ShownFigure(value.asString(), value.asDouble());
		}
		if (value.isString()) {
			return new ShownFigure(value.asString(), null);
		}
		return ShownFigure.NONE;
	}

	private static <T> Part<T> part(JsonNode part, Function<JsonNode, T> read) {
		String reason = text(part.path("reason"));
		return switch (text(part.path("status"))) {
			case "AVAILABLE" -> new Part.Available<>(read.apply(part.path("data")));
			case "NONE" -> new Part.None<>(reason);
			case "WITHHELD" -> new Part.Withheld<>(reason);
			default -> new Part.Unavailable<>(reason.isEmpty() ? "the service did not answer" : reason);
		};
	}

	private static String text(JsonNode value) {
		return (value == null || value.isMissingNode() || value.isNull()) ? "" : value.asString();
	}

}
