package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.domain.DashboardPeriod;
import uk.gov.dorsetcouncil.edu.gateway.api.Callers;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

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
			description = "The purpose of the request (required for partners), e.g. OPERATION_ENCOMPASS")
	@Parameter(name = AGREEMENT_HEADER, in = ParameterIn.HEADER,
			description = "The data-sharing agreement acted under (required for partners)")
	Mono<ResponseEntity<Map<String, Object>>> profile(@PathVariable String upn,
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
			description = "Scope deadlines:read. Each source only when the caller may receive its data items.")
	Mono<ResponseEntity<Map<String, Object>>> deadlinesThisWeek(
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
	Mono<ResponseEntity<Map<String, Object>>> ehcPlanDashboard(ServerWebExchange exchange) {
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
	Mono<ResponseEntity<Map<String, Object>>> schoolDashboard(@PathVariable String urn,
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
	Mono<ResponseEntity<Map<String, Object>>> localityDashboard(@PathVariable String locality,
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
	Mono<ResponseEntity<Map<String, Object>>> localAuthorityDashboard(
			@RequestParam(required = false) @Parameter(description = TERM) String term,
			@RequestParam(required = false) @Parameter(description = FROM) String from,
			@RequestParam(required = false) @Parameter(description = TO) String to, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "dashboards:read");
		return this.areas.localAuthority(caller, DashboardPeriod.parse(term, from, to))
			.map(AggregationController::noStore);
	}

	private static ResponseEntity<Map<String, Object>> noStore(Map<String, Object> body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

}
