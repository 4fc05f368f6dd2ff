package uk.gov.dorsetcouncil.edu.gateway.dashboard.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.AlertList;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.AreaFigures;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.CaseworkQueue;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ChildRecord;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.DeadlineWeek;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ExclusionRates;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.PartTimeTimetables;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.Registers;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.SendTimeliness;
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

	/**
	 * One API answer as a part of a page: its data, or why not. A refusal (403) is
	 * withheld from the viewer with the API's reason; a question the API could not take
	 * (another 4xx) or a platform that did not answer is unavailable, never a zero.
	 */
	public static <T> Part<T> part(ApiAnswer answer, Function<JsonNode, T> read) {
		return switch (answer) {
			case ApiAnswer.Answered answered -> new Part.Available<>(read.apply(answered.body()));
			case ApiAnswer.Refused refused when refused.status() == 403 -> new Part.Withheld<>(refused.detail());
			case ApiAnswer.Refused refused ->
				new Part.Unavailable<>("the API refused the question: " + refused.detail());
			case ApiAnswer.Unavailable unavailable -> new Part.Unavailable<>(unavailable.why());
		};
	}

	/** {@code /api/v1/belonging/rates}. */
	public static ExclusionRates rates(JsonNode body) {
		List<ExclusionRates.Row> groups = new ArrayList<>();
		body.path("groups").forEach(group -> groups.add(rateRow(group)));
		List<String> notHeld = new ArrayList<>();
		body.path("comparatorsNotHeld").forEach(item -> notHeld.add(text(item)));
		return new ExclusionRates(text(body.path("areaType")), text(body.path("area")), text(body.path("academicYear")),
				text(body.path("term")), text(body.path("basis")), text(body.path("by")),
				body.path("suppressed").asBoolean(false), rateRow(body.path("total")), groups,
				comparisons(body.path("references")), notHeld, text(body.path("asOf")));
	}

	/** {@code /api/v1/belonging/part-time-timetables/statistics}. */
	public static PartTimeTimetables.Statistics timetableStatistics(JsonNode body) {
		Map<String, ShownFigure> bands = new LinkedHashMap<>();
		body.path("bands").properties().forEach(band -> bands.put(band.getKey(), figure(band.getValue())));
		return new PartTimeTimetables.Statistics(text(body.path("asOf")), figure(body.path("pupilsDuringYear")),
				figure(body.path("pupilsOn")), figure(body.path("overSixWeeks")),
				figure(body.path("overSixWeeksPercent")), figure(body.path("medianWeeks")), bands);
	}

	/** {@code /api/v1/belonging/part-time-timetables/alerts}: a page. */
	public static PartTimeTimetables.AlertPage timetableAlerts(JsonNode body) {
		List<PartTimeTimetables.Alerted> timetables = new ArrayList<>();
		for (JsonNode item : body.path("items")) {
			List<String> alerts = new ArrayList<>();
			item.path("alerts").forEach(alert -> alerts.add(text(alert.path("alert"))));
			timetables.add(new PartTimeTimetables.Alerted(text(item.path("id")), text(item.path("upn")),
					text(item.path("schoolUrn")), text(item.path("startDate")), text(item.path("endDate")),
					item.path("hoursPerWeek").asDouble(0), text(item.path("reason")), item.path("daysSoFar").asLong(0),
					alerts));
		}
		return new PartTimeTimetables.AlertPage(body.path("total").asLong(timetables.size()), timetables);
	}

	/** {@code /api/v1/belonging/registers/counts}. */
	public static Registers.Counts registerCounts(JsonNode body) {
		return new Registers.Counts(text(body.path("since")), counts(body.path("open")),
				counts(body.path("openedSince")), text(body.path("asOf")));
	}

	/**
	 * {@code /api/v1/belonging/registers/counts/neet}: a percentage the API leaves out
	 * for a viewer who sees hidden counts is withheld ("c"), not missing.
	 */
	public static Registers.Neet neet(JsonNode body) {
		List<Registers.NeetMonth> months = new ArrayList<>();
		for (JsonNode month : body.path("months")) {
			months.add(new Registers.NeetMonth(text(month.path("month")), figure(month.path("cohort")),
					figure(month.path("neet")), figure(month.path("notKnown"))));
		}
		boolean hidden = months.stream()
			.anyMatch(m -> m.cohort().suppressed() || m.neet().suppressed() || m.notKnown().suppressed());
		return new Registers.Neet(body.path("year").asInt(0), months,
				percent(body.path("neetOrNotKnownPercent"), hidden), percent(body.path("neetPercent"), hidden),
				percent(body.path("notKnownPercent"), hidden));
	}

	/** {@code /api/v1/send/assessment-measures}. */
	public static SendTimeliness.Assessments assessments(JsonNode body) {
		return new SendTimeliness.Assessments(text(body.path("from")), text(body.path("to")),
				body.path("suppressed").asBoolean(false), figure(body.path("received")), figure(body.path("assessed")),
				figure(body.path("refused")), figure(body.path("undecided")), figure(body.path("notToIssue")),
				figure(body.path("plansIssued")), figure(body.path("withinTwentyWeeks")),
				figure(body.path("withinExceptions")), figure(body.path("late")));
	}

	/** {@code /api/v1/send/review-measures}: a share left out hides a count ("c"). */
	public static SendTimeliness.Reviews reviews(JsonNode body) {
		boolean suppressed = body.path("suppressed").asBoolean(false);
		return new SendTimeliness.Reviews(text(body.path("from")), text(body.path("to")), suppressed,
				figure(body.path("held")), figure(body.path("onTime")), figure(body.path("late")),
				percent(body.path("onTimePercent"), suppressed), figure(body.path("overdueNow")));
	}

	/**
	 * {@code /api/v1/send/assessment-queue} or {@code /review-queue}: a page of steps (an
	 * assessment's id or a review's; a review's steps name no actor, the LA acts).
	 */
	public static CaseworkQueue queue(JsonNode body) {
		List<CaseworkQueue.Step> steps = new ArrayList<>();
		for (JsonNode item : body.path("items")) {
			String caseId = item.has("assessmentId") ? text(item.path("assessmentId")) : text(item.path("reviewId"));
			steps.add(new CaseworkQueue.Step(caseId, text(item.path("upn")), text(item.path("schoolUrn")),
					text(item.path("kind")), text(item.path("actor")), text(item.path("dueDate")),
					text(item.path("actBy")), item.path("daysToBreach").asLong(0), item.path("breach").asBoolean(false),
					text(item.path("rule"))));
		}
		return new CaseworkQueue(body.path("total").asLong(steps.size()), steps);
	}

	private static List<Registers.Count> counts(JsonNode list) {
		List<Registers.Count> counts = new ArrayList<>();
		list.forEach(item -> counts.add(new Registers.Count(text(item.path("register")), figure(item.path("count")))));
		return counts;
	}

	private static ShownFigure percent(JsonNode value, boolean withheld) {
		return (value.isNumber() || !withheld) ? figure(value) : new ShownFigure("c", null);
	}

	private static List<AreaFigures.Comparison> comparisons(JsonNode references) {
		List<AreaFigures.Comparison> comparisons = new ArrayList<>();
		for (JsonNode reference : references) {
			comparisons.add(new AreaFigures.Comparison(text(reference.path("measure")),
					text(reference.path("comparator")), text(reference.path("group")), text(reference.path("period")),
					reference.path("value").asDouble(0), text(reference.path("source")),
					reference.path("confirmed").asBoolean(false)));
		}
		return comparisons;
	}

	private static ExclusionRates.Row rateRow(JsonNode row) {
		return new ExclusionRates.Row(text(row.path("group")), figure(row.path("enrolments")),
				figure(row.path("suspensions")), figure(row.path("permanentExclusions")),
				figure(row.path("pupilsSuspended")), figure(row.path("suspensionRate")),
				figure(row.path("permanentExclusionRate")), figure(row.path("oneOrMoreSuspensionRate")));
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
		List<AreaFigures.Comparison> comparisons = comparisons(data.path("references"));
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

	/**
	 * A figure in any of the API's forms: a number, a symbol in its place ("c"), or the
	 * belonging service's {@code {"value": 12, "symbol": null}}.
	 */
	private static ShownFigure figure(JsonNode value) {
		if (value.isObject()) {
			JsonNode number = value.path("value");
			return number.isNumber() ? figure(number) : figure(value.path("symbol"));
		}
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
