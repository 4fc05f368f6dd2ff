package uk.gov.dorsetcouncil.edu.transport.disruption.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;
import uk.gov.dorsetcouncil.edu.transport.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.transport.disruption.Disruption;
import uk.gov.dorsetcouncil.edu.transport.disruption.DisruptionHandling;

/**
 * Disruptions to home-to-school travel: recorded by the local authority's transport
 * officers, resolved to pupils, schools and sessions, told to attendance and to schools
 * and families; read by the local authority and by each school affected (its part).
 */
@RestController
@Tag(name = "Disruptions",
		description = "Disruptions to home-to-school travel resolved to pupils, schools and sessions; attendance expects Y1 for them and counts none against the family (ADR 0038)")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/transport/disruptions")
class DisruptionController {

	private final DisruptionHandling handling;

	DisruptionController(DisruptionHandling handling) {
		this.handling = handling;
	}

	@Schema(description = "A disruption: what, when, and the routes or schools it stopped")
	record DisruptionBody(@Schema(description = "what stopped the transport", allowableValues = {
			"CANCELLED_RUN", "OPERATOR_FAILURE", "WEATHER", "ROAD_CLOSURE" }) String kind,
			@Schema(description = "what happened, as schools and families will read it",
					example = "Snow on the A352: no buses to Sherborne schools") String description,
			@Schema(description = "the first day disrupted", format = "date", example = "2026-12-07") String firstDay,
			@Schema(description = "the last day disrupted; firstDay when absent (at most 31 days)", format = "date",
					example = "2026-12-08") String lastDay,
			@Schema(description = "AM, PM or both (the default)") List<String> sessions,
			@Schema(description = "the routes stopped") List<String> routeIds,
			@Schema(description = "the schools whose transported pupils it stopped") List<String> schoolUrns){
	}

	record AffectedView(String upn, String schoolUrn, @Schema(format = "date") LocalDate date,
			@Schema(description = "AM or PM") String session) implements ReleasedChild {

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record NoticeView(@Schema(description = "SCHOOL or FAMILY") String audience,
			@Schema(description = "the school's URN or the child's UPN") String recipient, String message,
			@Schema(format = "date-time") Instant sentAt) {
	}

	record DisruptionView(String id, String kind, String description, @Schema(format = "date") LocalDate firstDay,
			@Schema(format = "date") LocalDate lastDay, List<String> sessions, List<String> routeIds,
			List<String> schoolUrns, @Schema(description = "pupils whose transport it stopped") int pupils,
			@Schema(description = "the schools of those pupils") List<String> schoolsAffected,
			@Schema(description = "each pupil's session stopped: Y1 is its expected mark") List<AffectedView> affected,
			@Schema(description = "the notices sent to schools and families") List<NoticeView> notices,
			String recordedBy, @Schema(format = "date-time") Instant recordedAt) implements ReleasedChild.Listing {

		@Override
		public Iterable<? extends ReleasedChild> releasedChildren() {
			return this.affected;
		}

		static DisruptionView of(Disruption d) {
			return new DisruptionView(d.id(), d.kind().name(), d.description(), d.firstDay(), d.lastDay(), d.sessions(),
					d.routeIds(), d.schoolUrns(), d.pupils().size(), List.copyOf(d.schools()),
					d.affected()
						.stream()
						.map(a -> new AffectedView(a.upn(), a.schoolUrn(), a.date(), a.session()))
						.toList(),
					d.notices()
						.stream()
						.map(n -> new NoticeView(n.audience(), n.recipient(), n.message(), n.sentAt()))
						.toList(),
					d.recordedBy(), d.recordedAt());
		}

	}

	record DisruptionsView(List<DisruptionView> disruptions) implements ReleasedChild.Listing {

		@Override
		public Iterable<? extends ReleasedChild> releasedChildren() {
			return this.disruptions.stream().flatMap(d -> d.affected().stream()).toList();
		}

	}

	@Operation(summary = "Record a disruption to home-to-school travel",
			description = "Scope transport:write; the local authority only. Resolves to every pupil whose travel arrangement in force that day runs on a route named or to a school named, for each session named on each weekday; tells attendance-service over gRPC (Y1 becomes the expected mark and no attendance alert counts the sessions), and sends a notice to each school and family affected. If attendance cannot be told, nothing is kept (503). A retry with the same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Recorded and told")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping
	@IdempotentWrite
	ResponseEntity<DisruptionView> record(Caller caller, @RequestBody DisruptionBody body) {
		Disruption disruption = this.handling.record(caller,
				new DisruptionHandling.Request(body.kind(), body.description(), body.firstDay(), body.lastDay(),
						body.sessions(), body.routeIds(), body.schoolUrns()));
		return ResponseEntity.created(URI.create("/api/v1/transport/disruptions/" + disruption.id()))
			.body(DisruptionView.of(disruption));
	}

	@Operation(summary = "Read a disruption",
			description = "Scope transport:read; the local authority all of it, a school affected its own pupils and notice (another school's is a 404).")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{id}")
	DisruptionView get(Caller caller,
			@Parameter(description = "'D-', the first day and a number") @PathVariable String id) {
		return DisruptionView.of(this.handling.find(caller, id));
	}

	@Operation(summary = "Disruptions in a period",
			description = "Scope transport:read; those whose days overlap the period, earliest first; a school sees those that affected its pupils, cut to them.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping
	DisruptionsView between(Caller caller,
			@Parameter(description = "the period's first day",
					schema = @Schema(type = "string", format = "date", example = "2026-12-01")) @RequestParam(
							required = false) String from,
			@Parameter(description = "the period's last day",
					schema = @Schema(type = "string", format = "date", example = "2026-12-31")) @RequestParam(
							required = false) String to) {
		return new DisruptionsView(this.handling.between(caller, from, to).stream().map(DisruptionView::of).toList());
	}

}
