package uk.gov.dorsetcouncil.edu.belonging.placement.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
import uk.gov.dorsetcouncil.edu.belonging.exclusion.CensusTerm;
import uk.gov.dorsetcouncil.edu.belonging.placement.ApPlacement;
import uk.gov.dorsetcouncil.edu.belonging.placement.ManagedMove;
import uk.gov.dorsetcouncil.edu.belonging.placement.MoveRequest;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementAlert;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementKeeping;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementRequest;
import uk.gov.dorsetcouncil.edu.belonging.placement.ProvisionFigures;
import uk.gov.dorsetcouncil.edu.belonging.placement.PupilProvision;
import uk.gov.dorsetcouncil.edu.belonging.placement.RaisedAlert;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;

/**
 * Alternative provision placements, commissioned by a school or the local authority, and
 * managed moves between schools, with their reviews, outcomes and alerts (ADR 0036).
 */
@RestController
@Tag(name = "Alternative provision and moves",
		description = "Alternative provision placements (by a school or the local authority; sixth-day provision after an exclusion; health needs; off-site directions) with their reviews, outcome and time in provision, managed moves, and the alerts they raise (a permanently excluded pupil without provision from the sixth day)")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/belonging")
class PlacementController {

	private final PlacementKeeping keeping;

	private final Clock clock;

	PlacementController(PlacementKeeping keeping, Clock clock) {
		this.keeping = keeping;
		this.clock = clock;
	}

	@Schema(description = "An alternative provision placement as its commissioner records it.")
	record PlacementBody(@Schema(description = "the pupil's UPN", example = "A838200125001") String upn,
			@Schema(description = "the pupil's home school; required when a school commissions") String schoolUrn,
			@Schema(description = "who commissioned it", allowableValues = {
					"SCHOOL", "LOCAL_AUTHORITY" }) String commissionedBy,
			@Schema(description = "why (the AP census' primary reason)",
					allowableValues = { "SUSPENSION_SIXTH_DAY", "PERMANENT_EXCLUSION", "HEALTH_NEEDS",
							"OFF_SITE_DIRECTION", "EHC_PLAN_PROVISION", "OTHER_REASON" }) String reason,
			@Schema(description = "the exclusion it provides for from the sixth school day; required for SUSPENSION_SIXTH_DAY and PERMANENT_EXCLUSION, refused otherwise",
					example = "A838200125001-1") String exclusionId,
			@Schema(description = "the provider's name, up to 100 characters",
					example = "Dorset Learning Centre (Dorchester)") String providerName,
			@Schema(description = "the provider's URN when it is a registered school; optional") String providerUrn,
			@Schema(description = "what kind of provider",
					allowableValues = { "PUPIL_REFERRAL_UNIT", "AP_ACADEMY_OR_FREE_SCHOOL", "HOSPITAL_SCHOOL",
							"OTHER_STATE_SCHOOL", "INDEPENDENT_SCHOOL", "FURTHER_EDUCATION", "ONE_TO_ONE_TUITION",
							"WORK_BASED_PLACEMENT", "UNREGISTERED_PROVIDER" }) String setting,
			@Schema(description = "its first day", format = "date", example = "2026-11-09") String startDate,
			@Schema(description = "its planned last day; optional, not before the start", format = "date",
					example = "2027-02-12") String endDate,
			@Schema(description = "sessions a week at the provider, 1 to 10 (full time); with the pupil's other placements at the time at most 10",
					minimum = "1", maximum = "10", example = "10") Integer sessionsPerWeek,
			@Schema(description = "whether the provider is outside the pupil's home locality") Boolean awayFromHomeLocality,
			@ArraySchema(arraySchema = @Schema(
					description = "when it is to be reviewed: required for an off-site direction; up to 26 dates after the start, none after the end"),
					schema = @Schema(format = "date", example = "2026-12-07")) List<String> reviewDates){

		PlacementRequest request() {
			return new PlacementRequest(this.upn, this.schoolUrn, this.commissionedBy, this.reason, this.exclusionId,
					this.providerName, this.providerUrn, this.setting, this.startDate, this.endDate,
					this.sessionsPerWeek, this.awayFromHomeLocality, this.reviewDates);
		}

	}

	record ApReviewBody(
			@Schema(description = "when it was reviewed; from the start to today", format = "date",
					example = "2026-12-07") String reviewedOn,
			@Schema(description = "the next review, after this one; optional", format = "date",
					example = "2027-01-11") String nextReviewOn) {
	}

	record ApOutcomeBody(
			@Schema(description = "its last day; from the start to today", format = "date",
					example = "2027-02-12") String endDate,
			@Schema(description = "how it ended", allowableValues = {
					"REINTEGRATED", "CONTINUED", "NEW_SCHOOL", "POST_16_DESTINATION" }) String outcome,
			@Schema(description = "the new school's URN, for NEW_SCHOOL only") String destinationUrn){
	}

	@Schema(description = "A managed move as the school the pupil leaves (or the local authority) records it: a fresh start at the new school, never a trial.")
	record MoveBody(@Schema(description = "the pupil's UPN") String upn,
			@Schema(description = "the school the pupil leaves") String fromSchoolUrn,
			@Schema(description = "the school the pupil joins") String toSchoolUrn,
			@Schema(description = "when the parent agreed; not after the start or today", format = "date",
					example = "2026-11-05") String parentAgreedOn,
			@Schema(description = "when the new school agreed; not after the start or today", format = "date",
					example = "2026-11-06") String newSchoolAgreedOn,
			@Schema(description = "the first day at the new school", format = "date",
					example = "2026-11-16") String startDate) {

		MoveRequest request() {
			return new MoveRequest(this.upn, this.fromSchoolUrn, this.toSchoolUrn, this.parentAgreedOn,
					this.newSchoolAgreedOn, this.startDate);
		}

	}

	record MoveOutcomeBody(@Schema(description = "how it ended", allowableValues = {
			"ON_ROLL", "BROKEN_DOWN", "WITHDRAWN" }) String outcome,
			@Schema(description = "when: ON_ROLL and BROKEN_DOWN from the start, WITHDRAWN before it; not after today",
					format = "date", example = "2026-11-16") String on){
	}

	record ApPlacementView(String id, String upn, String schoolUrn, String commissionedBy, String reason,
			String exclusionId, String providerName, String providerUrn, String setting, LocalDate startDate,
			LocalDate endDate, int sessionsPerWeek, boolean awayFromHomeLocality, List<LocalDate> reviewDates,
			List<LocalDate> reviewsDone, String outcome, String destinationUrn,
			@Schema(description = "time in alternative provision so far, in days, first and last counted") long daysInProvision,
			String recordedBy, String recordedAt) implements ReleasedChild {

		static ApPlacementView of(ApPlacement p, LocalDate today) {
			return new ApPlacementView(p.id(), p.upn().value(), p.schoolUrn(), p.commissionedBy().name(),
					p.reason().name(), p.exclusionId(), p.providerName(), p.providerUrn(), p.setting().name(),
					p.startDate(), p.endDate(), p.sessionsPerWeek(), p.awayFromHomeLocality(), p.reviewDates(),
					p.reviewsDone(), (p.outcome() != null) ? p.outcome().name() : null, p.destinationUrn(),
					p.daysInProvision(today), p.recordedBy(), p.recordedAt().toString());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record MoveView(String id, String upn, String fromSchoolUrn, String toSchoolUrn, LocalDate parentAgreedOn,
			LocalDate newSchoolAgreedOn, LocalDate startDate, String outcome, LocalDate outcomeOn, String recordedBy,
			String recordedAt) implements ReleasedChild {

		static MoveView of(ManagedMove m) {
			return new MoveView(m.id(), m.upn().value(), m.fromSchoolUrn(), m.toSchoolUrn(), m.parentAgreedOn(),
					m.newSchoolAgreedOn(), m.startDate(), (m.outcome() != null) ? m.outcome().name() : null,
					m.outcomeOn(), m.recordedBy(), m.recordedAt().toString());
		}

		@Override
		public String urn() {
			return this.fromSchoolUrn;
		}

	}

	record ApAlertView(@Schema(description = "the alert") String alert, String upn, @Schema(
			description = "the school concerned (excluding, home or leaving school); null for a pupil the local authority placed with none") String schoolUrn,
			@Schema(description = "the exclusion, placement or move it is about") String recordId,
			@Schema(description = "the day it arose") LocalDate since,
			@Schema(description = "the rule behind it") String rule) implements ReleasedChild {

		static ApAlertView of(RaisedAlert a) {
			return new ApAlertView(a.alert().name(), a.upn(), a.schoolUrn(), a.recordId(), a.since(), a.alert().rule());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record PupilProvisionView(String upn, List<ApPlacementView> placements, List<MoveView> managedMoves,
			List<ApAlertView> alerts) {
	}

	record ApFiguresView(String year, LocalDate asOf, int pupilsInProvision, int pupilsAwayFromHomeLocality,
			int placementsEnded, int reintegrated, Integer medianDaysEnded) {
	}

	@Operation(summary = "Record an alternative provision placement",
			description = "Scope belonging:write; a school for its own pupil (on its roll on the start date), the local authority for any. Who commissions follows the reason: PERMANENT_EXCLUSION and EHC_PLAN_PROVISION the local authority; SUSPENSION_SIXTH_DAY and OFF_SITE_DIRECTION the school; HEALTH_NEEDS and OTHER_REASON either. Sixth-day provision names the pupil's exclusion and starts on or after its first day. Refused with a problem naming the field, nothing stored. A retry with the same Idempotency-Key answers the first answer; the same provider and start again without one is a 409.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/ap-placements")
	@IdempotentWrite
	ResponseEntity<ApPlacementView> record(Caller caller, @RequestBody PlacementBody body) {
		ApPlacement recorded = this.keeping.record(caller, body.request());
		return ResponseEntity.created(URI.create("/api/v1/belonging/ap-placements/" + recorded.id()))
			.body(ApPlacementView.of(recorded, today()));
	}

	@Operation(summary = "Read an alternative provision placement",
			description = "Scope belonging:read; the home school, its locality's officer, the local authority (the only reader of a placement with no home school).")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/ap-placements/{id}")
	ApPlacementView placement(Caller caller, @Parameter(
			description = "the placement's id: the pupil's UPN, '-AP' and a number") @PathVariable String id) {
		return ApPlacementView.of(this.keeping.placement(caller, id), today());
	}

	@Operation(summary = "Record a review of a placement",
			description = "Scope belonging:write; its commissioning school or the local authority. Idempotent. 422 when the review is before the start or after today.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/ap-placements/{id}/reviews")
	ApPlacementView review(Caller caller, @Parameter(description = "the placement's id") @PathVariable String id,
			@RequestBody ApReviewBody body) {
		return ApPlacementView.of(this.keeping.review(caller, id, body.reviewedOn(), body.nextReviewOn()), today());
	}

	@Operation(summary = "Record how a placement ended",
			description = "Scope belonging:write; its commissioning school or the local authority. The same outcome again changes nothing; another once one is held is a 409. 422 when the end is before the start.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/ap-placements/{id}/outcome")
	ApPlacementView outcome(Caller caller, @Parameter(description = "the placement's id") @PathVariable String id,
			@RequestBody ApOutcomeBody body) {
		return ApPlacementView.of(this.keeping.end(caller, id, body.endDate(), body.outcome(), body.destinationUrn()),
				today());
	}

	@Operation(summary = "Alerts on alternative provision and managed moves",
			description = "Scope belonging:read; the school its own pupils', a locality officer their locality's schools', the local authority the county's. NO_PROVISION_FROM_DAY_SIX (a permanently excluded pupil in no placement from the sixth school day), LATE_FROM_DAY_SIX, REVIEW_OVERDUE, MOVE_NOT_CONFIRMED; oldest first, a page at a time.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/ap-placements/alerts")
	Page<ApAlertView> alerts(Caller caller,
			@Parameter(description = "the alerts to list, comma-separated (default all)") @RequestParam(
					required = false) List<String> alert,
			PageRequest page) {
		return Page.of(this.keeping.alerts(caller, alerts(alert)).stream().map(ApAlertView::of).toList(), page);
	}

	@Operation(summary = "Alternative provision over an academic year",
			description = "Scope belonging:read; at the schools the caller sees. Pupils in a placement at some day of the year (to today for the current one), those placed outside their home locality, placements ended and how many of them back at school, the median days in provision of those ended.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/ap-placements/statistics")
	ApFiguresView statistics(Caller caller,
			@Parameter(description = "the academic year, for example 2026/27 (default the current one)") @RequestParam(
					required = false) String year) {
		int first = (year == null || year.isBlank()) ? CensusTerm.academicYearOf(today())
				: CensusTerm.academicYearNamed(year);
		if (LocalDate.of(first, 8, 1).isAfter(today())) {
			throw ProblemException.invalid("year", CensusTerm.academicYearLabel(first) + " has not begun");
		}
		ProvisionFigures f = this.keeping.figures(caller, first);
		return new ApFiguresView(CensusTerm.academicYearLabel(first), f.asOf(), f.pupilsInProvision(),
				f.pupilsAwayFromHomeLocality(), f.placementsEnded(), f.reintegrated(), f.medianDaysEnded());
	}

	@Operation(summary = "Record a managed move",
			description = "Scope belonging:write; the school the pupil leaves (the pupil on its roll when the parent agreed) or the local authority. A fresh start at the new school, never a trial: there is no trial period to give. Refused with a problem naming the field, nothing stored; the same move again without the first Idempotency-Key is a 409; a pupil with a move not yet ended is a 422.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/managed-moves")
	@IdempotentWrite
	ResponseEntity<MoveView> recordMove(Caller caller, @RequestBody MoveBody body) {
		ManagedMove recorded = this.keeping.recordMove(caller, body.request());
		return ResponseEntity.created(URI.create("/api/v1/belonging/managed-moves/" + recorded.id()))
			.body(MoveView.of(recorded));
	}

	@Operation(summary = "Read a managed move",
			description = "Scope belonging:read; either school, their locality's officers, the local authority.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/managed-moves/{id}")
	MoveView move(Caller caller,
			@Parameter(description = "the move's id: the pupil's UPN, '-MM' and a number") @PathVariable String id) {
		return MoveView.of(this.keeping.move(caller, id));
	}

	@Operation(summary = "Record how a managed move ended",
			description = "Scope belonging:write; either school or the local authority. ON_ROLL is checked against the new school's roll that day (attendance-service); the same again changes nothing, another outcome once one is held is a 409.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/managed-moves/{id}/outcome")
	MoveView moveOutcome(Caller caller, @Parameter(description = "the move's id") @PathVariable String id,
			@RequestBody MoveOutcomeBody body) {
		return MoveView.of(this.keeping.endMove(caller, id, body.outcome(), body.on()));
	}

	@Operation(summary = "A pupil's placements and managed moves",
			description = "Scope belonging:read; those of the schools the caller sees, with the alerts they raise (and NO_PROVISION_FROM_DAY_SIX from the pupil's exclusions).")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/pupils/{upn}/ap-placements")
	PupilProvisionView ofPupil(Caller caller,
			@Parameter(description = "the pupil's UPN, 13 characters with its check letter") @PathVariable String upn) {
		LocalDate today = today();
		PupilProvision held = this.keeping.ofPupil(caller, upn);
		return new PupilProvisionView(upn, held.placements().stream().map(p -> ApPlacementView.of(p, today)).toList(),
				held.moves().stream().map(MoveView::of).toList(), held.alerts().stream().map(ApAlertView::of).toList());
	}

	static Set<PlacementAlert> alerts(List<String> names) {
		if (names == null || names.isEmpty()) {
			return EnumSet.allOf(PlacementAlert.class);
		}
		Set<PlacementAlert> alerts = EnumSet.noneOf(PlacementAlert.class);
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			try {
				alerts.add(PlacementAlert.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				unknown.add(name);
			}
		}
		if (!unknown.isEmpty()) {
			throw ProblemException.invalid("alert", unknown + " are not alerts; one or more of "
					+ Arrays.stream(PlacementAlert.values()).map(Enum::name).toList());
		}
		return alerts;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
