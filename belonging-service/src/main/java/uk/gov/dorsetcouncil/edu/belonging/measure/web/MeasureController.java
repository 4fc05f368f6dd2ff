package uk.gov.dorsetcouncil.edu.belonging.measure.web;

import java.net.URI;
import java.time.Clock;
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

import uk.gov.dorsetcouncil.edu.belonging.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.belonging.measure.MeasureReading;
import uk.gov.dorsetcouncil.edu.belonging.measure.MeasureValue;
import uk.gov.dorsetcouncil.edu.belonging.measure.RecordedValue;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;

/**
 * The Belonging Plan's 19 measures for the termly Education Board report: computed where
 * the platform holds the data, recorded with evidence where it does not (ADR 0036).
 */
@RestController
@Tag(name = "Belonging Plan measures",
		description = "The Belonging Strategy and Plan 2024's 19 measures of success: each computed from the platform's data with its source and as-of day, or recorded by the local authority with its evidence")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/belonging")
class MeasureController {

	private final MeasureReading reading;

	private final Clock clock;

	MeasureController(MeasureReading reading, Clock clock) {
		this.reading = reading;
		this.clock = clock;
	}

	@Schema(description = "A value of a measure as the local authority records it, with its evidence.")
	record MeasureRecordBody(
			@Schema(description = "the value as the source states it, up to 200 characters",
					example = "82% of pupils surveyed say they belong") String value,
			@Schema(description = "what it covers, up to 200 characters", example = "2025/26") String period,
			@Schema(description = "where it comes from, up to 2000 characters",
					example = "Dorset pupil voice survey, summer 2026, 4,112 responses") String evidence,
			@Schema(description = "the day it stands for; default today, not after today", format = "date",
					example = "2026-07-17") String asOf) {
	}

	record RecordedView(int measure, String value, String period, String evidence, LocalDate asOf, String recordedBy,
			Instant recordedAt) {

		static RecordedView of(RecordedValue v) {
			return (v == null) ? null : new RecordedView(v.measure(), v.value(), v.period(), v.evidence(), v.asOf(),
					v.recordedBy(), v.recordedAt());
		}

	}

	record FigureView(String name, @Schema(description = "the value; null when a symbol stands for it") Double value,
			@Schema(description = "c: hidden to protect a small number; z: nothing to compute it from") String symbol) {
	}

	record MeasureView(int number, String measure,
			@Schema(description = "COMPUTED from the platform's data, or RECORDED with evidence", allowableValues = {
					"COMPUTED", "RECORDED" }) String basis,
			List<FigureView> figures, String source,
			@Schema(description = "the day the computed figures stand for") LocalDate asOf,
			@Schema(description = "the latest value recorded, or null") RecordedView recorded){

		static MeasureView of(MeasureValue v) {
			return new MeasureView(v.measure().number(), v.measure().text(), v.measure().basis().name(),
					v.figures().stream().map(f -> new FigureView(f.name(), f.value(), f.symbol())).toList(), v.source(),
					v.asOf(), RecordedView.of(v.recorded()));
		}

	}

	record MeasuresView(LocalDate asOf, @Schema(description = "whether small numbers are hidden") boolean suppressed,
			List<MeasureView> measures) {
	}

	@Operation(summary = "The Belonging Plan's 19 measures",
			description = "Scope belonging:read for the local authority (in full) or measures:read for the Education Board analyst (counts of 1 and 2 hidden as c, with what would give them away). Each measure computed from the platform's data over this academic year and the one before, with its source and as-of day, or held as recorded with its evidence.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/measures")
	MeasuresView measures(Caller caller) {
		List<MeasureView> measures = this.reading.measures(caller).stream().map(MeasureView::of).toList();
		return new MeasuresView(LocalDate.now(this.clock), MeasureReading.suppressedFor(caller), measures);
	}

	@Operation(summary = "Record a value of a measure",
			description = "Scope belonging:write; the local authority. For a measure the platform cannot compute (surveys, the curriculum, the High Needs Block, the top and lowest 20% of all local authorities), or beside a computed one. Every value is kept; the latest is shown. A retry with the same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@PostMapping("/measures/{number}/values")
	@IdempotentWrite
	ResponseEntity<RecordedView> record(Caller caller,
			@Parameter(description = "the measure's number, 1 to 19") @PathVariable String number,
			@RequestBody MeasureRecordBody body) {
		RecordedValue recorded = this.reading.record(caller, number, body.value(), body.period(), body.evidence(),
				body.asOf());
		return ResponseEntity.created(URI.create("/api/v1/belonging/measures")).body(RecordedView.of(recorded));
	}

}
