package uk.gov.dorsetcouncil.edu.belonging.rate.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.belonging.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.belonging.rate.PublishedRates;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateReading;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateTable;
import uk.gov.dorsetcouncil.edu.belonging.rate.ReferenceFigures;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Suspension and permanent exclusion rates of the county, a locality or a school: for
 * schools, officers, the local authority and, with small numbers hidden, the Education
 * Board analyst.
 */
@RestController
@Tag(name = "Suspension and exclusion rates",
		description = "Suspensions and permanent exclusions per 100 pupils on roll and the one-or-more-suspensions rate, by school, locality, phase, reason and the roll's characteristics, per term and year, beside national and South West figures")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/belonging")
class RateController {

	private final RateReading reading;

	RateController(RateReading reading) {
		this.reading = reading;
	}

	@Schema(description = "A count as published: the number, or \"c\" when hidden to protect small numbers")
	record CountView(Long value, String symbol) {

		static CountView of(uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Figure figure) {
			return figure.hidden() ? new CountView(null, "c") : new CountView(figure.count(), null);
		}

	}

	@Schema(description = "A rate per 100 enrolments to two decimal places, or the symbol shown instead: \"c\" hidden, \"z\" nothing to divide by")
	record RateView(Double value, String symbol) {

		static RateView of(PublishedRates.Rate rate) {
			return new RateView(rate.value(), rate.symbol());
		}

	}

	record RowView(@Schema(description = "the group (\"all\" for the total)") String group, CountView enrolments,
			CountView suspensions, CountView permanentExclusions,
			@Schema(description = "pupils with one or more suspensions") CountView pupilsSuspended,
			RateView suspensionRate, RateView permanentExclusionRate,
			@Schema(description = "pupils with one or more suspensions per 100 enrolments") RateView oneOrMoreSuspensionRate) {

		static RowView of(PublishedRates.Row row) {
			return new RowView(row.group(), CountView.of(row.enrolments()), CountView.of(row.suspensions()),
					CountView.of(row.permanentExclusions()), CountView.of(row.pupilsSuspended()),
					RateView.of(row.suspensionRate()), RateView.of(row.permanentExclusionRate()),
					RateView.of(row.oneOrMoreSuspensionRate()));
		}

	}

	record ReferenceView(String measure, String comparator, String group, String period, double value, String source,
			boolean confirmed) {

		static ReferenceView of(ReferenceFigures.Figure f) {
			return new ReferenceView(f.measure(), f.comparator(), f.group(), f.period(), f.value(), f.source(),
					f.confirmed());
		}

	}

	record RatesView(@Schema(description = "LOCAL_AUTHORITY, LOCALITY or SCHOOL") String areaType, String area,
			@Schema(description = "for example 2025/26") String academicYear,
			@Schema(description = "AUTUMN, SPRING or SUMMER; null for the whole year") String term,
			@Schema(description = "how the figures are counted") String basis, String by,
			@Schema(description = "small numbers were hidden (callers without pupil-level rights)") boolean suppressed,
			RowView total, List<RowView> groups, List<ReferenceView> references,
			@Schema(description = "comparators with no figure held") List<String> comparatorsNotHeld,
			@Schema(format = "date-time") String asOf) {

		static RatesView of(RateTable t) {
			return new RatesView(t.area().type().name(), t.area().id(), t.period().yearLabel(), (t.period()
				.term() != null) ? t.period().term().name() : null, "suspensions and permanent exclusions starting in "
						+ t.period().label()
						+ " (a census term: autumn 1 August to 31 December, spring to Easter Sunday, summer to 31 July)"
						+ " per 100 enrolments on roll in it at any time (every age, each school's own term dates)",
					t.dimension().name(), t.suppressed(), RowView.of(t.total()),
					t.groups().stream().map(RowView::of).toList(),
					t.references().stream().map(ReferenceView::of).toList(), t.comparatorsNotHeld(),
					t.asOf().toString());
		}

	}

	@Operation(summary = "Suspension and permanent exclusion rates",
			description = "Scope belonging:read (a school its own school, a locality officer their locality and its schools, the local authority any area) or measures:read (the Education Board analyst, any area). In a school (urn), a locality, or else the county; over an academic year or one term; split by SCHOOL, LOCALITY, PHASE, REASON, SEN_PROVISION, FSM, SOCIAL_CARE (looked after), ETHNICITY, SEX or YEAR_GROUP (default LOCALITY for the county, SCHOOL for a locality, REASON for a school). Enrolments come from attendance-service. Small numbers are hidden (\"c\") for callers without pupil-level rights over the area: counts of 1 or 2, any rate from one, and what would reveal one by subtraction.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/rates")
	RatesView rates(Caller caller,
			@Parameter(description = "the academic year, for example 2025/26 (default the current one)") @RequestParam(
					required = false) String year,
			@Parameter(description = "AUTUMN, SPRING or SUMMER (default the whole year)") @RequestParam(
					required = false) String term,
			@Parameter(description = "the dimension to split by") @RequestParam(required = false) String by,
			@Parameter(description = "a school's URN") @RequestParam(required = false) String urn,
			@Parameter(description = "a locality: NORTH, CHESIL, DORCHESTER, WEST, EAST or PURBECK") @RequestParam(
					required = false) String locality) {
		return RatesView.of(this.reading.rates(caller, year, term, by, urn, locality));
	}

}
