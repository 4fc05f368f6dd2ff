package uk.gov.dorsetcouncil.edu.attendance.measures.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures.Request;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures.SchoolPage;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaSummary;
import uk.gov.dorsetcouncil.edu.attendance.measures.GroupFigures;
import uk.gov.dorsetcouncil.edu.attendance.measures.WeeklyTrend;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Area and cohort absence measures. Every answer carries its basis, scope, as-of time and
 * whether small numbers were suppressed. Common parameters: {@code year} (2026/27;
 * default the current year), {@code scope} (AGED_5_TO_15, the DfE headline, or
 * ALL_PUPILS), {@code by} (comma-separated dimensions), {@code publishable=true} to ask
 * for suppressed figures.
 */
@RestController
@RequestMapping("/api/v1/attendance/measures")
class MeasuresController {

	private final AreaMeasures measures;

	MeasuresController(AreaMeasures measures) {
		this.measures = measures;
	}

	record SchoolsView(AreaSummary summary, int page, int size, long total, List<GroupFigures> schools) {

		static SchoolsView of(SchoolPage page) {
			return new SchoolsView(page.summary(), page.page(), page.size(), page.total(), page.schools());
		}

	}

	@GetMapping("/local-authority")
	AreaSummary localAuthority(Caller caller, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String by,
			@RequestParam(defaultValue = "false") boolean publishable) {
		return this.measures.localAuthority(caller, request(year, scope, by, publishable));
	}

	@GetMapping("/localities/{locality}")
	AreaSummary locality(Caller caller, @PathVariable String locality, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String by,
			@RequestParam(defaultValue = "false") boolean publishable) {
		return this.measures.locality(caller, locality, request(year, scope, by, publishable));
	}

	@GetMapping("/phases/{phase}")
	AreaSummary phase(Caller caller, @PathVariable String phase, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String by,
			@RequestParam(defaultValue = "false") boolean publishable) {
		return this.measures.phase(caller, phase, request(year, scope, by, publishable));
	}

	@GetMapping("/schools/{urn}")
	AreaSummary school(Caller caller, @PathVariable String urn, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String by,
			@RequestParam(defaultValue = "false") boolean publishable) {
		return this.measures.school(caller, urn, request(year, scope, by, publishable));
	}

	/** School figures, filtered by locality and phase, a page at a time (at most 200). */
	@GetMapping("/schools")
	SchoolsView schools(Caller caller, @RequestParam(required = false) String locality,
			@RequestParam(required = false) String phase, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scope, @RequestParam(defaultValue = "false") boolean publishable,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return SchoolsView
			.of(this.measures.schools(caller, locality, phase, request(year, scope, null, publishable), page, size));
	}

	@GetMapping("/cohorts/{dimension}")
	AreaSummary cohort(Caller caller, @PathVariable String dimension, @RequestParam(required = false) String urn,
			@RequestParam(required = false) String locality, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scope, @RequestParam(defaultValue = "false") boolean publishable) {
		return this.measures.cohort(caller, dimension, urn, locality, request(year, scope, null, publishable));
	}

	@GetMapping("/trends")
	WeeklyTrend trend(Caller caller, @RequestParam(required = false) String urn,
			@RequestParam(required = false) String locality, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scope, @RequestParam(defaultValue = "false") boolean publishable) {
		return this.measures.trend(caller, urn, locality, request(year, scope, null, publishable));
	}

	private static Request request(String year, String scope, String by, boolean publishable) {
		List<String> dimensions = (by == null || by.isBlank()) ? List.of()
				: Arrays.stream(by.split(",")).map(String::strip).filter((name) -> !name.isEmpty()).toList();
		return new Request(year, scope, publishable, dimensions);
	}

}
