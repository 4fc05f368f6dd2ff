package uk.gov.dorsetcouncil.edu.gateway.aggregation.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.DashboardPeriod;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.client.AreaDashboards;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.client.ChildProfiles;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.client.Dashboards;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.client.DeadlinesThisWeek;
import uk.gov.dorsetcouncil.edu.gateway.api.Callers;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;

/**
 * The gateway's own answers across services: a child's profile, this week's statutory
 * deadlines, the dashboards. Each part that a service could not give comes back marked,
 * never as a failure of the whole answer.
 */
@RestController
@Tag(name = "Across services", description = "Answers the gateway assembles from several services over gRPC")
class AggregationController {

	static final String PURPOSE_HEADER = "X-Dorset-Purpose";

	static final String AGREEMENT_HEADER = "X-Dorset-Agreement";

	static {
		// A figure is written as its value: a number, the symbol shown instead of it, or
		// null.
		SpringDocUtils.getConfig()
			.replaceWithSchema(Figure.class,
					new io.swagger.v3.oas.models.media.Schema<>().types(Set.of("number", "string", "null"))
						.description("a figure, or the symbol shown instead of it (c: suppressed, z: not applicable)")
						.example(662));
	}

	private static final String TERM = "AUTUMN, SPRING or SUMMER (each school's own term dates); not with from/to";

	private static final String FROM = "the first day of the period (yyyy-MM-dd); default: the academic year to date";

	private static final String TO = "the last day of the period (yyyy-MM-dd); default: today";

	private final ChildProfiles profiles;

	private final DeadlinesThisWeek deadlines;

	private final Dashboards dashboards;

	private final AreaDashboards areas;

	AggregationController(ChildProfiles profiles, DeadlinesThisWeek deadlines, Dashboards dashboards,
			AreaDashboards areas) {
		this.profiles = profiles;
		this.deadlines = deadlines;
		this.dashboards = dashboards;
		this.areas = areas;

	}

	@GetMapping("/api/v1/children/{upn}/profile")
	@Operation(summary = "A child's profile across services, filtered to the caller's rights",
			description = "Scope profile:read. Schools see pupils on their roll; the LA the county; police, health "
					+ "and other partners only under a data-sharing agreement, naming it and a purpose. Parts: "
					+ "attendance, suspensionsAndExclusions, partTimeTimetable, alternativeProvision (AP placements: "
					+ "provider, URN or UKPRN, setting, commissioner, dates, sessions a week, dual registration; each "
					+ "placement's reason only to callers who receive the item it discloses, otherwise "
					+ "reasonWithheld says why), ehcPlan, transport. Each part is AVAILABLE, NONE, WITHHELD or "
					+ "UNAVAILABLE with a reason. Every answer is audited.")
	@Parameter(name = PURPOSE_HEADER, in = ParameterIn.HEADER,
			description = "The purpose of the request (required for partners), e.g. OPERATION_ENCOMPASS",
			schema = @Schema(type = "string", maxLength = 100, example = "OPERATION_ENCOMPASS"))
	@Parameter(name = AGREEMENT_HEADER, in = ParameterIn.HEADER,
			description = "The data-sharing agreement acted under (required for partners)",
			schema = @Schema(type = "string", maxLength = 100, example = "DSA-POLICE-2026-01"))
	@ApiResponse(responseCode = "200", description = "the profile, each part with its status")
	@ApiResponse(responseCode = "400", ref = ServiceApiDocument.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ServiceApiDocument.NOT_FOUND)
	Mono<ResponseEntity<ChildRecordViews.ChildProfile>> profile(@PathVariable String upn,
			@RequestParam(required = false) @Parameter(description = "the purpose, when it is not sent as the "
					+ PURPOSE_HEADER + " header") String purpose,
			@RequestParam(required = false) @Parameter(description = "the agreement, when it is not sent as the "
					+ AGREEMENT_HEADER + " header") String agreement,
			ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "profile:read");
		return this.profiles
			.profile(caller, upn, Callers.headerOr(exchange, PURPOSE_HEADER, purpose),
					Callers.headerOr(exchange, AGREEMENT_HEADER, agreement))
			.map(AggregationController::noStore);
	}

	@GetMapping("/api/v1/deadlines/this-week")
	@Operation(summary = "Statutory deadlines due in the week (Monday to Sunday) containing a date",
			description = "Scope deadlines:read. Each source only when the caller may receive its data items. "
					+ "Steps that fell due before the week and are still outstanding are listed as overdue.")
	@ApiResponse(responseCode = "200", description = "the week's deadlines and the overdue ones")
	@ApiResponse(responseCode = "400", ref = ServiceApiDocument.BAD_REQUEST)
	Mono<ResponseEntity<DeadlinesThisWeek.DeadlinesView>> deadlinesThisWeek(
			@RequestParam(required = false) @Parameter(
					description = "a day of the week asked about (default today)") String date,
			ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "deadlines:read");
		return this.deadlines.due(caller, date).map(AggregationController::noStore);
	}

	@GetMapping("/api/v1/dashboards/ehc-plans")
	@Operation(summary = "EHC plans held, by named school and status (county dashboard)",
			description = "Scope dashboards:read, local authority only. Small numbers are suppressed for callers "
					+ "without pupil-level rights to EHC plans.")
	Mono<ResponseEntity<Dashboards.EhcPlansDashboard>> ehcPlanDashboard(ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "dashboards:read");
		return this.dashboards.ehcPlans(caller).map(AggregationController::noStore);
	}

	@GetMapping("/api/v1/dashboards/schools/{urn}")
	@Operation(summary = "A school's dashboard: attendance, children needing help now, EHC plans",
			description = "Scope dashboards:read. A school sees its own; a locality officer the schools of their "
					+ "locality; the local authority every school. Each part is AVAILABLE or UNAVAILABLE (or "
					+ "WITHHELD) with why; every figure carries its basis and as-of time. Small numbers are suppressed "
					+ "for callers without pupil-level rights and always for the Education Board analyst.")
	Mono<ResponseEntity<AreaDashboards.AreaDashboard>> schoolDashboard(@PathVariable String urn,
			@RequestParam(required = false) @Parameter(description = TERM) String term,
			@RequestParam(required = false) @Parameter(description = FROM) String from,
			@RequestParam(required = false) @Parameter(description = TO) String to, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "dashboards:read");
		return this.areas.school(caller, urn, DashboardPeriod.parse(term, from, to))
			.map(AggregationController::noStore);
	}

	@GetMapping("/api/v1/dashboards/localities/{locality}")
	@Operation(summary = "A locality's dashboard: attendance by school, children needing help now, EHC plans",
			description = "Scope dashboards:read. A locality officer sees their own locality; the local authority "
					+ "every locality. Localities: NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK.")
	Mono<ResponseEntity<AreaDashboards.AreaDashboard>> localityDashboard(@PathVariable String locality,
			@RequestParam(required = false) @Parameter(description = TERM) String term,
			@RequestParam(required = false) @Parameter(description = FROM) String from,
			@RequestParam(required = false) @Parameter(description = TO) String to, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "dashboards:read");
		return this.areas.locality(caller, locality, DashboardPeriod.parse(term, from, to))
			.map(AggregationController::noStore);
	}

	@GetMapping("/api/v1/dashboards/local-authority")
	@Operation(summary = "The county's dashboard: attendance by locality and phase, children needing help now, "
			+ "EHC plans", description = "Scope dashboards:read, local authority only.")
	Mono<ResponseEntity<AreaDashboards.AreaDashboard>> localAuthorityDashboard(
			@RequestParam(required = false) @Parameter(description = TERM) String term,
			@RequestParam(required = false) @Parameter(description = FROM) String from,
			@RequestParam(required = false) @Parameter(description = TO) String to, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "dashboards:read");
		return this.areas.localAuthority(caller, DashboardPeriod.parse(term, from, to))
			.map(AggregationController::noStore);
	}

	private static <T> ResponseEntity<T> noStore(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

}
