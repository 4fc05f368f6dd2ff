package uk.gov.dorsetcouncil.edu.belonging.timetable.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.belonging.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.belonging.timetable.DurationStatistics;
import uk.gov.dorsetcouncil.edu.belonging.timetable.PartTimeReason;
import uk.gov.dorsetcouncil.edu.belonging.timetable.PartTimeTimetable;
import uk.gov.dorsetcouncil.edu.belonging.timetable.PupilTimetableStanding;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableAccess;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableAlert;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRecording;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRequest;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableStanding;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;

/**
 * Part-time timetables: agreed and recorded by the school, reviewed and ended by the
 * school or the local authority, read with their alerts by the school (its own), its
 * locality's officer and the local authority.
 */
@RestController
@Tag(name = "Part-time timetables",
		description = "Part-time timetables agreed for pupils, with their reviews, their end and the alerts they raise (over six weeks, review overdue, no end date, C2 marks without a timetable, a timetable without C2 marks)")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/belonging")
class TimetableController {

	private final TimetableRecording recording;

	private final Clock clock;

	TimetableController(TimetableRecording recording, Clock clock) {
		this.recording = recording;
		this.clock = clock;
	}

	@Schema(description = "A part-time timetable as the school agreed it with the parent.")
	record TimetableBody(@Schema(description = "the pupil's UPN", example = "A838200125001") String upn,
			@Schema(description = "the school's URN (the caller's own)") String schoolUrn,
			@Schema(description = "its first day", format = "date", example = "2026-11-16") String startDate,
			@Schema(description = "the hours a week agreed, in quarter hours, from 0.5 to less than a full week of 32.5",
					example = "12.5", minimum = "0.5", exclusiveMaximum = true, maximum = "32.5") Double hoursPerWeek,
			@Schema(description = "why", allowableValues = {
					"MEDICAL_CONDITION", "REINTEGRATION_AFTER_ABSENCE", "REINTEGRATION_AFTER_EXCLUSION",
					"SPECIAL_EDUCATIONAL_NEEDS", "OTHER_EXCEPTIONAL" }) String reason,
			@Schema(description = "when the parent agreed; not after the start, not after today", format = "date",
					example = "2026-11-12") String parentAgreedOn,
			@Schema(description = "how the pupil returns to full time, up to 2000 characters") String reintegrationPlan,
			@ArraySchema(arraySchema = @Schema(
					description = "when it is to be reviewed: one to 26 dates after the start, none after the end"),
					schema = @Schema(format = "date", example = "2026-11-30")) List<String> reviewDates,
			@Schema(description = "its last day when agreed; not before the start", format = "date",
					example = "2026-12-18") String endDate){

		TimetableRequest request() {
			return new TimetableRequest(this.upn, this.schoolUrn, this.startDate, this.hoursPerWeek, this.reason,
					this.parentAgreedOn, this.reintegrationPlan, this.reviewDates, this.endDate);
		}

	}

	record ReviewBody(
			@Schema(description = "when it was reviewed; from the start to today", format = "date",
					example = "2026-11-30") String reviewedOn,
			@Schema(description = "the next review, after this one; optional", format = "date",
					example = "2026-12-14") String nextReviewOn) {
	}

	record EndBody(@Schema(description = "its last day; not before the start", format = "date",
			example = "2026-12-18") String endDate) {
	}

	record ReasonView(String code, String description) {
	}

	record AlertView(@Schema(description = "the alert") String alert,
			@Schema(description = "the rule behind it") String rule) {

		static List<AlertView> of(Set<TimetableAlert> alerts) {
			return alerts.stream().sorted().map(a -> new AlertView(a.name(), a.rule())).toList();
		}

	}

	record TimetableView(String id, String upn, String schoolUrn, LocalDate startDate, double hoursPerWeek,
			String reason, LocalDate parentAgreedOn, String reintegrationPlan, List<LocalDate> reviewDates,
			List<LocalDate> reviewsDone, LocalDate endDate,
			@Schema(description = "days on it so far, first and last counted") long daysSoFar,
			@Schema(description = "C2 sessions the register holds while it ran; null in its first week") Integer c2Sessions,
			List<AlertView> alerts, String recordedBy, String recordedAt) implements ReleasedChild {

		static TimetableView of(TimetableStanding standing, LocalDate today) {
			PartTimeTimetable t = standing.timetable();
			return new TimetableView(t.id(), t.upn().value(), t.schoolUrn(), t.startDate(), t.hoursPerWeek(),
					t.reason().name(), t.parentAgreedOn(), t.reintegrationPlan(), t.reviewDates(), t.reviewsDone(),
					t.endDate(), t.daysOnBy(today), standing.c2Sessions(), AlertView.of(standing.alerts()),
					t.recordedBy(), t.recordedAt().toString());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record UnagreedC2View(String schoolUrn, LocalDate from, LocalDate to, int sessions, String alert, String rule) {
	}

	record PupilTimetablesView(String upn, List<TimetableView> timetables, @Schema(
			description = "C2_WITHOUT_TIMETABLE: C2 sessions this academic year at a school on days no agreed timetable covers") List<UnagreedC2View> c2WithoutTimetable) {
	}

	record StatisticsView(LocalDate asOf, int pupilsDuringYear, int pupilsOn, int overSixWeeks,
			Double overSixWeeksPercent, Integer medianWeeks, Map<String, Integer> bands) {

		static StatisticsView of(DurationStatistics s) {
			return new StatisticsView(s.asOf(), s.pupilsDuringYear(), s.pupilsOn(), s.overSixWeeks(),
					s.overSixWeeksPercent(), s.medianWeeks(), s.bands());
		}

	}

	@Operation(summary = "Record a part-time timetable",
			description = "Scope belonging:write; the school, for a pupil on its roll on the start date. Refused with a problem naming the field, nothing stored: dates out of order (an end before the start, a review outside it, the parent's agreement after the start), hours out of bounds, an unknown reason, an unknown pupil or one not on the school's roll, a timetable overlapping another at the school. A retry with the same Idempotency-Key answers the first answer; the same timetable sent again without one is a 409.")
	@ApiResponse(responseCode = "201", description = "Recorded, with its alerts")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/part-time-timetables")
	@IdempotentWrite
	ResponseEntity<TimetableView> record(Caller caller, @RequestBody TimetableBody body) {
		PartTimeTimetable recorded = this.recording.record(caller, body.request());
		return ResponseEntity.created(URI.create("/api/v1/belonging/part-time-timetables/" + recorded.id()))
			.body(TimetableView.of(this.recording.find(caller, recorded.id()), today()));
	}

	@Operation(summary = "Read a part-time timetable",
			description = "Scope belonging:read; the school for its own, a locality officer for their locality's schools, the local authority for any. With its alerts, the register's C2 sessions asked of attendance-service.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/part-time-timetables/{id}")
	TimetableView get(Caller caller, @Parameter(
			description = "the timetable's id: the pupil's UPN, '-T' and a number") @PathVariable String id) {
		return TimetableView.of(this.recording.find(caller, id), today());
	}

	@Operation(summary = "Record a review of a part-time timetable",
			description = "Scope belonging:write; its school or the local authority. Idempotent: the same review again changes nothing. 422 when the review is before the start or after today, or the next review is after the end.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/part-time-timetables/{id}/reviews")
	TimetableView review(Caller caller, @Parameter(description = "the timetable's id") @PathVariable String id,
			@RequestBody ReviewBody body) {
		this.recording.review(caller, id, body.reviewedOn(), body.nextReviewOn());
		return TimetableView.of(this.recording.find(caller, id), today());
	}

	@Operation(summary = "Set the end date of a part-time timetable",
			description = "Scope belonging:write; its school or the local authority. Idempotent. 422 when the end is before the start or would overlap another of the school's timetables.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/part-time-timetables/{id}/end")
	TimetableView end(Caller caller, @Parameter(description = "the timetable's id") @PathVariable String id,
			@RequestBody EndBody body) {
		this.recording.end(caller, id, body.endDate());
		return TimetableView.of(this.recording.find(caller, id), today());
	}

	@Operation(summary = "A pupil's part-time timetables",
			description = "Scope belonging:read; those of the schools the caller sees, earliest first, each with its alerts; and C2 marks this academic year on days no agreed timetable covers (asked of attendance-service, for any pupil the caller may see, with or without a timetable).")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/pupils/{upn}/part-time-timetables")
	PupilTimetablesView ofPupil(Caller caller,
			@Parameter(description = "the pupil's UPN, 13 characters with its check letter") @PathVariable String upn) {
		LocalDate today = today();
		PupilTimetableStanding standing = this.recording.ofPupil(caller, upn);
		return new PupilTimetablesView(upn,
				standing.timetables().stream().map(s -> TimetableView.of(s, today)).toList(),
				standing.unagreedC2()
					.stream()
					.map(u -> new UnagreedC2View(u.schoolUrn(), u.from(), u.to(), u.sessions(),
							TimetableAlert.C2_WITHOUT_TIMETABLE.name(), TimetableAlert.C2_WITHOUT_TIMETABLE.rule()))
					.toList());
	}

	@Operation(summary = "Part-time timetables raising an alert",
			description = "Scope belonging:read; the school its own, a locality officer their locality's schools, the local authority the county. Timetables running this academic year with at least one of the alerts asked for (default all: OVER_SIX_WEEKS, REVIEW_OVERDUE, NO_END_DATE, NO_C2_MARKS), by school and start, a page at a time.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/part-time-timetables/alerts")
	Page<TimetableView> alerts(Caller caller,
			@Parameter(description = "the alerts to list, comma-separated (default all)") @RequestParam(
					required = false) List<String> alert,
			PageRequest page) {
		LocalDate today = today();
		List<TimetableView> listed = this.recording.alerts(caller, alerts(alert))
			.stream()
			.map(s -> TimetableView.of(s, today))
			.toList();
		return Page.of(listed, page);
	}

	@Operation(summary = "How long pupils have been on part-time timetables",
			description = "Scope belonging:read; at the schools the caller sees. Pupils on a timetable at the end of the academic year (today for the current one), how many for over six weeks and their share, the median length and the lengths in bands; and pupils on one at any time in the year.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/part-time-timetables/statistics")
	StatisticsView statistics(Caller caller,
			@Parameter(description = "the academic year, for example 2026/27 (default the current one)") @RequestParam(
					required = false) String year) {
		return StatisticsView.of(this.recording.statistics(caller, year));
	}

	@Operation(summary = "The reasons a part-time timetable may be agreed for",
			description = "Scope belonging:read. Never to manage behaviour.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/part-time-timetable-reasons")
	List<ReasonView> reasons(Caller caller) {
		TimetableAccess.checkMayRead(caller);
		return java.util.Arrays.stream(PartTimeReason.values())
			.map(r -> new ReasonView(r.name(), r.description()))
			.toList();
	}

	private static Set<TimetableAlert> alerts(List<String> names) {
		if (names == null || names.isEmpty()) {
			return EnumSet.allOf(TimetableAlert.class);
		}
		Set<TimetableAlert> alerts = EnumSet.noneOf(TimetableAlert.class);
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			try {
				alerts.add(TimetableAlert.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				unknown.add(name);
			}
		}
		if (!unknown.isEmpty()) {
			throw ProblemException.invalid("alert", unknown + " are not alerts; one or more of "
					+ java.util.Arrays.stream(TimetableAlert.values()).map(Enum::name).toList());
		}
		return alerts;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
