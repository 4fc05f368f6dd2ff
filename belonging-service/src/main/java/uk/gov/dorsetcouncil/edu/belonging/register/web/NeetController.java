package uk.gov.dorsetcouncil.edu.belonging.register.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.belonging.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetActivity;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetMeasure;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetTracking;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Young people of academic age 16 and 17 in education, employment or training, or not,
 * and the DfE's December to February "NEET or not known" measure (ADR 0030).
 */
@RestController
@Tag(name = "NEET",
		description = "16 and 17 year olds' month-end activity and the December to February NEET or not known measure")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/belonging/registers")
class NeetController {

	private final NeetTracking tracking;

	private final Clock clock;

	NeetController(NeetTracking tracking, Clock clock) {
		this.tracking = tracking;
		this.clock = clock;
	}

	record NeetBody(
			@Schema(description = "the young person's date of birth (academic age 16 or 17 in the month)",
					format = "date", example = "2009-03-14") String dateOfBirth,
			@Schema(description = "what they were doing at the month's end", allowableValues = {
					"EET", "NEET", "NOT_KNOWN", "CUSTODY" }) String activity){
	}

	record ActivityView(String upn, @Schema(description = "yyyy-MM", example = "2027-01") String month, int academicAge,
			String activity, String recordedBy) {

		static ActivityView of(NeetActivity a) {
			return new ActivityView(a.upn().value(), a.month().toString(), a.academicAge(), a.activity().name(),
					a.recordedBy());
		}

	}

	record MonthView(@Schema(description = "yyyy-MM") String month,
			@Schema(description = "16 and 17 year olds known to the LA, less those in custody, or \"c\"") Object cohort,
			@Schema(description = "NEET, or \"c\"") Object neet,
			@Schema(description = "not known, or \"c\"") Object notKnown) {
	}

	record MeasureView(int year, List<MonthView> months, @Schema(
			description = "the headline: NEET or not known, the three months' average, per cent; null when withheld") Double neetOrNotKnownPercent,
			Double neetPercent, Double notKnownPercent) {

		static MeasureView of(NeetMeasure.Result result) {
			return new MeasureView(result.year(),
					result.months()
						.stream()
						.map(m -> new MonthView(m.month().toString(), m.cohort().shown(), m.neet().shown(),
								m.notKnown().shown()))
						.toList(),
					result.neetOrNotKnownPercent(), result.neetPercent(), result.notKnownPercent());
		}

	}

	@Operation(summary = "Record a young person's activity at a month's end",
			description = "Scope belonging:registers; the local authority. One record per young person and month: recording it again replaces it. 422 naming dateOfBirth when the academic age (on 31 August before the month) is not 16 or 17.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/neet/{upn}/{month}")
	ActivityView record(Caller caller, @Parameter(description = "the young person's UPN") @PathVariable String upn,
			@Parameter(description = "the month, yyyy-MM; begun already") @PathVariable String month,
			@RequestBody NeetBody body) {
		return ActivityView.of(this.tracking.record(caller, upn, month, body.dateOfBirth(), body.activity()));
	}

	@Operation(summary = "NEET or not known at 16 and 17, December to February",
			description = "Scope belonging:read, belonging:registers or measures:read; county-wide callers. The DfE measure: the average of the end-of-December, January and February figures, each month's cohort the 16 and 17 year olds known to the LA less those in custody. For a caller with measures:read only, counts of 1 or 2 (and what would give them away) are \"c\" and the percentages withheld.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/counts/neet")
	MeasureView measure(Caller caller, @Parameter(
			description = "the year the winter ends in (its February); default the latest whole winter") @RequestParam(
					required = false) String year) {
		int winter;
		if (year == null) {
			LocalDate today = LocalDate.now(this.clock);
			winter = (today.getMonthValue() >= 3) ? today.getYear() : today.getYear() - 1;
		}
		else if (!year.matches("(19|20|21)[0-9]{2}")) {
			throw ProblemException.invalid("year", "a year written yyyy, from 1900 to 2199");
		}
		else {
			winter = Integer.parseInt(year);
		}
		return MeasureView.of(this.tracking.measure(caller, winter));
	}

}
