package uk.gov.dorsetcouncil.edu.attendance.measures.web;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures.Request;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures.SchoolPage;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaSummary;
import uk.gov.dorsetcouncil.edu.attendance.measures.GroupFigures;
import uk.gov.dorsetcouncil.edu.attendance.measures.WeeklyTrend;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageEnvelope;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

/**
 * Area and cohort absence measures. Every answer carries its basis, scope, as-of time and
 * whether small numbers were suppressed. Common parameters: {@code year} (2026/27;
 * default the current year), {@code scope} (AGED_5_TO_15, the DfE headline, or
 * ALL_PUPILS), {@code by} (comma-separated dimensions), {@code publishable=true} to ask
 * for suppressed figures; the period, {@code term} (AUTUMN, SPRING, SUMMER) or
 * {@code from} and {@code to}, default the academic year to date.
 */
@RestController
@Tag(name = "Measures", description = "DfE absence measures for schools, localities, phases, the LA and cohorts")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/measures")
class MeasuresController {

	private static final String YEAR = "the academic year, e.g. 2026/27; default the current one";

	private static final String SCOPE = "AGED_5_TO_15 (the DfE headline, the default) or ALL_PUPILS";

	private static final String BY = "comma-separated dimensions to group by, e.g. LOCALITY,PHASE";

	private static final String TERM = "one term of the year, bounded by each school's own term dates;"
			+ " not with from and to";

	private static final String FROM = "the first day (yyyy-MM-dd) of a date range inside the academic year;"
			+ " default its first day (1 August)";

	private static final String TO = "the last day (yyyy-MM-dd) of a date range inside the academic year;"
			+ " default today. Neither term nor range: the academic year to date";

	private static final String PUBLISHABLE = "true for small-number suppression, as for publication";

	private final AreaMeasures measures;

	MeasuresController(AreaMeasures measures) {
		this.measures = measures;
	}

	record SchoolsView(AreaSummary summary, @JsonUnwrapped Page<GroupFigures> contents) implements PageEnvelope {

		static SchoolsView of(SchoolPage page) {
			return new SchoolsView(page.summary(), page.schools());
		}

	}

	@Operation(summary = "The local authority's absence measures",
			description = "Scope attendance:read, the LA, a platform service or a locality officer (who sees it suppressed, as published); grouped by LOCALITY and PHASE unless by says otherwise.")
	@GetMapping("/local-authority")
	AreaSummary localAuthority(Caller caller, @Parameter(description = BY) @RequestParam(required = false) String by,
			@ParameterObject AreaQuery query) {
		return this.measures.localAuthority(caller, query.request(by));
	}

	@Operation(summary = "A locality's absence measures",
			description = "Scope attendance:read, the LA, a platform service, or the locality's own officer; grouped by SCHOOL unless by says otherwise.")
	@GetMapping("/localities/{locality}")
	AreaSummary locality(Caller caller,
			@Parameter(description = "NORTH, CHESIL, DORCHESTER, WEST, EAST or PURBECK") @PathVariable String locality,
			@Parameter(description = BY) @RequestParam(required = false) String by, @ParameterObject AreaQuery query) {
		return this.measures.locality(caller, locality, query.request(by));
	}

	@Operation(summary = "A phase's absence measures",
			description = "Scope attendance:read, the LA or a platform service; grouped by LOCALITY unless by says otherwise.")
	@GetMapping("/phases/{phase}")
	AreaSummary phase(Caller caller, @Parameter(
			description = "FIRST, PRIMARY, MIDDLE, SECONDARY, UPPER, ALL_THROUGH, SPECIAL or ALTERNATIVE_PROVISION") @PathVariable String phase,
			@Parameter(description = BY) @RequestParam(required = false) String by, @ParameterObject AreaQuery query) {
		return this.measures.phase(caller, phase, query.request(by));
	}

	@Operation(summary = "A school's absence measures",
			description = "Scope attendance:read; a school only itself, a locality officer the locality's schools. Grouped by YEAR_GROUP unless by says otherwise.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/schools/{urn}")
	AreaSummary school(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = BY) @RequestParam(required = false) String by, @ParameterObject AreaQuery query) {
		return this.measures.school(caller, urn, query.request(by));
	}

	/** School figures, filtered by locality and phase, a page at a time. */
	@Operation(summary = "One row of measures per school, a page at a time",
			description = "Scope attendance:read, the LA or a platform service; a locality officer only their locality (the default for them). Filtered by locality and phase, ordered by URN.")
	@GetMapping("/schools")
	SchoolsView schools(Caller caller,
			@Parameter(description = "only schools in this locality") @RequestParam(required = false) String locality,
			@Parameter(description = "only schools of this phase") @RequestParam(required = false) String phase,
			@ParameterObject AreaQuery query, PageRequest page) {
		return SchoolsView.of(this.measures.schools(caller, locality, phase, query.request(null), page));
	}

	@Operation(summary = "Measures by one cohort dimension",
			description = "Scope attendance:read; a school only with its own urn, a locality officer within their locality or the LA (suppressed). In a school (urn), a locality, or else the LA.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/cohorts/{dimension}")
	AreaSummary cohort(Caller caller, @Parameter(
			description = "FSM, SEN_PROVISION, SOCIAL_CARE, EVER_SOCIAL_WORKER, ETHNICITY, GYPSY_ROMA_TRAVELLER, SEX, YEAR_GROUP, YOUNG_CARER, LOCALITY, PHASE or SCHOOL") @PathVariable String dimension,
			@Parameter(description = "within this school") @RequestParam(required = false) String urn,
			@Parameter(description = "within this locality") @RequestParam(required = false) String locality,
			@ParameterObject AreaQuery query) {
		return this.measures.cohort(caller, dimension, urn, locality, query.request(null));
	}

	@Operation(summary = "Week-by-week absence",
			description = "Scope attendance:read; a school only with its own urn, a locality officer within their locality or the LA. Monday-to-Sunday weeks: possible sessions and overall, authorised and unauthorised absence rates.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/trends")
	WeeklyTrend trend(Caller caller,
			@Parameter(description = "for this school") @RequestParam(required = false) String urn, @Parameter(
					description = "for this locality; neither: the LA") @RequestParam(required = false) String locality,
			@ParameterObject AreaQuery query) {
		return this.measures.trend(caller, urn, locality, query.request(null));
	}

	/**
	 * The query parameters every area measure takes: the year, the headline scope, the
	 * period (a term or a date range) and whether to suppress as for publication.
	 */
	@ParameterObject
	record AreaQuery(@Parameter(description = YEAR) String year,
			@Parameter(description = SCOPE, schema = @Schema(allowableValues = {
					"AGED_5_TO_15", "ALL_PUPILS" })) String scope,
			@Parameter(description = TERM,
					schema = @Schema(allowableValues = { "AUTUMN", "SPRING", "SUMMER" })) String term,
			@Parameter(description = FROM) String from, @Parameter(description = TO) String to,
			@Parameter(description = PUBLISHABLE,
					schema = @Schema(type = "boolean", defaultValue = "false")) Boolean publishable){

		Request request(String by) {
			List<String> dimensions = (by == null || by.isBlank()) ? List.of()
					: Arrays.stream(by.split(",")).map(String::strip).filter((name) -> !name.isEmpty()).toList();
			return new Request(this.year, this.scope, Boolean.TRUE.equals(this.publishable), dimensions, this.term,
					this.from, this.to);
		}

	}

}
