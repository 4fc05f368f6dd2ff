package uk.gov.dorsetcouncil.edu.send.sen2.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.send.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.send.sen2.Sen2Counting;
import uk.gov.dorsetcouncil.edu.send.sen2.Sen2Table;

/**
 * The SEN2 figures for a census date, as JSON and as the export's CSV, for the LA (in
 * full) and the Education Board analyst (small numbers hidden).
 */
@RestController
@Tag(name = "SEN2", description = "The SEN2 return's figures for a census date and their export")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/send")
class Sen2Controller {

	private static final String CENSUS = "the SEN2 census date, the third Thursday of January, yyyy-MM-dd (default: the latest on or before today)";

	private final Sen2Counting counting;

	Sen2Controller(Sen2Counting counting) {
		this.counting = counting;
	}

	@Schema(description = "The SEN2 figures: a row for each figure; a count is a number, or \"c\" where small numbers are hidden (callers without ehcp:read)")
	record Sen2View(LocalDate censusDate, LocalDate yearFrom, LocalDate yearTo, boolean suppressed,
			List<Sen2Table.Row> rows) {
	}

	@Operation(summary = "The SEN2 measures for a census date",
			description = "Scope ehcp:read (in full) or measures:read (counts of 1 and 2 hidden as \"c\", with a second figure of any sum that would give one away); county-wide callers. Requests received in the calendar year before the census (received, assessed, refused, undecided), plans issued in it within 20 weeks, within the time exceptions allowed, or late, annual reviews held on time, and the plans held on the census date by primary need, placement type, age group and locality, with the plans ceased in the year by reason.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/sen2-measures")
	Sen2View measures(Caller caller,
			@Parameter(description = CENSUS) @RequestParam(required = false) String censusDate) {
		Sen2Counting.Counted counted = this.counting.count(caller, censusDate);
		return new Sen2View(counted.figures().censusDate(), counted.figures().yearFrom(), counted.figures().yearTo(),
				!counted.pupilLevel(), counted.rows());
	}

	@Operation(summary = "The SEN2 export for a census date",
			description = "Scope ehcp:read or measures:read as the SEN2 measures, suppressed alike. format=csv (default): RFC 4180 CSV with the header census_date,la_code,section,measure,breakdown,value, one row per figure; format=json: the same rows as a JSON array. Layout in the README.")
	@ApiResponse(responseCode = "200", description = "The export",
			content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = "application/json",
							array = @ArraySchema(schema = @Schema(implementation = Sen2Table.Row.class))) })
	@GetMapping("/sen2-export")
	ResponseEntity<?> export(Caller caller,
			@Parameter(description = CENSUS) @RequestParam(required = false) String censusDate,
			@Parameter(description = "csv (default) or json") @RequestParam(required = false) String format) {
		if (format != null && !format.equals("csv") && !format.equals("json")) {
			throw ProblemException.invalid("format", "csv or json");
		}
		Sen2Counting.Counted counted = this.counting.count(caller, censusDate);
		List<Sen2Table.Row> rows = counted.rows();
		String name = "sen2-" + Sen2Table.LA_CODE + "-" + counted.figures().censusDate();
		if ("json".equals(format)) {
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".json\"")
				.contentType(MediaType.APPLICATION_JSON)
				.body(rows);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(Sen2Csv.write(counted.figures(), rows));
	}

}
