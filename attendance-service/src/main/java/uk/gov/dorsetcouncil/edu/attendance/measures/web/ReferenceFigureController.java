package uk.gov.dorsetcouncil.edu.attendance.measures.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceData;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceData.FigureDetails;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceFigure;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * The comparator figures area summaries show beside Dorset's (ADR 0011): listed for
 * anyone who sees area figures, loaded or corrected by the local authority.
 */
@RestController
@Tag(name = "Reference figures",
		description = "National, South West and statistical-neighbour figures shown beside Dorset's")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/reference-figures")
class ReferenceFigureController {

	private final ReferenceData referenceData;

	ReferenceFigureController(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	record FigureBody(@Schema(description = "the published percentage, 0 to 100") Double value,
			@Schema(description = "where it was published") String source,
			@Schema(description = "true once checked against the DfE release") Boolean confirmed) {
	}

	record FigureList(List<ReferenceFigure> figures, List<String> comparatorsNotHeld) {
	}

	@Operation(summary = "The reference figures held",
			description = "Scope attendance:read or measures:read. The figures shipped with the service overlaid by those the LA has loaded, and the comparators with none held.")
	@GetMapping
	FigureList list(Caller caller) {
		List<ReferenceFigure> figures = this.referenceData.list(caller);
		return new FigureList(figures, ReferenceData.notHeld(figures));
	}

	@Operation(summary = "Load or correct a reference figure",
			description = "Scope schools:write, the local authority. Idempotent: one figure per comparator, measure, group and period, replacing a shipped one with the same key.")
	@PutMapping("/{comparator}/{measure}/{group}/{period}")
	ReferenceFigure put(Caller caller,
			@Parameter(description = "national, south-west or statistical-neighbours",
					schema = @Schema(allowableValues = { "national", "south-west",
							"statistical-neighbours" })) @PathVariable String comparator,
			@Parameter(
					description = "overall_absence_rate, authorised_absence_rate, unauthorised_absence_rate, persistent_absence_rate, severe_absence_rate or attendance_rate") @PathVariable String measure,
			@Parameter(
					description = "all, or a lower-case group such as primary or secondary") @PathVariable String group,
			@Parameter(
					description = "the academic year and what it covers, e.g. 2023-24-full-year, 2023-24-autumn-term, 2023-24-autumn-and-spring-terms") @PathVariable String period,
			@RequestBody FigureBody body) {
		return this.referenceData.put(caller, comparator, measure, group, period,
				new FigureDetails(body.value(), body.source(), body.confirmed()));
	}

}
