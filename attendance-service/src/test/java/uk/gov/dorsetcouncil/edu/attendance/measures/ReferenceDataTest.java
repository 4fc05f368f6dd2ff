package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceData.FigureDetails;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;

/**
 * Reference figures as data: the shipped ones, overlaid by what the local authority
 * loads, and a summary that names a comparator with no figure rather than showing one.
 */
class ReferenceDataTest {

	private static final FigureDetails NEIGHBOURS = new FigureDetails(7.23, "DfE LAIT, Dorset statistical neighbours",
			true);

	private InMemoryStores stores;

	@BeforeEach
	void start() {
		this.stores = new InMemoryStores();
	}

	@AfterEach
	void stop() {
		this.stores.close();
	}

	@Test
	void untilLoadedNoStatisticalNeighbourFigureIsHeldAndTheSummarySaysSo() {
		AreaSummary before = this.stores.measures.localAuthority(LA, request());
		assertThat(before.references()).noneMatch((figure) -> figure.comparator().equals("statistical neighbours"));
		assertThat(before.comparatorsNotHeld()).containsExactly("statistical neighbours");

		ReferenceFigure loaded = this.stores.referenceData.put(LA, "statistical-neighbours", "overall_absence_rate",
				"all", "2023-24-full-year", NEIGHBOURS);

		assertThat(loaded).isEqualTo(new ReferenceFigure("overall_absence_rate", "statistical neighbours", "all",
				"2023/24 full year (census)", 7.2, true, "DfE LAIT, Dorset statistical neighbours"));
		AreaSummary after = this.stores.measures.localAuthority(LA, request());
		assertThat(after.references()).contains(loaded);
		assertThat(after.comparatorsNotHeld()).isEmpty();
	}

	@Test
	void theSameFigureTwiceIsOneFigureAndALoadedFigureReplacesTheShippedOne() {
		this.stores.referenceData.put(LA, "statistical-neighbours", "overall_absence_rate", "all", "2023-24-full-year",
				NEIGHBOURS);
		this.stores.referenceData.put(LA, "STATISTICAL_NEIGHBOURS", "overall_absence_rate", "all", "2023-24-full-year",
				NEIGHBOURS);
		assertThat(this.stores.referenceData.all())
			.filteredOn((figure) -> figure.comparator().equals("statistical neighbours"))
			.hasSize(1);

		int shipped = ReferenceFigure.held().size();
		this.stores.referenceData.put(LA, "national", "overall_absence_rate", "all", "2023-24-full-year",
				new FigureDetails(7.1, "Explore Education Statistics: Pupil absence in schools in England 2023/24",
						true));
		List<ReferenceFigure> national = this.stores.referenceData.all()
			.stream()
			.filter((figure) -> figure.comparator().equals("national")
					&& figure.measure().equals("overall_absence_rate")
					&& figure.period().equals("2023/24 full year (census)"))
			.toList();
		assertThat(national).singleElement().satisfies((figure) -> assertThat(figure.confirmed()).isTrue());
		assertThat(this.stores.referenceData.all()).hasSize(shipped + 1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					unknown comparator     | regional               | overall_absence_rate | all     | 2023-24-full-year | 7.0  | DfE  | true  | comparator
					unknown measure        | national               | absence              | all     | 2023-24-full-year | 7.0  | DfE  | true  | measure
					group with a space     | national               | overall_absence_rate | all pup | 2023-24-full-year | 7.0  | DfE  | true  | group
					period as a label      | national               | overall_absence_rate | all     | 2023/24           | 7.0  | DfE  | true  | period
					years not consecutive  | national               | overall_absence_rate | all     | 2023-25-full-year | 7.0  | DfE  | true  | period
					unknown coverage       | national               | overall_absence_rate | all     | 2023-24-half-term | 7.0  | DfE  | true  | period
					over 100               | national               | overall_absence_rate | all     | 2023-24-full-year | 101  | DfE  | true  | value
					negative               | national               | overall_absence_rate | all     | 2023-24-full-year | -1   | DfE  | true  | value
					no value               | national               | overall_absence_rate | all     | 2023-24-full-year | -    | DfE  | true  | value
					no source              | statistical-neighbours | overall_absence_rate | all     | 2023-24-full-year | 7.0  | -    | true  | source
					not said if confirmed  | statistical-neighbours | overall_absence_rate | all     | 2023-24-full-year | 7.0  | DfE  | -     | confirmed
					""")
	void badFiguresAreRefusedNamingTheFieldAndNothingIsStored(String description, String comparator, String measure,
			String group, String period, Double value, String source, Boolean confirmed, String field) {
		int before = this.stores.referenceData.all().size();
		ProblemException refused = catchThrowableOfType(ProblemException.class, () -> this.stores.referenceData.put(LA,
				comparator, measure, group, period, new FigureDetails(value, source, confirmed)));
		assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
		assertThat(refused.violations()).extracting(Violation::field).containsExactly(field);
		assertThat(this.stores.referenceData.all()).hasSize(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			the LA with schools:write      | LOCAL_AUTHORITY:838 | schools:write   | -
			the LA without schools:write   | LOCAL_AUTHORITY:838 | attendance:read | FORBIDDEN
			a school with schools:write    | SCHOOL:113001       | schools:write   | FORBIDDEN
			a locality officer             | LOCALITY:NORTH      | schools:write   | FORBIDDEN
			""")
	void onlyTheLocalAuthorityLoadsFigures(String description, String organisation, String scope, String refusal) {
		String[] parts = organisation.split(":");
		Caller caller = new Caller("someone", "client", new Organisation(Organisation.Type.valueOf(parts[0]), parts[1]),
				Set.of(), Set.of(scope));
		Runnable put = () -> this.stores.referenceData.put(caller, "statistical-neighbours", "severe_absence_rate",
				"all", "2023-24-full-year", NEIGHBOURS);
		if (refusal.equals("-")) {
			put.run();
			return;
		}
		assertThat(catchThrowableOfType(ProblemException.class, put::run).problem())
			.isEqualTo(Problem.valueOf(refusal));
	}

	private static AreaMeasures.Request request() {
		return new AreaMeasures.Request("2026/27", null, false, List.of());
	}

}
