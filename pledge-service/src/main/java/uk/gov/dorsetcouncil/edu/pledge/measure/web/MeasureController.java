package uk.gov.dorsetcouncil.edu.pledge.measure.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import uk.gov.dorsetcouncil.edu.pledge.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Fields;
import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureReading;
import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureValue;
import uk.gov.dorsetcouncil.edu.pledge.measure.RecordedValue;
import uk.gov.dorsetcouncil.edu.pledge.measure.ValueInput;

/**
 * The values of a commitment's measures, computed from the platform or recorded by hand,
 * each with its provenance.
 */
@RestController
@Tag(name = "Measures",
		description = "Each measure's value with where it came from: the service and query, basis and as-of time; or who recorded it, when and on what evidence")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
@RequestMapping("/api/v1/pledges/commitments/{key}/measures")
class MeasureController {

	private final MeasureReading reading;

	private final Clock clock;

	MeasureController(MeasureReading reading, Clock clock) {
		this.reading = reading;
		this.clock = clock;
	}

	record MeasureValuesView(String commitment, String asOf, List<MeasureValue> measures) {
	}

	@Operation(summary = "The values of a commitment's measures",
			description = "Scope pledges:read. Now: platform measures asked of their owning service (attendance-service's "
					+ "area and cohort summaries) under a deadline and circuit breaker, each with the service, the query, its "
					+ "basis and as-of time; a source that does not answer is UNAVAILABLE, never a made-up value; a group "
					+ "attendance suppresses is SUPPRESSED. Recorded measures: the latest value recorded by then, with who, when "
					+ "and the evidence, or NOT_RECORDED. With asOf in the past, platform figures are not asked again (the "
					+ "Board's reports keep those they showed).")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping
	MeasureValuesView values(Caller caller,
			@Parameter(description = "the commitment's key, for example STUDENT-5") @PathVariable String key,
			@Parameter(description = OpenApiConfiguration.AS_OF) @RequestParam(required = false) String asOf) {
		Instant at = (asOf == null) ? null : Fields.instant("asOf", asOf);
		List<MeasureValue> values = this.reading.values(caller, key, at);
		return new MeasureValuesView(key.toUpperCase(java.util.Locale.ROOT),
				((at != null) ? at : this.clock.instant()).toString(), values);
	}

	@Operation(summary = "Record a measure's value by hand",
			description = "Scope pledges:write, by the commitment's owner or working group, for a measure whose source is "
					+ "RECORDED (the platform holds no data for it). With its period, the day it describes (not after today), "
					+ "a value inside the measure's unit and at least one piece of evidence; who and when are taken from the "
					+ "call. Refused with the field named and nothing stored; a platform measure is a 422. A retry with the "
					+ "same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/{measureId}/values")
	@IdempotentWrite
	ResponseEntity<RecordedValue> record(Caller caller,
			@Parameter(description = "the commitment's key, for example STUDENT-6") @PathVariable String key,
			@Parameter(
					description = "the measure's id within the commitment, for example M1") @PathVariable String measureId,
			@RequestBody ValueInput body) {
		RecordedValue recorded = this.reading.record(caller, key, measureId, body);
		return ResponseEntity
			.created(URI.create("/api/v1/pledges/commitments/" + recorded.commitment() + "/measures/"
					+ recorded.measure() + "/values/" + recorded.id()))
			.body(recorded);
	}

}
