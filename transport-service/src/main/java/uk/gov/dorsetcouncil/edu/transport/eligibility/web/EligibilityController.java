package uk.gov.dorsetcouncil.edu.transport.eligibility.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;
import uk.gov.dorsetcouncil.edu.transport.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.transport.eligibility.AssessmentRequest;
import uk.gov.dorsetcouncil.edu.transport.eligibility.ComparedSchool;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityAssessing;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Finding;

/**
 * Eligibility for home-to-school travel: assessed by the local authority's transport
 * officers, each decision stored with the explanation it gives; read by the local
 * authority and by the school the child travels to.
 */
@RestController
@Tag(name = "Eligibility",
		description = "Eligibility for free home-to-school travel (Education Act 1996 s508B, Schedule 35B; statutory guidance 2024), decided with its explanation")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/transport/eligibility")
class EligibilityController {

	private final EligibilityAssessing assessing;

	EligibilityController(EligibilityAssessing assessing) {
		this.assessing = assessing;
	}

	@Schema(description = "A child to assess: who, where they live, the school they attend or will attend, and the evidence of any claim")
	record AssessmentBody(@Schema(description = "the child's UPN", example = "A838200125001") String upn,
			@Schema(description = "the child's date of birth", format = "date",
					example = "2016-05-14") String dateOfBirth,
			@Schema(description = "the date assessed (ages are taken on it); today when absent", format = "date",
					example = "2026-12-07") String assessedOn,
			@Schema(description = "the home, WGS84 degrees, within Dorset", format = "double",
					example = "50.7154") Double latitude,
			@Schema(description = "the home, WGS84 degrees, within Dorset", format = "double",
					example = "-2.4381") Double longitude,
			@Schema(description = "the school the child attends or will attend", example = "990001") String schoolUrn,
			@Schema(description = "low income: FREE_SCHOOL_MEALS or MAXIMUM_WORKING_TAX_CREDIT", allowableValues = {
					"FREE_SCHOOL_MEALS", "MAXIMUM_WORKING_TAX_CREDIT" }) String lowIncome,
			@Schema(description = "what shows the low income (a reference); with lowIncome only") String lowIncomeEvidence,
			@Schema(description = "a preference on grounds of religion or belief",
					allowableValues = { "CHURCH_OF_ENGLAND", "ROMAN_CATHOLIC" }) String religionOrBelief,
			@Schema(description = "why the child cannot reasonably be expected to walk",
					allowableValues = { "SEN", "DISABILITY", "MOBILITY", "TEMPORARY_MEDICAL" }) String mobilityNeed,
			@Schema(description = "the report that shows the need, its author and date; with mobilityNeed only") String mobilityEvidence){

		AssessmentRequest request() {
			return new AssessmentRequest(this.upn, this.dateOfBirth, this.assessedOn, this.latitude, this.longitude,
					this.schoolUrn, this.lowIncome, this.lowIncomeEvidence, this.religionOrBelief, this.mobilityNeed,
					this.mobilityEvidence);
		}

	}

	record FindingView(@Schema(description = "the rule tried") String rule,
			@Schema(description = "its source in law or guidance") String source, boolean met, String detail) {

		static FindingView of(Finding finding) {
			return new FindingView(finding.rule().name(), finding.rule().source(), finding.met(), finding.detail());
		}

	}

	record SchoolView(@Schema(description = "its place, nearest first by the walking route") int order, String urn,
			String name, String religiousCharacter,
			@Schema(description = "the nearest available entrance by the walking route") String entrance,
			@Schema(description = "walking route to that entrance, miles", format = "double") double walkingMiles,
			@Schema(description = "road route, miles, when measured", format = "double") Double roadMiles) {

		static SchoolView of(ComparedSchool s) {
			return new SchoolView(s.order(), s.urn(), s.name(), s.religiousCharacter(), s.entrance(),
					round(s.walkingMiles()), (s.roadMiles() != null) ? round(s.roadMiles()) : null);
		}

	}

	record MeasurementView(@Schema(description = "the route-distance provider") String provider,
			@Schema(description = "WALKING or ROAD") String mode,
			@Schema(description = "when it measured", format = "date-time") Instant measuredAt,
			@Schema(description = "where the route starts: where the home meets the nearest road or path") String accessPoint,
			@Schema(description = "why nothing was measured, or null") String unavailable) {

		static MeasurementView of(Decision.Measurement m) {
			return new MeasurementView(m.provider(), m.mode(), m.measuredAt(),
					(m.accessPoint() != null) ? m.accessPoint().toString() : null, m.unavailable());
		}

	}

	record EvidenceView(String kind, @Schema(description = "who or what gave it") String source, String detail) {
	}

	record ExplanationView(@Schema(format = "date") LocalDate dateOfBirth,
			@Schema(description = "the date the age is taken on", format = "date") LocalDate ageOn, int age,
			@Schema(description = "0 = Reception") int yearGroup,
			@Schema(description = "the home, latitude,longitude") String home,
			@Schema(description = "every rule tried, in order, and what it found") List<FindingView> findings,
			@Schema(description = "the suitable schools compared, nearest first (the five nearest, and the attended and preferred ones)") List<SchoolView> schoolsCompared,
			List<MeasurementView> measurements, List<EvidenceView> evidence,
			@Schema(description = "why the decision waits, or null") String pendingDetail) {
	}

	record DecisionView(@Schema(description = "the pupil's UPN, '-' and a number") String id, String upn,
			String schoolUrn, @Schema(format = "date") LocalDate assessedOn,
			@Schema(description = "ELIGIBLE, NOT_ELIGIBLE or PENDING") String outcome,
			@Schema(description = "the rule that made the child eligible") String rule,
			@Schema(description = "why a PENDING decision waits: DISTANCE_UNAVAILABLE, ROUTE_SECTIONS_UNKNOWN or EHC_PLAN_STATUS_UNAVAILABLE") String pending,
			@Schema(description = "the last day an eligible decision holds", format = "date") LocalDate validUntil,
			ExplanationView explanation, String decidedBy,
			@Schema(format = "date-time") Instant decidedAt) implements ReleasedChild {

		static DecisionView of(Decision d) {
			Decision.Explanation e = d.explanation();
			return new DecisionView(d.id(), d.upn(), d.schoolUrn(), d.assessedOn(), d.outcome().name(),
					(d.rule() != null) ? d.rule().name() : null, (d.pending() != null) ? d.pending().name() : null,
					d.validUntil(),
					new ExplanationView(e.dateOfBirth(), e.ageOn(), e.age(), e.yearGroup(), e.home().toString(),
							e.findings().stream().map(FindingView::of).toList(),
							e.schoolsCompared().stream().map(SchoolView::of).toList(),
							e.measurements().stream().map(MeasurementView::of).toList(),
							e.evidence().stream().map(v -> new EvidenceView(v.kind(), v.source(), v.detail())).toList(),
							e.pendingDetail()),
					d.decidedBy(), d.decidedAt());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record PupilDecisionsView(String upn, List<DecisionView> decisions) {
	}

	@Operation(summary = "Assess a child's eligibility for home-to-school travel",
			description = "Scope transport:write; the local authority only. Measures the walking route (and the road route where extended rights need it) from the home to every suitable school's nearest entrance, asks send-service for the EHC plan, applies the rules and stores the decision with its explanation. A decision the router could not support is PENDING, never a guess. Refused with a problem naming the field, nothing stored: a home outside Dorset, a date of birth after the date assessed or outside compulsory school age, evidence missing for a claim, an unknown school (422). A retry with the same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Decided (or pending), with its explanation")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/assessments")
	@IdempotentWrite
	ResponseEntity<DecisionView> assess(Caller caller, @RequestBody AssessmentBody body) {
		Decision decision = this.assessing.assess(caller, body.request());
		return ResponseEntity.created(URI.create("/api/v1/transport/eligibility/assessments/" + decision.id()))
			.body(DecisionView.of(decision));
	}

	@Operation(summary = "Read an eligibility decision",
			description = "Scope transport:read; the local authority any, a school those about travel to it (another school's is a 404).")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/assessments/{id}")
	DecisionView get(Caller caller,
			@Parameter(description = "the decision's id: the pupil's UPN, '-' and a number") @PathVariable String id) {
		return DecisionView.of(this.assessing.find(caller, id));
	}

	@Operation(summary = "A pupil's eligibility decisions",
			description = "Scope transport:read; the local authority every decision, a school those about travel to it. Oldest first.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/pupils/{upn}")
	PupilDecisionsView ofPupil(Caller caller,
			@Parameter(description = "the pupil's UPN, 13 characters with its check letter") @PathVariable String upn) {
		return new PupilDecisionsView(upn, this.assessing.ofPupil(caller, upn).stream().map(DecisionView::of).toList());
	}

	private static double round(double miles) {
		return Math.round(miles * 1000) / 1000.0;
	}

}
