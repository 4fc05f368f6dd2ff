package uk.gov.dorsetcouncil.edu.belonging.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.CensusTerm;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementKeeping;
import uk.gov.dorsetcouncil.edu.belonging.placement.ProvisionFigures;
import uk.gov.dorsetcouncil.edu.belonging.rate.PublishedRates;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateReading;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateTable;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetMeasure;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetTracking;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterCounts;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKeeping;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKind;
import uk.gov.dorsetcouncil.edu.belonging.timetable.DurationStatistics;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRecording;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The Belonging Plan's 19 measures for the county (ADR 0036): those the platform can
 * compute, from the belonging service's own records over this academic year to today and
 * the year before (the plan asks for reductions), each with its source and as-of day; the
 * rest as recorded with their evidence. The Education Board analyst
 * ({@code measures:read}) sees every count with the platform's small-number suppression;
 * the LA in full.
 */
public final class MeasureReading {

	public static final String READ = "belonging:read";

	public static final String MEASURES_READ = "measures:read";

	public static final String WRITE = "belonging:write";

	/**
	 * The service asks its own parts for the county's figures, then suppresses for the
	 * caller.
	 */
	static final Caller SERVICE = Caller.service("belonging-measures",
			Set.of(READ, "belonging:registers", MEASURES_READ));

	private final RegisterKeeping registers;

	private final NeetTracking neet;

	private final RateReading rates;

	private final TimetableRecording timetables;

	private final PlacementKeeping placements;

	private final MeasureStore store;

	private final SmallNumberSuppression suppression;

	private final Clock clock;

	public MeasureReading(RegisterKeeping registers, NeetTracking neet, RateReading rates,
			TimetableRecording timetables, PlacementKeeping placements, MeasureStore store,
			SmallNumberSuppression suppression, Clock clock) {
		this.registers = registers;
		this.neet = neet;
		this.rates = rates;
		this.timetables = timetables;
		this.placements = placements;
		this.store = store;
		this.suppression = suppression;
		this.clock = clock;
	}

	/** Whether the caller sees counts suppressed: an aggregates-only caller. */
	public static boolean suppressedFor(Caller caller) {
		return !caller.hasScope(READ);
	}

	public static void checkMayRead(Caller caller) {
		boolean county = caller.hasScope(READ) && caller.actsCountyWide();
		if (!county && !caller.hasScope(MEASURES_READ)) {
			throw ProblemException.forbidden("the Belonging Plan's measures are the county's: for the local "
					+ "authority (belonging:read) and the Education Board (measures:read)");
		}
	}

	public List<MeasureValue> measures(Caller caller) {
		checkMayRead(caller);
		boolean suppress = suppressedFor(caller);
		LocalDate today = LocalDate.now(this.clock);
		int year = CensusTerm.academicYearOf(today);
		Map<Integer, RecordedValue> recorded = this.store.latest()
			.stream()
			.collect(Collectors.toMap(RecordedValue::measure, Function.identity()));
		List<MeasureValue> values = new ArrayList<>();
		for (BelongingMeasure measure : BelongingMeasure.values()) {
			RecordedValue latest = recorded.get(measure.number());
			values.add(switch (measure) {
				case SCHOOL_PLACES -> schoolPlaces(caller, today, latest);
				case EXCLUSIONS_LOWEST_FIFTH -> exclusionRates(caller, year, today, latest);
				case PART_TIME_TIMETABLES -> partTime(year, today, suppress, latest);
				case NEET -> neet(caller, today, latest);
				case EXTERNAL_AP, AP_TIME_AND_REINTEGRATION, AP_AWAY_FROM_COMMUNITY ->
					provision(measure, year, today, suppress, latest);
				default -> new MeasureValue(measure, List.of(), "recorded by the local authority with its evidence; "
						+ "the platform holds no data to compute it from", null, latest);
			});
		}
		return values;
	}

	/** Records a value for a measure, with its evidence: the local authority only. */
	public RecordedValue record(Caller caller, String numberValue, String value, String period, String evidence,
			String asOfValue) {
		if (!caller.hasScope(WRITE) || !caller.actsCountyWide()) {
			throw ProblemException.forbidden("the local authority records the measures' values");
		}
		List<Violation> invalid = new ArrayList<>();
		BelongingMeasure measure = null;
		try {
			measure = BelongingMeasure.numbered(Integer.parseInt(numberValue)).orElse(null);
		}
		catch (NumberFormatException ex) {
			// named below
		}
		if (measure == null) {
			invalid.add(new Violation("number", "a measure of the Belonging Plan, 1 to 19, not '" + numberValue + "'"));
		}
		String shown = required("value", TextField.LINE, value, invalid);
		String covers = required("period", TextField.LINE, period, invalid);
		String source = required("evidence", TextField.PARAGRAPHS, evidence, invalid);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = uk.gov.dorsetcouncil.edu.platform.input.DateBounds.parseOr("asOf", asOfValue, today, invalid);
		if (asOf != null && asOf.isAfter(today)) {
			invalid.add(new Violation("asOf", "a value stands for a day that has come, not " + asOf));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		RecordedValue recorded = new RecordedValue(measure.number(), shown, covers, source, asOf, caller.subject(),
				Instant.now(this.clock));
		this.store.add(recorded);
		return recorded;
	}

	private MeasureValue schoolPlaces(Caller caller, LocalDate today, RecordedValue latest) {
		RegisterCounts counts = this.registers.counts(caller, today);
		MeasureValue.Figure open = counts.open()
			.stream()
			.filter(row -> row.register().equals(RegisterKind.NO_SCHOOL_PLACE.name()))
			.findFirst()
			.map(row -> count("children of compulsory school age with no school place (open entries)", row.count()))
			.orElse(MeasureValue.Figure.of("children of compulsory school age with no school place (open entries)",
					0.0));
		return new MeasureValue(BelongingMeasure.SCHOOL_PLACES, List.of(open),
				"belonging's no-school-place register (ADR 0030); the target is none", today, latest);
	}

	private MeasureValue exclusionRates(Caller caller, int year, LocalDate today, RecordedValue latest) {
		List<MeasureValue.Figure> figures = new ArrayList<>();
		for (int y : new int[] { year - 1, year }) {
			RateTable table = this.rates.rates(caller, CensusTerm.academicYearLabel(y), null, "PHASE", null, null);
			String label = CensusTerm.academicYearLabel(y) + (y == year ? " to date" : "");
			figures.add(rate("suspensions per 100 enrolments, " + label, table.total().suspensionRate()));
			figures
				.add(rate("permanent exclusions per 100 enrolments, " + label, table.total().permanentExclusionRate()));
		}
		return new MeasureValue(BelongingMeasure.EXCLUSIONS_LOWEST_FIFTH, figures,
				"belonging's recorded suspensions and exclusions over attendance's enrolments (GET /rates); the "
						+ "lowest 20% of local authorities is not held: record it as this measure's value",
				today, latest);
	}

	private MeasureValue partTime(int year, LocalDate today, boolean suppress, RecordedValue latest) {
		List<MeasureValue.Figure> figures = new ArrayList<>();
		for (int y : new int[] { year - 1, year }) {
			DurationStatistics s = this.timetables.statistics(SERVICE, CensusTerm.academicYearLabel(y));
			String label = " (" + CensusTerm.academicYearLabel(y) + ", as of " + s.asOf() + ")";
			MeasureValue.Figure on = count("pupils on a part-time timetable" + label, s.pupilsOn(), suppress);
			figures.add(count("pupils on one during the year" + label, s.pupilsDuringYear(), suppress));
			figures.add(on);
			figures.add((on.symbol() != null && on.symbol().equals(SmallNumberSuppression.SYMBOL))
					? new MeasureValue.Figure("median weeks on one" + label, null, SmallNumberSuppression.SYMBOL)
					: MeasureValue.Figure.of("median weeks on one" + label,
							(s.medianWeeks() != null) ? s.medianWeeks().doubleValue() : null));
		}
		return new MeasureValue(BelongingMeasure.PART_TIME_TIMETABLES, figures,
				"belonging's part-time timetables (GET /part-time-timetables/statistics)", today, latest);
	}

	private MeasureValue neet(Caller caller, LocalDate today, RecordedValue latest) {
		// the latest winter (December to February) begun by today, and the one before
		int winter = (today.getMonthValue() == 12) ? today.getYear() + 1 : today.getYear();
		List<MeasureValue.Figure> figures = new ArrayList<>();
		for (int y : new int[] { winter - 1, winter }) {
			NeetMeasure.Result result = this.neet.measure(caller, y);
			figures
				.add(MeasureValue.Figure.of("NEET or not known, % of 16-17, December " + (y - 1) + " to February " + y,
						result.neetOrNotKnownPercent()));
		}
		return new MeasureValue(BelongingMeasure.NEET, figures,
				"belonging's NEET and not-known records (GET /registers/counts/neet): the DfE's December to "
						+ "February average",
				today, latest);
	}

	private MeasureValue provision(BelongingMeasure measure, int year, LocalDate today, boolean suppress,
			RecordedValue latest) {
		List<MeasureValue.Figure> figures = new ArrayList<>();
		for (int y : new int[] { year - 1, year }) {
			ProvisionFigures f = this.placements.figuresOf(urn -> true, y);
			String label = " (" + CensusTerm.academicYearLabel(y) + ", to " + f.asOf() + ")";
			switch (measure) {
				case EXTERNAL_AP ->
					figures.add(count("pupils in alternative provision" + label, f.pupilsInProvision(), suppress));
				case AP_TIME_AND_REINTEGRATION -> {
					MeasureValue.Figure ended = count("placements ended" + label, f.placementsEnded(), suppress);
					figures.add(ended);
					figures.add(count("of those, back at a school" + label, f.reintegrated(), suppress));
					boolean hidden = suppress && (this.suppression.isSmall(f.placementsEnded())
							|| this.suppression.isSmall(f.reintegrated()));
					figures.add(hidden
							? new MeasureValue.Figure("median days in provision of those ended" + label, null,
									SmallNumberSuppression.SYMBOL)
							: MeasureValue.Figure.of("median days in provision of those ended" + label,
									(f.medianDaysEnded() != null) ? f.medianDaysEnded().doubleValue() : null));
				}
				default -> figures.add(count("pupils placed away from their home locality" + label,
						f.pupilsAwayFromHomeLocality(), suppress));
			}
		}
		return new MeasureValue(measure, figures,
				"belonging's alternative provision placements (GET /ap-placements/statistics, ADR 0036)", today,
				latest);
	}

	private MeasureValue.Figure count(String name, long count, boolean suppress) {
		return count(name, suppress ? this.suppression.count(count) : SmallNumberSuppression.off().count(count));
	}

	private static MeasureValue.Figure count(String name, SmallNumberSuppression.Figure figure) {
		return figure.hidden() ? new MeasureValue.Figure(name, null, SmallNumberSuppression.SYMBOL)
				: new MeasureValue.Figure(name, figure.count().doubleValue(), null);
	}

	private static MeasureValue.Figure rate(String name, PublishedRates.Rate rate) {
		return new MeasureValue.Figure(name, rate.value(), rate.symbol());
	}

	private static String required(String field, TextField kind, String value, List<Violation> invalid) {
		String checked = kind.check(field, value, invalid);
		if ((checked == null || checked.isBlank()) && invalid.stream().noneMatch(v -> v.field().equals(field))) {
			invalid.add(new Violation(field, "required"));
		}
		return checked;
	}

}
